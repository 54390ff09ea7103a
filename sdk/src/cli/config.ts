/**
 * The CLI's saved settings: `$XDG_CONFIG_HOME/latchkey/config.json` (else `~/.config/latchkey/…`),
 * written by `latchkey login` with mode 0600 in a folder of mode 0700, as it holds a bearer token.
 */
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface SavedConfig {
  /** The Latchkey URL the token belongs to. */
  url?: string;
  /** A session token, a personal access token (`lk_pat_…`) or an API key. */
  token?: string;
  /** The project used when a command is given none (`--project`, `LATCHKEY_PROJECT`). */
  project?: string;
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'latchkey', 'config.json');
}

/** The saved settings; none when the file is missing. A file that is not a JSON object is an error. */
export async function readConfig(path = configPath()): Promise<SavedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${path} is not a JSON object: remove it and log in again.`);
  }
  const config: SavedConfig = {};
  for (const field of ['url', 'token', 'project'] as const) {
    const value = (parsed as Record<string, unknown>)[field];
    if (typeof value === 'string' && value) config[field] = value;
  }
  return config;
}

/**
 * Replaces the saved settings. The new file is written beside the old one with mode 0600 from its
 * creation, then renamed over it: the token never sits in a file others may read, not even for a
 * moment when an older file had a looser mode.
 */
export async function writeConfig(config: SavedConfig, path = configPath()): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  const draft = `${path}.${process.pid}.tmp`;
  await rm(draft, { force: true });
  try {
    await writeFile(draft, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(draft, path);
  } catch (error) {
    await rm(draft, { force: true });
    throw error;
  }
}

export async function removeConfig(path = configPath()): Promise<void> {
  await rm(path, { force: true });
}
