/** `latchkey keys …`: a project's API keys. Only `create` and `rotate` print a secret, the one they return. */
import { isCancel, password } from '@clack/prompts';
import type { Command } from 'commander';
import type { ApiKey } from '../../client.js';
import type { ApiKeyEnvironment, ApiKeyStatus, UpdateApiKeyInput } from '../../gql/operations.js';
import { action, examples } from '../command.js';
import { CliError, EXIT, usageError } from '../failures.js';
import type { Output } from '../output.js';
import { listOf, parseDuration, parseTime, shortTime } from '../parse.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function environmentOf(value: string | undefined): ApiKeyEnvironment | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== 'LIVE' && upper !== 'TEST') throw usageError(`--env must be live or test, not "${value}".`);
  return upper;
}

function statusOf(value: string | undefined): ApiKeyStatus | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== 'ACTIVE' && upper !== 'DEACTIVATED' && upper !== 'EXPIRED') {
    throw usageError(`--status must be active, deactivated or expired, not "${value}".`);
  }
  return upper;
}

function integerOf(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usageError(`${option} must be a whole number, not "${value}".`);
  return Number(value);
}

function paintStatus(out: Output, status: string, text: string): string {
  if (status === 'ACTIVE') return out.paint('green', text);
  if (status === 'DEACTIVATED') return out.paint('yellow', text);
  return out.paint('red', text);
}

function keyTable(out: Output, keys: ApiKey[]): void {
  out.table(keys, [
    { header: 'ID', value: (key) => key.id },
    { header: 'NAME', value: (key) => (key.isDefault ? `${key.name} (default)` : key.name), max: 40 },
    { header: 'ENV', value: (key) => key.environment.toLowerCase() },
    { header: 'STATUS', value: (key) => key.status, style: (text, key) => paintStatus(out, key.status, text) },
    { header: 'KEY', value: (key) => key.preview },
    {
      header: 'SCOPES',
      // `admin` implies every other scope: the rest would only widen the table.
      value: (key) =>
        key.scopes.some((scope) => scope.name === 'admin')
          ? 'admin'
          : key.scopes.map((scope) => scope.name).join(' ') || '—',
      max: 40,
    },
    { header: 'LAST USED', value: (key) => shortTime(key.lastUsedAt) },
    { header: 'EXPIRES', value: (key) => shortTime(key.expiresAt) },
  ]);
}

function printKey(out: Output, key: ApiKey): void {
  const optional = (label: string, value: string | null | undefined): [string, string][] =>
    value ? [[label, value]] : [];
  out.fields([
    ['ID', key.id],
    ['Name', key.isDefault ? `${key.name} (default key)` : key.name],
    ...optional('Description', key.description),
    ['Key', key.preview],
    ['Environment', key.environment.toLowerCase()],
    ['Status', paintStatus(out, key.status, key.status)],
    ['Scopes', key.scopes.map((scope) => scope.name).join(' ') || null],
    ...optional('Permissions', key.permissions?.join(' ')),
    [
      'Rate limit',
      `${key.rateLimit.perMinute ?? '—'}/min, ${key.rateLimit.perDay ?? '—'}/day (${key.rateLimit.source.toLowerCase()})`,
    ],
    ['Expires', key.expiresAt ? shortTime(key.expiresAt) : 'never'],
    ...optional('Grace ends', key.graceEndsAt && shortTime(key.graceEndsAt)),
    ...optional('Replaced by', key.replacedBy?.id),
    ...optional('Rotated from', key.rotatedFrom?.id),
    ['Created', shortTime(key.createdAt)],
    ['Last used', shortTime(key.lastUsedAt)],
    ['Requests', key.usageCount],
  ]);
}

/** The one secret the CLI prints: the key `create` or `rotate` returned, shown once. */
function printSecret(out: Output, secret: string): void {
  out.line();
  out.line(`${out.paint('bold', 'Secret:')} ${out.paint('cyan', secret)}`);
  out.line(out.paint('yellow', 'Copy it now: it is shown this once and cannot be read again.'));
}

/** The key to verify: the argument, stdin for "-", else asked (masked) on a terminal. */
async function keyToVerify(argument: string | undefined): Promise<string> {
  if (argument && argument !== '-') return argument;
  if (argument === '-' || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const key = Buffer.concat(chunks).toString('utf8').trim();
    if (!key) throw usageError('No key on stdin.');
    return key;
  }
  const answer = await password({ message: 'Key to verify', output: process.stderr });
  if (isCancel(answer) || !answer) throw new CliError('Cancelled.', EXIT.failed, 'CANCELLED');
  return answer.trim();
}

interface ListOptions {
  project?: string;
  status?: string;
  env?: string;
  search?: string;
  scope?: string;
  limit: string;
}

