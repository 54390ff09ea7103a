/**
 * The key restrictions a person types into the key dialogs (DESIGN.md section 13), checked before
 * they are sent with the same rules as the server, so mistakes show beside their field in words:
 * allowed addresses (IPv4/IPv6 CIDRs or single addresses, at most 50, parsed by ipaddr.js as the
 * server does), metadata (a JSON object of at most 4 KB), the external id (at most 256 printable
 * characters) and credits (a count, and an optional DAY or MONTH refill).
 */
import ipaddr from 'ipaddr.js';

/** The schema's CreditRefillInterval (this module is also compiled with the unit tests, outside the portal). */
export type CreditRefillInterval = 'DAY' | 'MONTH';

export const MAX_CIDRS = 50;
export const MAX_META_BYTES = 4096;
export const MAX_EXTERNAL_ID = 256;
export const MAX_CREDITS = 1_000_000_000;

export interface CidrProblem {
  /** 1-based line of the entry in the text. */
  line: number;
  entry: string;
  message: string;
}

/** Why one entry is not an address or CIDR; null when it is one. */
export function cidrProblem(entry: string): string | null {
  if (entry.includes('/')) {
    const [address = '', bits = ''] = entry.split('/', 2);
    if (!ipaddr.isValid(address)) return `“${address}” is not an IPv4 or IPv6 address.`;
    const max = ipaddr.parse(address).kind() === 'ipv4' ? 32 : 128;
    if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) {
      return `The prefix length after “/” must be a number from 0 to ${max}.`;
    }
    return ipaddr.isValidCIDR(entry) ? null : `“${entry}” is not a CIDR such as 203.0.113.0/24.`;
  }
  return ipaddr.isValid(entry) ? null : `“${entry}” is not an IPv4 or IPv6 address or a CIDR such as 203.0.113.0/24.`;
}

/**
 * Allowed addresses, one per line (commas and spaces separate too); blank entries are ignored.
 * An empty list means the key may be used from anywhere.
 */
export function parseCidrList(text: string): { cidrs: string[]; problems: CidrProblem[] } {
  const cidrs: string[] = [];
  const problems: CidrProblem[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const entry of line.split(/[\s,]+/).filter(Boolean)) {
      const message = cidrProblem(entry);
      if (message) problems.push({ line: index + 1, entry, message });
      else if (!cidrs.includes(entry)) cidrs.push(entry);
    }
  }
  if (cidrs.length > MAX_CIDRS) {
    problems.push({ line: 0, entry: '', message: `At most ${MAX_CIDRS} addresses or ranges (${cidrs.length} given).` });
  }
  return { cidrs, problems };
}

/** The metadata text as the object to send (null for an empty field), or what is wrong with it. */
export function parseMeta(text: string): { meta: Record<string, unknown> | null } | { problem: string } {
  if (text.trim() === '') return { meta: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return { problem: `Metadata is not valid JSON${detail}.` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: 'Metadata must be a JSON object, such as {"plan": "pro"}.' };
  }
  const bytes = metaBytes(value);
  if (bytes > MAX_META_BYTES) {
    return {
      problem: `Metadata is ${bytes.toLocaleString('en')} bytes; at most ${MAX_META_BYTES.toLocaleString('en')} are allowed.`,
    };
  }
  return { meta: value as Record<string, unknown> };
}

/** Its size as the server counts it: the bytes of its compact JSON in UTF-8. */
export function metaBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Why the external id cannot be sent; null when it can (an empty one clears it). */
export function externalIdProblem(text: string): string | null {
  const value = text.trim();
  if (value.length > MAX_EXTERNAL_ID) return `At most ${MAX_EXTERNAL_ID} characters (${value.length} given).`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'Use printable characters only.';
  return null;
}

export interface CreditsForm {
  enabled: boolean;
  remaining: string;
  refill: '' | CreditRefillInterval;
  refillAmount: string;
}

export interface CreditsValue {
  remaining: number;
  refill: { amount: number; interval: CreditRefillInterval } | null;
}

function wholeNumber(text: string, min: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= MAX_CREDITS ? value : null;
}

/**
 * The credits to send (null when the key has none), or a problem per field. Without a refill
 * amount, the refill restores the starting count.
 */
export function parseCredits(
  form: CreditsForm,
): { credits: CreditsValue | null } | { problems: { remaining?: string; refillAmount?: string } } {
  if (!form.enabled) return { credits: null };
  const remaining = wholeNumber(form.remaining, 0);
  const problems: { remaining?: string; refillAmount?: string } = {};
  if (remaining === null) problems.remaining = `Enter a whole number from 0 to ${MAX_CREDITS.toLocaleString('en')}.`;
  let refill: CreditsValue['refill'] = null;
  if (form.refill) {
    const amountText = form.refillAmount.trim() === '' ? form.remaining : form.refillAmount;
    const amount = wholeNumber(amountText, 1);
    if (amount === null) problems.refillAmount = `Enter a whole number from 1 to ${MAX_CREDITS.toLocaleString('en')}.`;
    else refill = { amount, interval: form.refill };
  }
  if (problems.remaining || problems.refillAmount || remaining === null) return { problems };
  return { credits: { remaining, refill } };
}

/** The form of a key's current credits, for the edit dialog. */
export function creditsFormOf(
  credits: { remaining: number; refill?: { amount: number; interval: CreditRefillInterval } | null } | null | undefined,
): CreditsForm {
  if (!credits) return { enabled: false, remaining: '', refill: '', refillAmount: '' };
  return {
    enabled: true,
    remaining: String(credits.remaining),
    refill: credits.refill?.interval ?? '',
    refillAmount: credits.refill ? String(credits.refill.amount) : '',
  };
}

/** The metadata as the edit dialog shows it: pretty-printed, or empty. */
export function metaText(meta: unknown): string {
  return meta == null ? '' : JSON.stringify(meta, null, 2);
}
