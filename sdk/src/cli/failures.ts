/**
 * Exit codes of `latchkey` (DESIGN.md section 15) and the one place that turns a failure into a
 * message and a code. A message never holds a secret: server errors carry none, and the CLI's own
 * messages name keys by id or preview.
 */
import { isLatchkeyError } from '../errors.js';

export const EXIT = {
  ok: 0,
  /** The request failed, or the server refused it for another reason than the credential. */
  failed: 1,
  /** Bad arguments, an unknown command, or a confirmation that cannot be asked. */
  usage: 2,
  /** No credential, or one the server refuses (`UNAUTHENTICATED`). */
  unauthenticated: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI itself detects, with its exit code and a stable code for `--json`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly code: string,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage, 'USAGE');

export const notLoggedIn = () =>
  new CliError('Not logged in: run `latchkey login`, or set LATCHKEY_TOKEN.', EXIT.unauthenticated, 'UNAUTHENTICATED');

export interface Failure {
  exitCode: ExitCode;
  code: string;
  message: string;
  reason?: string;
}

/** What to say and which code to exit with, for anything a command threw. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof CliError) return { exitCode: error.exitCode, code: error.code, message: error.message };
  if (isLatchkeyError(error)) {
    const reason = error.reason;
    if (error.code === 'UNAUTHENTICATED') {
      return {
        exitCode: EXIT.unauthenticated,
        code: error.code,
        message: `Not authenticated${reason ? ` (${reason})` : ''}: ${error.message} Run \`latchkey login\` again.`,
        ...(reason ? { reason } : {}),
      };
    }
    if (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') {
      return {
        exitCode: EXIT.failed,
        code: error.code,
        message: `${error.message} [${error.code}] Is Latchkey running there? (--url or LATCHKEY_URL)`,
      };
    }
    const field = error.field ? ` (${error.field})` : '';
    return { exitCode: EXIT.failed, code: error.code, message: `${error.message}${field} [${error.code}]` };
  }
  return { exitCode: EXIT.failed, code: 'FAILED', message: error instanceof Error ? error.message : String(error) };
}
