#!/usr/bin/env node
/**
 * `npm start`'s build step: rebuilds the server (tsc) and the portal (vite) only when a file they are
 * built from is newer than their last successful build, so an unchanged checkout starts at once.
 * A build's stamp is written only after it succeeded; deleting or renaming a source file changes
 * its folder's time, which counts as a change. `npm run build` always rebuilds both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGETS = [
  {
    name: 'server',
    script: 'build:server',
    stamp: 'dist/.server-built',
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
  },
  {
    name: 'portal',
    script: 'build:portal',
    stamp: 'portal/dist/.portal-built',
    inputs: ['portal', 'schema/schema.graphql', 'package-lock.json'],
  },
];

/** Folders never read as inputs: outputs and installed packages. */
const SKIPPED = new Set(['dist', 'node_modules']);

/** The newest modification time under `path` (files and folders), in milliseconds. */
function newestTime(path) {
  const stats = statSync(path);
  let newest = stats.mtimeMs;
  if (stats.isDirectory()) {
    for (const entry of readdirSync(path)) {
      if (!SKIPPED.has(entry)) newest = Math.max(newest, newestTime(join(path, entry)));
    }
  }
  return newest;
}

for (const target of TARGETS) {
  const newestInput = Math.max(...target.inputs.filter((input) => existsSync(input)).map(newestTime));
  if (existsSync(target.stamp) && statSync(target.stamp).mtimeMs >= newestInput) {
    console.log(`${target.name}: up to date, not rebuilt`);
    continue;
  }
  console.log(`${target.name}: building (npm run ${target.script})…`);
  const build = spawnSync('npm', ['run', '--silent', target.script], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(target.stamp, `${new Date().toISOString()}\n`);
}
