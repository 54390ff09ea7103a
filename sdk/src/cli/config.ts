/**
 * The CLI's saved settings: `$XDG_CONFIG_HOME/latchkey/config.json` (else `~/.config/latchkey/…`),
 * written by `latchkey login` with mode 0600 in a folder of mode 0700, as it holds a bearer token.
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
 * Replaces the saved settings. The file is created with mode 0600 and set to it again when it
 * existed with another, so a token never sits in a file others may read.
 */
export async function writeConfig(config: SavedConfig, path = configPath()): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
}

export async function removeConfig(path = configPath()): Promise<void> {
  await rm(path, { force: true });
}
