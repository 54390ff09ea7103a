/**
 * The `latchkey` CLI (sdk/src/cli) as a user runs it: the compiled binary in its own process,
 * stdin a pipe (never a terminal), against the real server. Every `--json` run's stdout is parsed
 * whole, so anything else written there fails the test.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type Cli, type CliResult, jsonOf } from '../../helpers/cli.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedProject } from '../../helpers/seed.js';

let server: TestServer;
let cli: Cli;
beforeAll(async () => {
  // Its workers relay audit events (for `audit tail --follow`'s subscription) of the projects a test names.
  server = await startTestServer(
    { webhooksAllowPrivate: true },
    { usage: { relayEveryMs: 50, relayCursor: `cli-${randomUUID()}` } },
  );
  await server.startWorkers();
  cli = await buildCli(server.url);
});
const configHomes: string[] = [];
afterAll(async () => {
  await Promise.all(configHomes.map((home) => rm(home, { recursive: true, force: true })));
  await cli?.remove();
  await server?.stopWorkers();
  await server?.close();
});

interface Key {
  id: string;
  name: string;
  preview: string;
  status: string;
  graceEndsAt: string | null;
  scopes: { name: string }[];
}

/** The run, with its output in the failure message when the exit code is not `code`. */
function expectExit(result: CliResult, code: number): CliResult {
  expect(result.code, `exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(code);
  return result;
}

/** A CLI with a config folder of its own, logged in as a fresh project's owner. */
async function loggedIn() {
  const project = await seedProject(server);
  const own = await buildOwnConfig();
  expectExit(await own.run(['login', '--token', project.owner.token, '--json']), 0);
  return { project, run: own.run };
}

/** The shared CLI build with a separate config folder (XDG_CONFIG_HOME), so tests do not share a login. */
async function buildOwnConfig() {
  const home = await mkdtemp(join(tmpdir(), 'latchkey-cli-'));
  configHomes.push(home);
  return {
    home,
    run: (args: string[], options: { env?: Record<string, string>; input?: string } = {}) =>
      cli.run(args, { ...options, env: { XDG_CONFIG_HOME: home, ...options.env } }),
    start: (args: string[], options: { env?: Record<string, string> } = {}) =>
      cli.start(args, { ...options, env: { XDG_CONFIG_HOME: home, ...options.env } }),
  };
}

describe('latchkey: usage and exit codes', () => {
  it('shows help with examples (exit 0), refuses an unknown command or a missing argument (exit 2)', async () => {
    const help = expectExit(await cli.run(['--help']), 0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 failed, 2 usage error, 3 not authenticated.');
    expect(expectExit(await cli.run(['keys', 'rotate', '--help']), 0).stdout).toContain('--grace 1h');
    expect(expectExit(await cli.run(['frobnicate']), 2).stderr).toContain("unknown command 'frobnicate'");
    expectExit(await cli.run(['keys', 'frobnicate']), 2);
    expectExit(await cli.run(['keys', 'rotate']), 2);
    expectExit(await cli.run(['keys', 'rotate', 'x', '--grace', 'soon']), 2);
  });

  it('exits 3 when not logged in, and for a token the server refuses, saving nothing', async () => {
    const own = await buildOwnConfig();
    const none = expectExit(await own.run(['keys', 'list', '--json']), 3);
    expect(none.stdout).toBe('');
    expect(JSON.parse(none.stderr)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    const bad = expectExit(await own.run(['login', '--token', 'lk_live_not_a_real_key']), 3);
    expect(bad.stderr).toContain('Not authenticated');
    await expect(stat(join(own.home, 'latchkey', 'config.json'))).rejects.toThrow();

    // No token given and nobody to ask: a usage error, not a hang.
    expectExit(await own.run(['login']), 2);
  });
});

describe('latchkey: a key’s lifecycle', () => {
  it('logs in, then creates, lists, rotates, verifies and deletes a key, all with --json', async () => {
    const project = await seedProject(server);
    const own = await buildOwnConfig();

    const login = jsonOf<{ user: { email: string }; configPath: string }>(
      expectExit(await own.run(['login', '--token', project.owner.token, '--json']), 0),
    );
    expect(login.user.email).toBe(project.owner.email);
    const configFile = join(own.home, 'latchkey', 'config.json');
    expect(login.configPath).toBe(configFile);
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(own.home, 'latchkey'))).mode & 0o777).toBe(0o700);

    const whoami = jsonOf<{ user: { email: string }; scopes: string[] }>(
      expectExit(await own.run(['whoami', '--json']), 0),
    );
    expect(whoami.user.email).toBe(project.owner.email);
    expect(jsonOf<{ id: string }[]>(expectExit(await own.run(['projects', 'list', '--json']), 0))).toEqual([
      expect.objectContaining({ id: project.id, viewerRole: 'OWNER' }),
    ]);

    // The owner's only project is the default: no --project needed.
    const created = jsonOf<{ apiKey: Key; secret: string }>(
      expectExit(await own.run(['keys', 'create', '--name', 'ci', '--scopes', 'keys:read,usage:read', '--json']), 0),
    );
    expect(created.secret).toMatch(/^lk_live_[0-9A-Za-z]{38}$/);
    expect(created.apiKey).toMatchObject({
      name: 'ci',
      status: 'ACTIVE',
      scopes: [{ name: 'keys:read' }, { name: 'usage:read' }],
    });

    const listed = jsonOf<Key[]>(expectExit(await own.run(['keys', 'list', '--project', project.id, '--json']), 0));
    expect(listed.map((key) => key.id)).toEqual([created.apiKey.id, project.defaultKey.id]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const table = expectExit(await own.run(['keys', 'list']), 0);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+ENV\s+STATUS\s+KEY/);
    expect(table.stdout).toContain(created.apiKey.preview);
    expect(table.stdout).not.toContain(created.secret);
    expect(table.stdout).not.toContain('\u001b['); // no colours off a terminal

    const rotatedAt = Date.now();
    const rotated = jsonOf<{ apiKey: Key; secret: string; previous: Key }>(
      expectExit(await own.run(['keys', 'rotate', created.apiKey.id, '--grace', '1h', '--json']), 0),
    );
    expect(rotated.secret).toMatch(/^lk_live_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previous.id).toBe(created.apiKey.id);
    const graceEnds = new Date(rotated.previous.graceEndsAt ?? 0).getTime();
    expect(graceEnds - rotatedAt).toBeGreaterThan(3_590_000);
    expect(graceEnds - rotatedAt).toBeLessThan(3_700_000);

    // verify reads the key from stdin ("-"): it never sits in argv.
    const verified = jsonOf<{ valid: boolean; code: string; apiKey: { id: string } }>(
      expectExit(
        await own.run(['keys', 'verify', '-', '--scopes', 'keys:read', '--json'], { input: `${rotated.secret}\n` }),
        0,
      ),
    );
    expect(verified).toMatchObject({ valid: true, code: 'VALID', apiKey: { id: rotated.apiKey.id } });
    const refused = jsonOf<{ valid: boolean; code: string }>(
      expectExit(await own.run(['keys', 'verify', '-', '--json'], { input: 'lk_live_nope' }), 1),
    );
    expect(refused).toMatchObject({ valid: false, code: 'MALFORMED' });

    // Destructive: refused without --yes when stdin is not a terminal, and nothing changes.
    const unconfirmed = expectExit(await own.run(['keys', 'delete', rotated.apiKey.id, '--json']), 2);
    expect(unconfirmed.stdout).toBe('');
    expect(JSON.parse(unconfirmed.stderr).error.message).toContain('pass --yes');
    expect(jsonOf<Key>(expectExit(await own.run(['keys', 'show', rotated.apiKey.id, '--json']), 0)).status).toBe(
      'ACTIVE',
    );
    expect(jsonOf(expectExit(await own.run(['keys', 'delete', rotated.apiKey.id, '--yes', '--json']), 0))).toEqual({
      id: rotated.apiKey.id,
    });
    const gone = expectExit(await own.run(['keys', 'show', rotated.apiKey.id, '--json']), 1);
    expect(JSON.parse(gone.stderr)).toMatchObject({ error: { code: 'NOT_FOUND' } });

    const usage = jsonOf<{ granularity: string; totals: { requests: number }; series: unknown[] }>(
      expectExit(await own.run(['usage', '--since', '2h', '--json']), 0),
    );
    expect(usage.granularity).toBe('HOUR');
    expect(usage.totals.requests).toBeGreaterThanOrEqual(0);
    const usageTable = expectExit(await own.run(['usage', '--since', '2h']), 0);
    expect(usageTable.stdout).toMatch(/requests: \d+ ok/);

    const audit = jsonOf<{ action: string; createdAt: string }[]>(
      expectExit(await own.run(['audit', 'tail', '-n', '50', '--json']), 0),
    );
    const actions = audit.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['key.created', 'key.rotated', 'key.deleted']));
    // Oldest first, as a tail reads.
    expect(actions.indexOf('key.created')).toBeLessThan(actions.indexOf('key.deleted'));
    expect(expectExit(await own.run(['audit', 'tail']), 0).stdout).toMatch(/key\.deleted/);
  });

  it('prints a created key’s secret once, and only from create and rotate', async () => {
    const { project, run } = await loggedIn();
    const created = expectExit(await run(['keys', 'create', '--name', 'shown', '--project', project.id]), 0);
    const secret = /Secret: (lk_live_[0-9A-Za-z]{38})/.exec(created.stdout)?.[1];
    expect(secret, created.stdout).toBeDefined();
    expect(created.stdout.split(secret ?? '').length - 1).toBe(1);
    const id = /ID:\s+(\S+)/.exec(created.stdout)?.[1] ?? '';
    for (const args of [['keys', 'show', id], ['keys', 'list'], ['whoami'], ['audit', 'tail', '-n', '100', '--json']]) {
      const result = expectExit(await run(args), 0);
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
  });
});

describe('latchkey: tokens', () => {
  it('logs in with email and password, and logout ends that session: its token then exits 3', async () => {
    const project = await seedProject(server);
    const own = await buildOwnConfig();
    expectExit(
      await own.run(['login', '--email', project.owner.email, '--password-stdin'], { input: `${PASSWORD}\n` }),
      0,
    );
    const saved = JSON.parse(await readFile(join(own.home, 'latchkey', 'config.json'), 'utf8')) as { token: string };
    expect(
      jsonOf<{ loggedOut: boolean; sessionEnded: boolean }>(expectExit(await own.run(['logout', '--json']), 0)),
    ).toEqual({
      loggedOut: true,
      sessionEnded: true,
    });
    const revoked = expectExit(await own.run(['whoami', '--json'], { env: { LATCHKEY_TOKEN: saved.token } }), 3);
    expect(JSON.parse(revoked.stderr)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expectExit(await own.run(['whoami']), 3);
  });

  it("works with a project's API key as LATCHKEY_TOKEN, and exits 3 once that key is deactivated", async () => {
    const { project, run } = await loggedIn();
    const asKey = { env: { LATCHKEY_TOKEN: project.defaultKey.secret } };
    const keys = jsonOf<Key[]>(expectExit(await run(['keys', 'list', '--json'], asKey), 0));
    expect(keys.map((key) => key.id)).toContain(project.defaultKey.id);

    const created = jsonOf<{ apiKey: Key; secret: string }>(
      expectExit(await run(['keys', 'create', '--name', 'doomed', '--scopes', 'usage:read', '--json']), 0),
    );
    // whoami asks only what any key may read of itself, whatever its scopes.
    const asCreated = { env: { LATCHKEY_TOKEN: created.secret } };
    expect(jsonOf(expectExit(await run(['whoami', '--json'], asCreated), 0))).toMatchObject({
      user: null,
      apiKey: { id: created.apiKey.id, preview: created.apiKey.preview },
      project: { id: project.id },
      scopes: ['usage:read'],
    });
    const ownUsage = expectExit(await run(['usage', '--key', created.apiKey.id, '--json'], asCreated), 0);
    expect(jsonOf(ownUsage)).toMatchObject({ granularity: 'HOUR' });
    expectExit(await run(['keys', 'deactivate', created.apiKey.id, '--yes', '--json']), 0);
    const refused = expectExit(await run(['usage', '--key', created.apiKey.id, '--json'], asCreated), 3);
    expect(JSON.parse(refused.stderr)).toMatchObject({ error: { code: 'UNAUTHENTICATED', reason: 'DEACTIVATED' } });
  });
});

const CLI_CREATE_PROJECT = graphql(
  `mutation CliCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
);
const CLI_CREATE_TOKEN = graphql(
  `mutation CliCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }`,
);
const CLI_REVOKE_TOKEN = graphql(`mutation CliRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }`);

describe('latchkey: with a personal access token', () => {
  it('sees only the projects the token names, gets NOT_FOUND elsewhere, and exits 3 once it is revoked', async () => {
    const project = await seedProject(server);
    const owner = project.owner.token;
    const other = dataOf(
      await server.gql(CLI_CREATE_PROJECT, { input: { name: 'not for the token' } }, { token: owner }),
    ).createProject.project.id;
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const { token, secret } = dataOf(
      await server.gql(
        CLI_CREATE_TOKEN,
        { input: { name: 'ci', scopes: ['projects:read', 'keys:read'], projectIds: [project.id], expiresAt } },
        { token: owner },
      ),
    ).createPersonalToken;

    const own = await buildOwnConfig();
    expectExit(await own.run(['login', '--token', secret, '--json']), 0);
    const projects = jsonOf<{ id: string }[]>(expectExit(await own.run(['projects', 'list', '--json']), 0));
    expect(projects.map((listed) => listed.id)).toEqual([project.id]);
    const keys = jsonOf<Key[]>(expectExit(await own.run(['keys', 'list', '--project', project.id, '--json']), 0));
    expect(keys.map((key) => key.id)).toContain(project.defaultKey.id);
    const elsewhere = expectExit(await own.run(['keys', 'list', '--project', other, '--json']), 1);
    expect(JSON.parse(elsewhere.stderr)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    // keys:read only: the owner's role allows more, the token does not.
    const create = expectExit(await own.run(['keys', 'create', '--name', 'x', '--project', project.id, '--json']), 1);
    expect(JSON.parse(create.stderr)).toMatchObject({ error: { code: 'FORBIDDEN' } });

    dataOf(await server.gql(CLI_REVOKE_TOKEN, { id: token.id }, { token: owner }));
    const revoked = expectExit(await own.run(['projects', 'list', '--json']), 3);
    expect(JSON.parse(revoked.stderr)).toMatchObject({ error: { code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' } });
  });
});

describe('latchkey: the audit feed, permissions and webhooks', () => {
  /** Runs `audit tail --follow` with `extra`, creates a key, and waits for its event on stdout. */
  async function followsNewKey(extra: string[]) {
    const { project } = await loggedIn();
    server.options.relayProjectIds = [...(server.options.relayProjectIds ?? []), project.id];
    const own = await buildOwnConfig();
    expectExit(await own.run(['login', '--token', project.owner.token, '--project', project.id]), 0);
    const follower = own.start(['audit', 'tail', '-n', '1', '--follow', ...extra, '--json']);
    const lines: { action: string; targetLabel: string | null }[] = [];
    let buffer = '';
    follower.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const line of complete) if (line) lines.push(JSON.parse(line));
    });
    try {
      await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
      // Give the subscription its moment to start; an event before it is caught up anyway.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      expectExit(await own.run(['keys', 'create', '--name', 'followed', '--json']), 0);
      await expect
        .poll(() => lines.find((line) => line.action === 'key.created' && line.targetLabel === 'followed'), {
          timeout: 10_000,
        })
        .toBeDefined();
      return { waitedMs: Date.now() - started, lines };
    } finally {
      follower.kill('SIGTERM');
    }
  }

  it('audit tail --follow prints new events as JSON lines, from the auditEvents subscription', async () => {
    const { lines } = await followsNewKey(['--interval', '60']);
    // Polling every 60 s could not have shown it: it came over the subscription, once.
    expect(lines.filter((line) => line.targetLabel === 'followed')).toHaveLength(1);
  });

  it('audit tail --follow --poll polls the audit log instead', async () => {
    await followsNewKey(['--poll', '--interval', '0.3']);
  });

  it('audit tail --follow with a key without audit:read exits 1 with FORBIDDEN (the 4403 refusal)', async () => {
    const { project, run } = await loggedIn();
    const created = jsonOf<{ secret: string }>(
      expectExit(
        await run(['keys', 'create', '--name', 'no audit', '--scopes', 'keys:read', '--project', project.id, '--json']),
        0,
      ),
    );
    const refused = expectExit(
      await run(['audit', 'tail', '-n', '0', '--follow', '--project', project.id, '--json'], {
        env: { LATCHKEY_TOKEN: created.secret },
      }),
      1,
    );
    expect(JSON.parse(refused.stderr)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('manages permissions and webhooks', async () => {
    const { project, run } = await loggedIn();
    const permission = jsonOf<{ id: string; name: string }>(
      expectExit(await run(['permissions', 'create', 'bots:read', '--description', 'Read bots', '--json']), 0),
    );
    expect(permission.name).toBe('bots:read');
    expect(jsonOf<{ name: string }[]>(expectExit(await run(['permissions', 'list', '--json']), 0))).toEqual([
      expect.objectContaining({ name: 'bots:read', keyCount: 0 }),
    ]);
    expectExit(await run(['permissions', 'delete', permission.id]), 2);
    expect(jsonOf(expectExit(await run(['permissions', 'delete', permission.id, '--yes', '--json']), 0))).toEqual({
      id: permission.id,
      removedFromKeys: 0,
    });

    const created = jsonOf<{ endpoint: { id: string; secretPreview: string }; secret: string }>(
      expectExit(
        await run([
          'webhooks',
          'create',
          'https://127.0.0.1:9/hooks',
          '--events',
          'key.created',
          '--project',
          project.id,
          '--json',
        ]),
        0,
      ),
    );
    expect(created.secret).toMatch(/^whsec_/);
    const listed = expectExit(await run(['webhooks', 'list', '--json']), 0);
    expect(jsonOf(listed)).toEqual([expect.objectContaining({ id: created.endpoint.id, events: ['key.created'] })]);
    expect(listed.stdout).not.toContain(created.secret);
    const test = jsonOf<{ eventType: string }>(
      expectExit(await run(['webhooks', 'test', created.endpoint.id, '--json']), 0),
    );
    expect(test.eventType).toBe('webhook.test');
  });
});
