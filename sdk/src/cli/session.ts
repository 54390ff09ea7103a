/**
 * Who the CLI talks to and as whom. The URL: `--url`, else LATCHKEY_URL, else the one saved at
 * login, else http://localhost:4000. The token: LATCHKEY_TOKEN (for CI), else the saved one. Any
 * bearer credential the API accepts works: a personal access token (`lk_pat_…`), a session token
 * (`latchkey login --email`), or a project's API key (its own project only).
 */
import { Latchkey } from '../client.js';
import { isLatchkeyError } from '../errors.js';
import { WhoamiOperation, type WhoamiQuery } from '../gql/operations.js';
import { configPath, readConfig, type SavedConfig } from './config.js';
import { notLoggedIn, usageError } from './failures.js';
import { Output } from './output.js';

export const DEFAULT_URL = 'http://localhost:4000';

/** Options every command takes (commander's global options). */
export interface GlobalOptions {
  json?: boolean;
  url?: string;
}

/** The caller as the CLI reads it (any token may ask, whatever its scopes). */
export type Caller = WhoamiQuery['viewer'];

export interface Session {
  out: Output;
  url: string;
  config: SavedConfig;
  configPath: string;
  /** A client with the caller's token; a usage of it without one fails with exit code 3. */
  client(): Latchkey;
  /** A client with `token` (login checks a token before saving it). */
  clientWith(token: string | undefined): Latchkey;
  /** Who `client`'s token (or `token`) acts as. */
  whoami(token?: string): Promise<Caller>;
  /** The project of a command: `--project`, LATCHKEY_PROJECT, the saved one, the key's own, or the user's only one. */
  project(explicit: string | undefined): Promise<string>;
}

export function resolveUrl(option: string | undefined, config: SavedConfig, env = process.env): string {
  const url = option ?? (env.LATCHKEY_URL?.trim() || undefined) ?? config.url ?? DEFAULT_URL;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error();
  } catch {
    throw usageError(`Not an http(s) URL: ${url}`);
  }
  return url.replace(/\/+$/, '');
}

export async function openSession(options: GlobalOptions): Promise<Session> {
  const path = configPath();
  const config = await readConfig(path);
  const url = resolveUrl(options.url, config);
  const out = new Output({ json: options.json === true });
  const clientWith = (token: string | undefined) => new Latchkey({ url, token, timeoutMs: 15_000 });
  const environmentToken = process.env.LATCHKEY_TOKEN?.trim() || undefined;
  const token = environmentToken ?? config.token;
  // The project saved at login belongs to the saved token's caller, not to LATCHKEY_TOKEN's.
  const savedProject = environmentToken ? undefined : config.project;
  const client = () => {
    if (!token) throw notLoggedIn();
    return clientWith(token);
  };
  const whoami = async (other?: string) => {
    const latchkey = other === undefined ? client() : clientWith(other);
    return (await out.spin('Asking the server', () => latchkey.request(WhoamiOperation, {}))).viewer;
  };
  return {
    out,
    whoami,
    url,
    config,
    configPath: path,
    client,
    clientWith,
    async project(explicit) {
      const chosen = explicit ?? (process.env.LATCHKEY_PROJECT?.trim() || undefined) ?? savedProject;
      if (chosen) return chosen;
      const viewer = await whoami();
      if (viewer.project) return viewer.project.id;
      const projects = await client()
        .projects.list()
        .catch((error: unknown) => {
          if (isLatchkeyError(error) && error.code === 'FORBIDDEN') return [];
          throw error;
        });
      if (projects.length === 1 && projects[0]) return projects[0].id;
      const names = projects.map((each) => `  ${each.id}  ${each.name}`).join('\n');
      throw usageError(
        projects.length === 0
          ? 'No project: pass --project <id>.'
          : `Which project? Pass --project <id> (or set LATCHKEY_PROJECT):\n${names}`,
      );
    },
  };
}
