#!/usr/bin/env node
// The `latchkey` command: the compiled CLI (sdk/src/cli/main.ts, docs/cli.md).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  // A checkout of the repository that was not built yet.
  process.stderr.write('latchkey is not built: run `npm run build` in the Latchkey repository first.\n');
  process.exit(1);
}
await import(main.href);
