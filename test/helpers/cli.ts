import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './entry-point.js';

const compile = promisify(execFile);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Extra environment (LATCHKEY_TOKEN, NO_COLOR, …) over a clean one. */
  env?: Record<string, string>;
  /** Written to stdin, which is a pipe (never a terminal), then closed. */
  input?: string;
}

export interface Cli {
  /** The `XDG_CONFIG_HOME` this CLI's runs share (its config file is `<it>/latchkey/config.json`). */
  configHome: string;
  /** Runs `latchkey ...args` against `url` and waits for it to exit. */
  run(args: string[], options?: CliRunOptions): Promise<CliResult>;
  /** Starts `latchkey ...args` and leaves it running (for `audit tail --follow`). */
  start(args: string[], options?: CliRunOptions): ReturnType<typeof spawn>;
  remove(): Promise<void>;
}

/**
 * The `latchkey` CLI (sdk/src/cli) compiled into a private folder of sdk/dist, run with this
 * process's Node as a user runs it: a separate process, stdin a pipe, a config folder of its own.
 * The server answering it lives in the test process, so runs are asynchronous.
 */
export async function buildCli(url: string): Promise<Cli> {
  const folder = join(ROOT, 'sdk', 'dist', `.cli-test-${process.pid}-${Date.now()}`);
  // Type errors elsewhere in a tree being edited must not block the test: tsc emits anyway.
  await compile(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'sdk/tsconfig.json', '--outDir', folder], {
    cwd: ROOT,
  }).catch(() => undefined);
  const main = join(folder, 'cli', 'main.js');
  const configHome = await mkdtemp(join(tmpdir(), 'latchkey-cli-'));
  const environment = (extra: Record<string, string> = {}) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith('LATCHKEY_') || name === 'NO_COLOR') delete env[name];
    return { ...env, XDG_CONFIG_HOME: configHome, LATCHKEY_URL: url, ...extra };
  };
  const start = (args: string[], options: CliRunOptions = {}) => {
    const child = spawn(process.execPath, [main, ...args], { env: environment(options.env), stdio: 'pipe' });
    child.stdin.end(options.input ?? '');
    return child;
  };
  return {
    configHome,
    start,
    run(args, options) {
      return new Promise((resolve, reject) => {
        const child = start(args, options);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('error', reject);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      });
    },
    async remove() {
      await rm(folder, { recursive: true, force: true });
      await rm(configHome, { recursive: true, force: true });
    },
  };
}

/** The JSON a `--json` run wrote to stdout: the whole of stdout must be one document. */
export function jsonOf<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `stdout is not one JSON document (exit ${result.code}):\n${result.stdout}\n--- stderr:\n${result.stderr}`,
    );
  }
}
