/**
 * What the CLI writes. stdout carries the result: with `--json` one stable JSON document (or one
 * JSON object per line for a feed) and nothing else; otherwise tables and lines for people.
 * Everything else (spinners, prompts, notes, errors) goes to stderr. Colours only where the stream
 * is a terminal and NO_COLOR is unset; spinners only where stderr is a terminal.
 */
import { confirm as confirmPrompt, isCancel, spinner } from '@clack/prompts';
import { CliError, EXIT, usageError } from './failures.js';

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** True when colours may be written to `stream`. */
export function colourful(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

// ANSI escape sequences, as a pattern: what `width` leaves out.
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Columns a string takes on a terminal (escape sequences excluded). */
function width(text: string): number {
  return [...text.replace(ESCAPES, '')].length;
}

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** Longest cell, in characters: longer text is cut with "…". */
  max?: number;
  /** Right-aligned (numbers). */
  right?: boolean;
  style?: (text: string, row: Row) => string;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per value, its height relative to the largest (an empty series is empty). */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values
    .map((value) => (top === 0 ? SPARKS[0] : SPARKS[Math.round((value / top) * (SPARKS.length - 1))]))
    .join('');
}

export class Output {
  readonly json: boolean;
  readonly #colourOut: boolean;
  readonly #colourErr: boolean;

  constructor(options: { json: boolean }) {
    this.json = options.json;
    this.#colourOut = colourful(process.stdout);
    this.#colourErr = colourful(process.stderr);
  }

  /** `text` in `style` when stdout is a colour terminal. */
  paint(style: Style, text: string, stream: 'out' | 'err' = 'out'): string {
    if (!(stream === 'out' ? this.#colourOut : this.#colourErr)) return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  }

  /** The result, for `--json`: one document, two-space indented, ending in a newline. */
  data(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** One line of a feed, for `--json` (newline-delimited JSON). */
  dataLine(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** A line of the human-readable result. */
  line(text = ''): void {
    process.stdout.write(`${text}\n`);
  }

  /** A note beside the result (stderr), e.g. "Deleted." after a confirmation. */
  note(text: string): void {
    process.stderr.write(`${text}\n`);
  }

  /** `label: value` pairs, aligned. */
  fields(pairs: [string, string | number | null | undefined][]): void {
    const labelWidth = Math.max(...pairs.map(([label]) => label.length));
    for (const [label, value] of pairs) {
      this.line(`${this.paint('dim', `${label}:`.padEnd(labelWidth + 1))} ${value ?? '—'}`);
    }
  }

  /** Rows as an aligned table with a header; "(none)" when there are none. */
  table<Row>(rows: readonly Row[], columns: Column<Row>[]): void {
    if (rows.length === 0) {
      this.line(this.paint('dim', '(none)'));
      return;
    }
    const cells = rows.map((row) =>
      columns.map((column) => {
        const text = String(column.value(row) ?? '—');
        return column.max && text.length > column.max ? `${text.slice(0, column.max - 1)}…` : text;
      }),
    );
    const widths = columns.map((column, index) =>
      Math.max(width(column.header), ...cells.map((row) => width(row[index] ?? ''))),
    );
    const pad = (text: string, index: number) => {
      const fill = ' '.repeat(Math.max(0, (widths[index] ?? 0) - width(text)));
      return columns[index]?.right ? fill + text : text + fill;
    };
    this.line(
      columns
        .map((column, index) => this.paint('bold', pad(column.header, index)))
        .join('  ')
        .trimEnd(),
    );
    rows.forEach((row, rowIndex) => {
      const line = columns.map((column, index) => {
        const text = pad(cells[rowIndex]?.[index] ?? '', index);
        return column.style ? column.style(text, row) : text;
      });
      this.line(line.join('  ').trimEnd());
    });
  }

  /**
   * Runs `work` with a spinner on stderr when it is a terminal (and nothing otherwise), so a slow
   * call shows it is alive without touching stdout.
   */
  async spin<T>(message: string, work: () => Promise<T>): Promise<T> {
    if (!process.stderr.isTTY) return work();
    const indicator = spinner({ output: process.stderr, delay: 80, withGuide: false });
    indicator.start(message);
    try {
      const result = await work();
      indicator.clear();
      return result;
    } catch (error) {
      indicator.clear();
      throw error;
    }
  }

  /**
   * Asks before a destructive command. `--yes` skips the question; without it, a non-interactive
   * stdin is a usage error (exit 2), never a silent yes.
   */
  async confirm(question: string, yes: boolean | undefined): Promise<void> {
    if (yes) return;
    if (!process.stdin.isTTY) {
      throw usageError(`${question} Refusing without confirmation: stdin is not a terminal; pass --yes to confirm.`);
    }
    const answer = await confirmPrompt({ message: question, initialValue: false, output: process.stderr });
    if (isCancel(answer) || !answer) throw new CliError('Cancelled: nothing was changed.', EXIT.failed, 'CANCELLED');
  }
}