interface WriteOptions {
  name?: string;
  description?: string;
  scopes?: string[];
  permissions?: string[];
  expires?: string;
  perMinute?: string;
  perDay?: string;
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description("A project's API keys");
  const withProject = (command: Command) =>
    command.option('-p, --project <id>', 'the project (else LATCHKEY_PROJECT, the saved one, or your only one)');

  examples(withProject(keys.command('list').alias('ls').description('List keys, newest first')), [
    'latchkey keys list',
    'latchkey keys list --status active --env live',
    'latchkey keys list --json | jq -r ".[] | [.id, .name] | @tsv"',
  ])
    .option('--status <status>', 'active, deactivated or expired')
    .option('--env <environment>', 'live or test')
    .option('--scope <scope>', 'keys holding this scope')
    .option('--search <text>', 'in names and descriptions')
    .option('--limit <n>', 'at most this many keys', '100')
    .action(
      action<ListOptions>(async (session, options) => {
        const { out } = session;
        const projectId = await session.project(options.project);
        const limit = integerOf(options.limit, '--limit') ?? 100;
        const filter = {
          status: statusOf(options.status),
          environment: environmentOf(options.env),
          scope: options.scope,
          search: options.search,
        };
        const found = await out.spin('Loading keys', async () => {
          const list: ApiKey[] = [];
          for await (const key of session
            .client()
            .keys.all(projectId, { filter, pageSize: Math.min(100, Math.max(1, limit)) })) {
            if (list.length >= limit) break;
            list.push(key);
          }
          return list;
        });
        if (out.json) return out.data(found);
        keyTable(out, found);
      }),
    );

  examples(keys.command('show').argument('<id>', 'the key').description('Show a key (never its secret)'), [
    'latchkey keys show 0193…',
  ]).action(
    action(async (session, _options, [id]) => {
      const key = await session.out.spin('Loading the key', () => session.client().keys.get(id ?? ''));
      if (session.out.json) return session.out.data(key);
      printKey(session.out, key);
    }),
  );

  examples(withProject(keys.command('create').description('Create a key; prints its secret this once')), [
    'latchkey keys create --name billing --scopes usage:read,keys:verify',
    'latchkey keys create --name ci --env test --expires 30d --json | jq -r .secret',
  ])
    .requiredOption('-n, --name <name>', 'a name, unique in the project')
    .option('-d, --description <text>', 'what the key is for')
    .option('-s, --scopes <scopes>', 'Latchkey scopes, comma-separated or repeated', collect)
    .option('--permissions <permissions>', "your API's permissions, comma-separated or repeated", collect)
    .option('--env <environment>', 'live (default) or test')
    .option('--expires <when>', 'an ISO time, or a duration from now (30d)')
    .action(
      action<WriteOptions & { project?: string; env?: string }>(async (session, options) => {
        const { out } = session;
        const projectId = await session.project(options.project);
        const permissions = listOf(options.permissions);
        const created = await out.spin('Creating the key', () =>
          session.client().keys.create({
            projectId,
            name: options.name ?? '',
            description: options.description,
            scopes: listOf(options.scopes),
            ...(permissions.length ? { permissions } : {}),
            environment: environmentOf(options.env),
            expiresAt: options.expires ? parseTime(options.expires, '--expires', 'future').toISOString() : undefined,
          }),
        );
        if (out.json) return out.data(created);
        printKey(out, created.apiKey);
        printSecret(out, created.secret);
      }),
    );

  examples(
    keys.command('update').argument('<id>', 'the key').description("Change a key's name, scopes, expiry or limits"),
    [
      'latchkey keys update 0193… --scopes keys:read,usage:read',
      'latchkey keys update 0193… --per-minute 60 --expires 90d',
    ],
  )
    .option('-n, --name <name>', 'a new name')
    .option('-d, --description <text>', 'a new description')
    .option('-s, --scopes <scopes>', 'the scopes, replacing the current ones', collect)
    .option('--permissions <permissions>', 'the permissions, replacing the current ones', collect)
    .option('--expires <when>', 'an ISO time, or a duration from now (30d)')
    .option('--per-minute <n>', "the key's own limit per minute")
    .option('--per-day <n>', "the key's own limit per day")
    .action(
      action<WriteOptions>(async (session, options, [id]) => {
        const input: UpdateApiKeyInput = { id: id ?? '' };
        if (options.name !== undefined) input.name = options.name;
        if (options.description !== undefined) input.description = options.description;
        if (options.scopes) input.scopes = listOf(options.scopes);
        if (options.permissions) input.permissions = listOf(options.permissions);
        if (options.expires) input.expiresAt = parseTime(options.expires, '--expires', 'future').toISOString();
        const perMinute = integerOf(options.perMinute, '--per-minute');
        const perDay = integerOf(options.perDay, '--per-day');
        if (perMinute !== undefined || perDay !== undefined) input.rateLimit = { perMinute, perDay };
        if (Object.keys(input).length === 1)
          throw usageError('Nothing to change: pass at least one option (see --help).');
        const key = await session.out.spin('Updating the key', () => session.client().keys.update(input));
        if (session.out.json) return session.out.data(key);
        printKey(session.out, key);
      }),
    );

