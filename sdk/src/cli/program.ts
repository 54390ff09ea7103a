/** The `latchkey` command tree (DESIGN.md section 15); main.ts runs it and maps failures to exit codes. */
import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerAuth } from './commands/auth.js';
import { registerKeys } from './commands/keys.js';
import { registerPermissions } from './commands/permissions.js';
import { registerProjects } from './commands/projects.js';
import { registerUsage } from './commands/usage.js';
import { registerWebhooks } from './commands/webhooks.js';
import { DEFAULT_URL } from './session.js';

export function buildProgram(version: string): Command {
  const program = new Command('latchkey')
    .description("Latchkey from a terminal: your projects' API keys, usage, audit log and webhooks.")
    .version(version, '-V, --version')
    .option('--json', 'print the result as JSON on stdout, and nothing else there')
    .option('--url <url>', `the Latchkey server (else LATCHKEY_URL, else the one saved at login, else ${DEFAULT_URL})`)
    // Subcommands inherit these: commander's errors come back to main.ts instead of exiting.
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
Environment:
  LATCHKEY_URL      the server (default ${DEFAULT_URL})
  LATCHKEY_TOKEN    a token to use instead of the saved one (CI)
  LATCHKEY_PROJECT  the project commands use when given none
  NO_COLOR          no colours, even on a terminal

Exit codes: 0 ok, 1 failed, 2 usage error, 3 not authenticated.

Examples:
  $ latchkey login
  $ latchkey keys create --name billing --scopes usage:read
  $ latchkey keys list --json | jq -r '.[].name'
  $ latchkey keys rotate <id> --grace 1h
  $ latchkey usage --since 7d --granularity day
  $ latchkey audit tail --follow
`,
    );
  registerAuth(program);
  registerProjects(program);
  registerKeys(program);
  registerPermissions(program);
  registerUsage(program);
  registerAudit(program);
  registerWebhooks(program);
  return program;
}
