import DataLoader from 'dataloader';
import { sql } from 'kysely';
import type { Context } from '../../graphql/context.js';
import { requestLoader } from '../../graphql/loaders.js';
import { badUserInput, rateLimited } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { ApiKey } from '../api-keys/api-keys.entity.js';
import { readDatabase, readRows } from '../api-keys/api-keys.records.js';
import { confinedEnvironment } from '../api-keys/api-keys.service.js';
import type { LeakReporter } from './key-leaks.entity.js';
import { applyLeakReports, cleanLeakUrl } from './leak-reports.service.js';

export interface ReportLeakedKeyInput {
  key: string;
  url?: string | null;
}

/** Longest string accepted as a reported key (a key is 46 characters; more is not a key). */
const MAX_REPORTED_KEY = 256;

/**
 * `reportLeakedKey`: anyone, no credential. Limited per client address and per reported string
 * (the leak-report throttle), and answered the same whether the string was a live key, a refused
 * one or nothing: a report confirms nothing to a guesser.
 */
export async function reportLeakedKey(ctx: Context, input: ReportLeakedKeyInput): Promise<{ received: boolean }> {
  // 1. validate
  if (typeof input.key !== 'string' || input.key.length === 0 || input.key.length > MAX_REPORTED_KEY) {
    throw badUserInput('key', `key must be 1 to ${MAX_REPORTED_KEY} characters.`);
  }
  const url = input.url == null || input.url === '' ? null : cleanLeakUrl(input.url.trim());
  if (input.url != null && input.url !== '' && url === null) {
    throw badUserInput('url', 'url must be an http or https URL of at most 2048 characters.');
  }
  // 2. limit: every report counts, whatever it held
  if (ctx.leakReportThrottle) {
    const attempt = await ctx.leakReportThrottle.attempt(input.key.trim(), ctx.meta.clientAddress);
    if (!attempt.allowed) throw rateLimited(attempt.retryAfterSeconds);
  }
  // 3. apply (status, report row, audit, revocation)
  await applyLeakReports(
    { em: ctx.em, revocation: ctx.revocation, secret: ctx.config.secret, meta: ctx.meta },
    'REPORT',
    [{ token: input.key.trim(), url, source: 'report' }],
  );
  return { received: true };
}

/** Reports a key shows, newest first. */
const LEAKS_PER_KEY = 50;

/** A report of a key as `ApiKey.leaks` answers it (KeyLeakObject). */
export interface KeyLeakRecord {
  id: string;
  reporter: LeakReporter;
  url: string | null;
  source: string;
  reportedAt: Date;
}

interface KeyLeakRow extends Omit<KeyLeakRecord, 'reportedAt'> {
  apiKeyId: string;
  reportedAt: number;
}

/**
 * Each key's reports, newest first and at most 50 of them, for every key of the request in one
 * statement (a project's leaked keys with their reports: one read, not one per key). The caller
 * was checked by the field's rule.
 */
export const keyLeaksOf = requestLoader(
  (ctx: Context) =>
    new DataLoader<string, KeyLeakRecord[]>(async (keyIds) => {
      const ids = keyIds.filter(isUuid);
      if (ids.length === 0) return keyIds.map(() => []);
      const found = new Map<string, KeyLeakRecord[]>(ids.map((id) => [id, []]));
      const query = sql<KeyLeakRow>`select "id", "api_key_id" as "apiKeyId", "reporter", "url", "source",
          (extract(epoch from "reported_at") * 1000)::float8 as "reportedAt"
        from (select *, row_number() over (partition by "api_key_id" order by "reported_at" desc, "id" desc) as "position"
          from "key_leaks" where "api_key_id" in (${sql.join(ids)})) as "ranked"
        where "position" <= ${LEAKS_PER_KEY} order by "api_key_id", "position"`;
      const rows = await readRows({ execute: async () => (await query.execute(readDatabase(ctx.em))).rows });
      for (const { apiKeyId, reportedAt, ...leak } of rows) {
        found.get(apiKeyId)?.push({ ...leak, reportedAt: new Date(reportedAt) });
      }
      return keyIds.map((id) => found.get(id) ?? []);
    }),
);

/**
 * The project's LEAKED keys still to handle (not deleted, not rotated away yet), most recently
 * changed first; a TEST key sees TEST keys only.
 */
export function listLeakedKeys(ctx: Context, projectId: string): Promise<ApiKey[]> {
  const confined = confinedEnvironment(ctx);
  return ctx.em.find(
    ApiKey,
    {
      project: projectId,
      status: 'LEAKED',
      deletedAt: null,
      rotatedAt: null,
      ...(confined ? { environment: confined } : {}),
    },
    { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: 100 },
  );
}
