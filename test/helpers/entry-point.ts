import { execFile } from 'node:child_process';
import { access, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The real entry point (`src/main.ts`) compiled into a private folder of `dist/`, for tests that
 * spawn the server as a user runs it. `remove()` deletes the folder.
 */
export async function buildEntryPoint(name: string): Promise<{ main: string; remove(): Promise<void> }> {
  const folder = join(ROOT, 'dist', `.${name}-${process.pid}`);
  // Type errors elsewhere in a tree being edited must not block the test: tsc emits anyway.
  await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', folder], {
    cwd: ROOT,
  }).catch(() => undefined);
  const main = join(folder, 'src/main.js');
  await access(main);
  return { main, remove: () => rm(folder, { recursive: true, force: true }) };
}
