/** `latchkey login`, `logout` and `whoami`. */
import { isCancel, password, text } from '@clack/prompts';
import type { Command } from 'commander';
import { isLatchkeyError } from '../../errors.js';
import { LogInOperation, LogOutOperation } from '../../gql/operations.js';
import { action, examples } from '../command.js';
import { removeConfig, writeConfig } from '../config.js';
import { CliError, EXIT, usageError } from '../failures.js';
import type { Caller, Session } from '../session.js';

/** Everything piped to stdin, without its final newline. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks on the terminal for something secret; the answer is masked, and refused when stdin is not a terminal. */
async function ask(message: string, what: string, secret: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    throw usageError(
      `No ${what}: stdin is not a terminal to ask on. ${
        what === 'token' ? 'Pass --token or set LATCHKEY_TOKEN.' : 'Use --password-stdin.'
      }`,
    );
  }
  const prompt = secret ? password : text;
  const answer = await prompt({
    message,
    output: process.stderr,
    validate: (value) => (value ? undefined : 'Required'),
  });
  if (isCancel(answer)) throw new CliError('Cancelled.', EXIT.failed, 'CANCELLED');
  return answer.trim();
}

/** The viewer, as `whoami` and `login` show it: never the token. */
function describeViewer(viewer: Caller) {
  return {
    user: viewer.user,
    apiKey: viewer.apiKey,
    project: viewer.project,
    scopes: viewer.scopes,
    isAdministrator: viewer.isAdministrator,
  };
}

function printViewer(session: Session, viewer: Caller): void {
  const rows: [string, string][] = [['URL', session.url]];
  if (viewer.user) rows.push(['User', `${viewer.user.email} (${viewer.user.name})`]);
  if (viewer.apiKey) rows.push(['API key', `${viewer.apiKey.name} ${viewer.apiKey.preview}`]);
  if (viewer.project) rows.push(['Project', `${viewer.project.name} (${viewer.project.id})`]);
  // A session holds no scopes of its own (its role in each project decides); keys and tokens do.
  if (viewer.scopes.length) rows.push(['Scopes', viewer.scopes.join(' ')]);
  if (viewer.isAdministrator) rows.push(['Administrator', 'yes']);
  session.out.fields(rows);
}

export function registerAuth(program: Command): void {
  examples(
    program
      .command('login')
      .description('Save a token for the next commands (checked with the server first)')
      .option(
        '--token <token>',
        'a personal access token (lk_pat_…), a session token or an API key (else LATCHKEY_TOKEN, else asked)',
      )
      .option('--email <email>', 'log in with email and password instead (a session token, 14 days)')
      .option('--password-stdin', 'with --email: read the password from stdin')
      .option('--project <id>', 'the project commands use when given none'),
    [
      'latchkey login                       # asks for the token',
      'echo "$TOKEN" | latchkey login --token "$(cat)"',
      'latchkey login --email you@example.com',
      'LATCHKEY_URL=https://latchkey.example.com latchkey login',
    ],
  ).action(
    action<{ token?: string; email?: string; passwordStdin?: boolean; project?: string }>(async (session, options) => {
      const { out } = session;
      let token = options.token ?? (process.env.LATCHKEY_TOKEN?.trim() || undefined);
      if (!token && options.email) {
        const secret = options.passwordStdin ? await readStdin() : await ask('Password', 'password', true);
        const { logIn } = await out.spin('Logging in', () =>
          session
            .clientWith(undefined)
            .request(LogInOperation, { input: { email: options.email ?? '', password: secret } }),
        );
        token = logIn.token;
      }
      token ??= await ask('Token (a personal access token, lk_pat_…)', 'token', true);
      const viewer = await session.whoami(token);
      if (!viewer.user && !viewer.apiKey) {
        throw new CliError('The server did not accept that token.', EXIT.unauthenticated, 'UNAUTHENTICATED');
      }
      const project = options.project ?? session.config.project;
      await writeConfig({ url: session.url, token, ...(project ? { project } : {}) }, session.configPath);
      if (out.json) {
        out.data({ url: session.url, configPath: session.configPath, ...describeViewer(viewer) });
        return;
      }
      out.line(`Logged in to ${session.url} as ${viewer.user?.email ?? `the key ${viewer.apiKey?.preview}`}.`);
      out.line(out.paint('dim', `Token saved to ${session.configPath} (mode 0600).`));
    }),
  );

  examples(program.command('logout').description('Forget the saved token (and end it, when it is a session)'), [
    'latchkey logout',
  ]).action(
    action(async (session) => {
      const { out, config } = session;
      let sessionEnded = false;
      // A session token ends on the server too; a personal token or a key lives on (revoke it in the portal).
      if (config.token && !config.token.startsWith('lk_')) {
        await session
          .clientWith(config.token)
          .request(LogOutOperation, {})
          .then(
            () => {
              sessionEnded = true;
            },
            (error: unknown) => {
              if (!isLatchkeyError(error) || error.code !== 'UNAUTHENTICATED') throw error;
            },
          );
      }
      const { token: _forgotten, ...rest } = config;
      if (Object.keys(rest).length > 0) await writeConfig(rest, session.configPath);
      else await removeConfig(session.configPath);
      if (out.json) out.data({ loggedOut: Boolean(config.token), sessionEnded });
      else out.line(config.token ? 'Logged out.' : 'Not logged in.');
    }),
  );

  examples(program.command('whoami').description('Show who the saved token (or LATCHKEY_TOKEN) acts as'), [
    'latchkey whoami',
    'latchkey whoami --json | jq .scopes',
  ]).action(
    action(async (session) => {
      const viewer = await session.whoami();
      if (session.out.json) session.out.data({ url: session.url, ...describeViewer(viewer) });
      else printViewer(session, viewer);
    }),
  );
}
