/**
 * `latchkey`: the CLI of @latchkey/sdk. Exit codes: 0 ok, 1 failed, 2 usage error, 3 not
 * authenticated. With `--json`, stdout holds only the result's JSON; a failure is written to
 * stderr as `{"error":{"code","message"}}`.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { describeFailure, EXIT } from './failures.js';
import { buildProgram } from './program.js';

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram(packageVersion());
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    // commander has already printed its message (unknown command, missing argument, help).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const failure = describeFailure(error);
    if (argv.includes('--json')) {
      process.stderr.write(
        `${JSON.stringify({ error: { code: failure.code, message: failure.message, ...(failure.reason ? { reason: failure.reason } : {}) } })}\n`,
      );
    } else {
      process.stderr.write(`latchkey: ${failure.message}\n`);
    }
    return failure.exitCode;
  }
}

// A reader that stopped reading (`latchkey keys list | head -1`) ends the command quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

process.exitCode = await main(process.argv);
