/**
 * Where a webhook may be sent (DESIGN.md section 14): an `https` URL whose host resolves only to
 * public addresses, checked when an endpoint is saved and again before every attempt, and the
 * attempt then connects to the very address that was checked (webhook-sender.ts), so a name that
 * resolves differently a moment later (DNS rebinding) cannot reach an internal service.
 *
 * Public means globally routable unicast: not loopback, private (RFC 1918, unique local),
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, reserved,
 * documentation, or an IPv6 form that embeds an IPv4 address (mapped, NAT64, 6to4, Teredo).
 * `LATCHKEY_WEBHOOKS_ALLOW_PRIVATE=true` lifts all of this and allows plain `http` (development
 * and tests).
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { withTimeout } from '../../shared/timeout.js';

export const MAX_URL_LENGTH = 2048;
const DNS_TIMEOUT_MS = 5_000;

/** Why a URL or its address is refused; the message is meant for the person who typed the URL. */
export class WebhookAddressError extends Error {}

/** Global unicast IPv6 (2000::/3); the rest is local, special or unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** Whether `address` (an IPv4 or IPv6 literal) is a public, globally routable unicast address. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === 'unicast';
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST_V6);
}

/**
 * How audit events and logs name an endpoint: its URL without query string or fragment, which
 * may carry a token of the receiver's.
 */
export function urlLabel(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.origin}${url.pathname}`.slice(0, 300);
  } catch {
    return '(invalid URL)';
  }
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Parses a webhook URL and checks its form: absolute, `https` (or `http` when private addresses
 * are allowed), no user name or password, at most 2048 characters. Throws WebhookAddressError.
 */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): URL {
  const text = raw.trim();
  if (text.length === 0) throw new WebhookAddressError('url must not be empty.');
  if (text.length > MAX_URL_LENGTH) throw new WebhookAddressError(`url must be at most ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookAddressError('url must be an absolute URL such as https://example.com/webhooks.');
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw new WebhookAddressError(
      allowPrivate
        ? 'url must start with https:// or http://.'
        : 'url must start with https://: webhooks are sent over TLS only.',
    );
  }
  if (url.username || url.password) {
    throw new WebhookAddressError('url must not contain a user name or password; verify the signature instead.');
  }
  if (!url.hostname) throw new WebhookAddressError('url must name a host.');
  return url;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type HostResolver = (host: string) => Promise<ResolvedAddress[]>;

/** The system resolver (what the operating system would use to connect), every address of the name. */
export const systemResolver: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/**
 * Resolves the URL's host and returns the address to connect to. Every address the name has must
 * be public (a name with one private address is refused: it may be the one used next), unless
 * `allowPrivate`. Throws WebhookAddressError when the name does not resolve or is not public.
 */
export async function resolveWebhookAddress(
  url: URL,
  allowPrivate: boolean,
  resolve: HostResolver = systemResolver,
): Promise<ResolvedAddress> {
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await withTimeout(resolve(host), DNS_TIMEOUT_MS);
    } catch {
      throw new WebhookAddressError(`The host ${host} does not resolve to an address.`);
    }
  }
  const first = addresses[0];
  if (!first) throw new WebhookAddressError(`The host ${host} does not resolve to an address.`);
  if (!allowPrivate && !addresses.every((candidate) => isPublicAddress(candidate.address))) {
    throw new WebhookAddressError(
      `The host ${host} resolves to a private, loopback, link-local or reserved address: webhooks are sent to public addresses only.`,
    );
  }
  return first;
}
