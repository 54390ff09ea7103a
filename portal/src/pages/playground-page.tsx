/**
 * The playground: GraphiQL bundled from npm (Monaco workers set up for Vite, nothing from a CDN),
 * talking to this server's /graphql as the signed-in session or as a pasted API key. Its docs
 * pane renders the schema's own descriptions.
 */
import { type GraphiQLPlugin, useGraphiQL } from '@graphiql/react';
import { GraphiQL, type GraphiQLProps, HISTORY_PLUGIN } from 'graphiql';
import './monaco-workers';
import 'graphiql/style.css';
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { GRAPHQL_PATH } from '../api/client';
import { type ApiProblem, describeResponse } from '../api/errors';
import { Link } from '../router';
import { useSession } from '../session';
import { EXAMPLES } from './playground-examples';

type Fetcher = GraphiQLProps['fetcher'];

interface Outcome {
  ok: boolean;
  text: string;
}

function ExamplesIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M5 4h10l4 4v12H5z" />
      <path d="M8 11h8M8 14h8M8 17h5" />
    </svg>
  );
}

function ExamplesContent() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  return (
    <div className="playground-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Load an operation into the editor, then run it with the ▶ button or Ctrl+Enter.</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.title}>
            <button
              type="button"
              className="example-button"
              onClick={() => {
                queryEditor?.setValue(example.query);
                variableEditor?.setValue(example.variables ?? '');
                queryEditor?.focus();
              }}
            >
              {example.title}
            </button>
            <p>{example.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

const EXAMPLES_PLUGIN: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesContent };

function toHeaderRecord(headers: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && value !== null) result[name] = String(value);
  }
  return result;
}

/**
 * GraphiQL draws each operation tab as an ARIA `tab` holding two buttons (select, close), and
 * controls nested in a control are announced badly (axe: nested-interactive). Its tab strip is made
 * a plain list of buttons instead, the current operation's button marked `aria-current`, and the
 * editor pane a region named by that button; GraphiQL's own behaviour (click, close, drag) is untouched.
 * It re-renders its tabs as they change, so the arrangement is kept up by a MutationObserver.
 */
function useAccessibleSessionTabs(frame: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const arrange = () => {
      for (const list of root.querySelectorAll('[role="tablist"]')) list.removeAttribute('role');
      for (const tab of root.querySelectorAll('.graphiql-tab')) {
        const active = tab.getAttribute('aria-selected') === 'true' || tab.classList.contains('graphiql-tab-active');
        if (tab.hasAttribute('role')) tab.removeAttribute('role');
        if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
        const button = tab.querySelector('.graphiql-tab-button');
        if (!button) continue;
        if (active && button.getAttribute('aria-current') !== 'true') button.setAttribute('aria-current', 'true');
        if (!active && button.hasAttribute('aria-current')) button.removeAttribute('aria-current');
      }
      // Still labelled by the current operation's button.
      root.querySelector('#graphiql-session[role="tabpanel"]')?.setAttribute('role', 'region');
    };
    arrange();
    const observer = new MutationObserver(arrange);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'aria-selected'],
    });
    return () => observer.disconnect();
  }, [frame]);
}

export default function PlaygroundPage() {
  const { state } = useSession();
  const [mode, setMode] = useState<'session' | 'key'>('session');
  const [apiKey, setApiKey] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const keyInputId = useId();
  const frame = useRef<HTMLDivElement>(null);
  useAccessibleSessionTabs(frame);
  // The fetcher reads the current choice through a ref, so switching does not rebuild GraphiQL.
  const signedIn = state.status === 'signed-in';
  const auth = useRef({ mode, apiKey, signedIn });
  auth.current = { mode, apiKey, signedIn };

  const fetcher = useMemo<Fetcher>(
    () => async (params, options) => {
      // The schema (for docs and completion) is read with the session cookie, so it loads whatever
      // key is chosen; without a session, with the key if one is pasted (a server may answer
      // introspection to authenticated callers only: LATCHKEY_INTROSPECTION=authenticated).
      const introspection = params.operationName === 'IntrospectionQuery';
      const key = auth.current.mode === 'key' ? auth.current.apiKey.trim() : '';
      if (!introspection && auth.current.mode === 'key' && !key) {
        setOutcome({ ok: false, text: 'Paste an API key above first, or choose “My session”.' });
        throw new Error('No API key: paste one above, or choose “My session”.');
      }
      const sendKey = key !== '' && (!introspection || !auth.current.signedIn);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(sendKey ? { authorization: `Bearer ${key}` } : {}),
        ...(introspection ? {} : toHeaderRecord(options?.headers)),
      };
      const response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        headers,
        credentials: sendKey ? 'omit' : 'same-origin',
        body: JSON.stringify(params),
      });
      const body = (await response.json()) as { data?: unknown; errors?: ApiProblem[] };
      if (!introspection) {
        const who = key ? `as key ${key.slice(0, 12)}…${key.slice(-4)}` : 'as your session';
        setOutcome(
          body.errors?.length
            ? { ok: false, text: `HTTP ${response.status} ${who}: ${describeResponse(body.errors, response.status)}` }
            : { ok: true, text: `HTTP ${response.status} ${who}: OK` },
        );
      }
      return body as Awaited<ReturnType<Fetcher>>;
    },
    [],
  );

  return (
    <section className="playground">
      <div className="playground-bar">
        <h1>Playground</h1>
        <fieldset className="radio-row" aria-describedby="playground-auth-hint">
          <legend>Send requests as</legend>
          <label>
            <input type="radio" name="auth" checked={mode === 'session'} onChange={() => setMode('session')} />
            My session{state.status === 'signed-in' ? ` (${state.user.email})` : ' (not logged in)'}
          </label>
          <label>
            <input type="radio" name="auth" checked={mode === 'key'} onChange={() => setMode('key')} />
            An API key
          </label>
        </fieldset>
        {mode === 'key' && (
          <label htmlFor={keyInputId} className="inline-label">
            API key
            <input
              id={keyInputId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="lk_live_…"
              value={apiKey}
              onChange={(event) => setApiKey(event.target.value)}
            />
          </label>
        )}
        <p id="playground-auth-hint" className="hint">
          {mode === 'key'
            ? 'The key is sent as “Authorization: Bearer” to this server only, and is not stored.'
            : state.status === 'signed-in'
              ? 'Requests carry your session cookie.'
              : 'You are not logged in: requests are anonymous. '}
          {mode === 'session' && state.status !== 'signed-in' && <Link to="/login?next=/playground">Log in</Link>}
        </p>
      </div>
      <div
        className={`notice ${outcome ? (outcome.ok ? 'notice-ok' : 'notice-error') : 'notice-quiet'}`}
        role="status"
        data-testid="playground-outcome"
      >
        {outcome?.text ?? 'Pick an example in the sidebar or write an operation, then run it.'}
      </div>
      <div className="playground-frame" ref={frame}>
        <GraphiQL
          fetcher={fetcher}
          plugins={[EXAMPLES_PLUGIN, HISTORY_PLUGIN]}
          // On a phone the examples pane would squeeze the editor: it starts closed there.
          visiblePlugin={window.matchMedia('(min-width: 900px)').matches ? EXAMPLES_PLUGIN : undefined}
          defaultQuery={EXAMPLES[0]?.query}
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
          forcedTheme="light"
        >
          <GraphiQL.Logo>Latchkey</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </section>
  );
}
