/**
 * What a key may carry besides scopes (DESIGN.md section 13): metadata, an external id, the
 * addresses it may be used from, and credits. Validation for the writers, and the pure checks
 * admission and verification apply.
 */
import ipaddr from 'ipaddr.js';
import { badUserInput } from '../../shared/errors.js';
import { cleanText } from '../../shared/validation.js';
import type { CreditRefillInterval } from './api-keys.entity.js';

export const MAX_META_BYTES = 4096;
export const MAX_CIDRS = 50;
export const MAX_CREDITS = 1_000_000_000;

export function cleanMeta(meta: unknown): Record<string, unknown> | null {
  if (meta == null) return null;
  if (typeof meta !== 'object' || Array.isArray(meta)) throw badUserInput('meta', 'meta must be a JSON object.');
  if (Buffer.byteLength(JSON.stringify(meta), 'utf8') > MAX_META_BYTES) {
    throw badUserInput('meta', `meta must be at most ${MAX_META_BYTES} bytes of JSON.`);
  }
  return meta as Record<string, unknown>;
}

export function cleanExternalId(externalId: string | null | undefined): string | null {
  if (externalId == null) return null;
  const cleaned = cleanText('externalId', externalId, { max: 256, printable: true });
  return cleaned.length > 0 ? cleaned : null;
}

/** CIDRs (a single address is its own /32 or /128), normalised, sorted and without repeats. */
export function cleanCidrs(cidrs: readonly string[]): string[] {
  if (cidrs.length > MAX_CIDRS) throw badUserInput('allowedCidrs', `At most ${MAX_CIDRS} CIDRs.`);
  const cleaned = new Set<string>();
  for (const entry of cidrs) {
    const text = entry.trim();
    try {
      const [address, bits] = text.includes('/')
        ? ipaddr.parseCIDR(text)
        : (() => {
            const parsed = ipaddr.parse(text);
            return [parsed, parsed.kind() === 'ipv4' ? 32 : 128] as const;
          })();
      // The network address, so `10.1.2.3/8` and `10.0.0.0/8` are the same entry.
      const network =
        address.kind() === 'ipv4'
          ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${bits}`)
          : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${bits}`);
      cleaned.add(`${network.toString()}/${bits}`);
    } catch {
      throw badUserInput('allowedCidrs', `Not an IPv4 or IPv6 address or CIDR: "${text.slice(0, 60)}".`);
    }
  }
  return [...cleaned].sort();
}

export type AddressCheck = (address: string | null) => boolean;

/** Whether an address is in `cidrs` (an empty list allows every address, and no address). */
export function addressMatcher(cidrs: readonly string[]): AddressCheck {
  if (cidrs.length === 0) return () => true;
  const ranges = cidrs.map((cidr) => ipaddr.parseCIDR(cidr));
  return (address) => {
    if (!address) return false;
    let parsed: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      parsed = ipaddr.process(address);
    } catch {
      return false;
    }
    return ranges.some(([network, bits]) => parsed.kind() === network.kind() && parsed.match(network, bits));
  };
}

/** A client address given to verifyApiKey, normalised; BAD_USER_INPUT when it is none. */
export function cleanClientAddress(address: string | null | undefined): string | null {
  if (address == null || address.trim() === '') return null;
  try {
    return ipaddr.process(address.trim()).toString();
  } catch {
    throw badUserInput('clientAddress', 'clientAddress must be an IPv4 or IPv6 address.');
  }
}

export interface CreditSettings {
  remaining: number;
  refill?: { amount: number; interval: CreditRefillInterval } | null;
}

function wholeNumber(field: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_CREDITS) {
    throw badUserInput(field, `${field} must be a whole number from ${min} to ${MAX_CREDITS}.`);
  }
  return value;
}

export function cleanCredits(credits: CreditSettings): Required<CreditSettings> {
  return {
    remaining: wholeNumber('credits.remaining', credits.remaining, 0),
    refill: credits.refill
      ? { amount: wholeNumber('credits.refill.amount', credits.refill.amount, 1), interval: credits.refill.interval }
      : null,
  };
}

/** The refill period `at` falls in: `2026-12-02` (DAY) or `2026-12` (MONTH); '' without a refill. */
export function creditPeriodOf(interval: CreditRefillInterval | null | undefined, at: number): string {
  if (!interval) return '';
  const iso = new Date(at).toISOString();
  return interval === 'DAY' ? iso.slice(0, 10) : iso.slice(0, 7);
}

/** When the period of `at` ends: the next refill. */
export function nextRefillAt(interval: CreditRefillInterval | null | undefined, at: number): Date | null {
  if (!interval) return null;
  const day = new Date(at);
  return interval === 'DAY'
    ? new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1))
    : new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
}
