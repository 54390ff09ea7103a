/**
 * The README's API tour (docs/tour.sh) run as a script against the real server, twice in a row with
 * the same account: the second run logs in instead of signing up. The script itself stops on any
 * status it does not promise, so its exit code is the verdict; the output is checked for the
 * statuses the README promises.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/harness.js';

const run = promisify(execFile);

/** The tour needs curl and jq; a machine without them fails here, naming the command, never skips. */
function requireTool(tool: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`The tour test needs ${tool}: install it with "apt-get install -y ${tool}".`);
  }
}

let server: TestServer;
beforeAll(async () => {
  requireTool('curl');
  requireTool('jq');
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function tour(email: string): Promise<string> {
  // Run asynchronously: the server answering the tour lives in this very process.
  const { stdout, stderr } = await run('bash', ['docs/tour.sh'], {
    env: { ...process.env, API: `${server.url}/graphql`, EMAIL: email, PASSWORD: 'correct horse battery' },
    timeout: 30_000,
  }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    throw new Error(`docs/tour.sh failed (exit ${error.code}):\n${error.stdout}\n${error.stderr}`);
  });
  expect(stderr, stdout).toBe('');
  return stdout;
}

describe('the README tour (docs/tour.sh)', () => {
  it('runs twice in a row against a real server, showing the statuses it promises', async () => {
    const email = `tour-${randomUUID()}@example.com`;
    const first = await tour(email);
    expect(first).not.toContain('logging in instead');
    const second = await tour(email);
    expect(second).toContain('That account exists: logging in instead.');
    for (const output of [first, second]) {
      expect(output).toMatch(/^HTTP 200 \{"data":\{"createProject"/m);
      expect(output).toMatch(/^HTTP 200 \{"data":\{"viewer":\{"scopes":\["keys:read","usage:read"\]/m);
      expect(output).toMatch(/^HTTP 401 .*"reason":"DEACTIVATED"/m);
      expect(output).toContain('Done: project');
    }
  });
});
