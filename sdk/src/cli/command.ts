/**
 * The glue between commander and a command's handler: the handler gets a session (URL, token,
 * output) and its options, global ones included; what it throws is reported by main.ts.
 */
import type { Command } from 'commander';
import { type GlobalOptions, openSession, type Session } from './session.js';

export type Handler<Options> = (session: Session, options: Options & GlobalOptions, args: string[]) => Promise<void>;

export function action<Options = Record<string, never>>(handler: Handler<Options>) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received[received.length - 1] as Command;
    const options = command.optsWithGlobals() as Options & GlobalOptions;
    const args = command.processedArgs.filter((arg): arg is string => typeof arg === 'string');
    await handler(await openSession(options), options, args);
  };
}

/** Adds an "Examples:" section to a command's --help. */
export function examples(command: Command, lines: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`);
}
