/** Option values as the CLI takes them: durations (`90s`, `15m`, `1h`, `7d`, `2w`), times, lists. */
import { usageError } from './failures.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Seconds in a duration such as `1h` or `1h30m` (a bare number is seconds). */
export function parseDuration(text: string, option: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const parts = [...trimmed.matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== trimmed) {
    throw usageError(`${option}: not a duration: "${text}" (e.g. 90s, 15m, 1h, 7d, 1h30m).`);
  }
  return parts.reduce((total, part) => total + Number(part[1]) * (UNITS[part[2] ?? 's'] ?? 1), 0);
}

/** A moment: an ISO 8601 time, or a duration meaning "that long ago" (`24h`) or, with `future`, "from now". */
export function parseTime(text: string, option: string, direction: 'past' | 'future' = 'past'): Date {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const time = new Date(text);
    if (Number.isNaN(time.getTime())) throw usageError(`${option}: not a time: "${text}".`);
    return time;
  }
  const seconds = parseDuration(text, option);
  return new Date(Date.now() + (direction === 'past' ? -1 : 1) * seconds * 1000);
}

/** A short, readable local time for tables: `2026-12-03 05:41`. */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A list option (`--scopes a,b --scopes c`) as its items. */
export function listOf(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}
