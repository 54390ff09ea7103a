#!/usr/bin/env node
// The `latchkey` command: the compiled CLI (sdk/src/cli/main.ts; run `npm run build` first in a checkout).
import '../dist/cli/main.js';
