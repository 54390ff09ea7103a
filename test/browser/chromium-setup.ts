/**
 * Global setup of the browser tests: makes sure Debian's Chromium is there before any of them runs,
 * so that `npm ci && npm test` passes on a fresh machine of this kind. As root it installs the
 * `chromium` package once (apt-get); otherwise it stops the run with the one command to type.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, DEBIAN_CHROMIUM } from './browser.js';

const INSTALL = 'apt-get update && apt-get install -y chromium';

export default function setup(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (CHROMIUM_PATH !== DEBIAN_CHROMIUM) {
    throw new Error(`CHROMIUM_PATH is ${CHROMIUM_PATH}, which does not exist: point it at a Chromium, or unset it.`);
  }
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    const how = apt ? `sudo sh -c '${INSTALL}'` : 'install Chromium and set CHROMIUM_PATH to its executable';
    throw new Error(`The browser tests need Chromium at ${DEBIAN_CHROMIUM}. Run: ${how}`);
  }
  process.stdout.write(`Chromium is missing: installing Debian's package (${INSTALL})…\n`);
  const installed = spawnSync('sh', ['-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (installed.status !== 0 || !existsSync(DEBIAN_CHROMIUM)) {
    throw new Error(`Installing Chromium failed (exit ${installed.status}). Run: ${INSTALL}`);
  }
}