  examples(
    keys
      .command('rotate')
      .argument('<id>', 'the key')
      .description('Replace a key with a new one; the old one works until the grace period ends'),
    ['latchkey keys rotate 0193… --grace 1h', 'latchkey keys rotate 0193… --grace 0 --json | jq -r .secret'],
  )
    .option(
      '-g, --grace <duration>',
      'how long the old key keeps working (90s, 15m, 1h, 7d; the server default when omitted)',
    )
    .action(
      action<{ grace?: string }>(async (session, options, [id]) => {
        const { out } = session;
        const gracePeriodSeconds = options.grace === undefined ? undefined : parseDuration(options.grace, '--grace');
        const rotated = await out.spin('Rotating the key', () =>
          session.client().keys.rotate({ id: id ?? '', gracePeriodSeconds }),
        );
        if (out.json) return out.data(rotated);
        printKey(out, rotated.apiKey);
        out.line();
        out.line(
          out.paint(
            'dim',
            `The old key ${rotated.previous.preview} works until ${shortTime(rotated.previous.graceEndsAt ?? rotated.previous.expiresAt)}.`,
          ),
        );
        printSecret(out, rotated.secret);
      }),
    );

  const destructive = (name: 'deactivate' | 'delete', description: string, question: (key: string) => string) =>
    examples(
      keys
        .command(name)
        .argument('<id>', 'the key')
        .description(description)
        .option('-y, --yes', 'do not ask for confirmation'),
      [`latchkey keys ${name} 0193…`, `latchkey keys ${name} 0193… --yes   # in scripts`],
    ).action(
      action<{ yes?: boolean }>(async (session, options, [id = '']) => {
        const { out } = session;
        const client = session.client();
        // Name the key in the question when someone is there to answer it.
        const label =
          !options.yes && process.stdin.isTTY
            ? await client.keys.get(id).then((key) => `${key.name} (${key.preview})`)
            : id;
        await out.confirm(question(label), options.yes);
        if (name === 'delete') {
          const deleted = await out.spin('Deleting the key', () => client.keys.delete(id));
          if (out.json) return out.data(deleted);
          out.line(`Deleted ${id}.`);
          return;
        }
        const key = await out.spin('Deactivating the key', () => client.keys.deactivate(id));
        if (out.json) return out.data(key);
        printKey(out, key);
      }),
    );
  destructive('deactivate', 'Refuse a key from now on (reactivate undoes it)', (key) => `Deactivate the key ${key}?`);
  destructive('delete', 'Delete a key for good', (key) => `Delete the key ${key} for good?`);

  examples(keys.command('reactivate').argument('<id>', 'the key').description('Accept a deactivated key again'), [
    'latchkey keys reactivate 0193…',
  ]).action(
    action(async (session, _options, [id]) => {
      const key = await session.out.spin('Reactivating the key', () => session.client().keys.reactivate(id ?? ''));
      if (session.out.json) return session.out.data(key);
      printKey(session.out, key);
    }),
  );

  examples(
    keys
      .command('verify')
      .argument('[key]', 'the key; "-" or nothing reads it from stdin, or asks on a terminal')
      .description('Check a key as your backend would (exit code 1 when it is refused)'),
    ['latchkey keys verify --scopes keys:read < key.txt', 'echo "$KEY" | latchkey keys verify - --json'],
  )
    .option('-s, --scopes <scopes>', 'scopes the key must hold', collect)
    .option('--permissions <permissions>', 'permissions the key must hold', collect)
    .action(
      action<{ scopes?: string[]; permissions?: string[] }>(async (session, options, [argument]) => {
        const { out } = session;
        const key = await keyToVerify(argument);
        const requiredScopes = listOf(options.scopes);
        const requiredPermissions = listOf(options.permissions);
        const verification = await out.spin('Verifying', () =>
          session.client().verifyKey({
            key,
            ...(requiredScopes.length ? { requiredScopes } : {}),
            ...(requiredPermissions.length ? { requiredPermissions } : {}),
          }),
        );
        if (out.json) out.data(verification);
        else {
          out.line(
            verification.valid
              ? out.paint('green', `✓ ${verification.code}`)
              : out.paint('red', `✗ ${verification.code}`),
          );
          const rows: [string, string][] = [];
          if (verification.apiKey) rows.push(['Key', `${verification.apiKey.name} ${verification.apiKey.preview}`]);
          if (verification.permissions?.length) rows.push(['Permissions', verification.permissions.join(' ')]);
          const limit = verification.rateLimit;
          if (limit)
            rows.push(['Rate limit', `${limit.remaining}/${limit.limit} left until ${shortTime(limit.resetAt)}`]);
          if (rows.length) out.fields(rows);
        }
        if (!verification.valid) process.exitCode = EXIT.failed;
      }),
    );
}
