import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { type ExecuteOptions, execute } from './client';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: unknown;
  loading: boolean;
  /** Runs the query again, keeping the current data on screen meanwhile. */
  reload: () => void;
}

/**
 * Runs a query when mounted and whenever its variables change. Earlier data stays visible while a
 * newer request is in flight (no flicker in filtered tables); a late answer to an old request is dropped.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: ExecuteOptions & {
    skip?: boolean;
    /** A counter: when it changes, the query runs again even if its variables did not (a Refresh button). */
    refresh?: number;
  } = {},
): QueryState<TResult> {
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!options.skip);
  const [generation, setGeneration] = useState(0);
  const variablesKey = JSON.stringify(variables);
  const { apiKey, skip, refresh } = options;

  // biome-ignore lint/correctness/useExhaustiveDependencies: variablesKey stands for variables; generation and refresh force a reload.
  useEffect(() => {
    if (skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    execute(document, JSON.parse(variablesKey) as TVariables, { apiKey, signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [document, variablesKey, apiKey, skip, generation, refresh]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
