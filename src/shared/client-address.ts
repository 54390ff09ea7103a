/**
 * The client address of a request: what rate limits, failure budgets, audit events and recent
 * activity record. Behind a load balancer every request arrives from the balancer, so
 * `X-Forwarded-For` is believed, but only from the proxies named in `LATCHKEY_TRUSTED_PROXIES`
 * (proxy-addr syntax: addresses, CIDRs, `loopback`, `linklocal`, `uniquelocal`); without it the
 * socket's peer is the client. IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) are stored and
 * shown as IPv4.
 */
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

export type TrustedProxies = (address: string, hop: number) => boolean;

/** Compiles `LATCHKEY_TRUSTED_PROXIES` (comma-separated); throws on an entry proxy-addr cannot read. */
export function compileTrustedProxies(list: string | undefined): TrustedProxies {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  return proxyAddr.compile(entries);
}

/**
 * Canonical texts of the addresses seen lately: parsing one costs more than the rest of finding
 * the client (~5 µs a request). Bounded: started over once it holds `MAX_KNOWN_ADDRESSES`.
 */
const canonicalTexts = new Map<string, string>();
const MAX_KNOWN_ADDRESSES = 10_000;

/** `::ffff:10.0.0.1` → `10.0.0.1`, and every address in its canonical text. */
export function normalizeAddress(address: string): string {
  let canonical = canonicalTexts.get(address);
  if (canonical === undefined) {
    try {
      canonical = ipaddr.process(address).toString();
    } catch {
      canonical = address;
    }
    if (canonicalTexts.size >= MAX_KNOWN_ADDRESSES) canonicalTexts.clear();
    canonicalTexts.set(address, canonical);
  }
  return canonical;
}

/** The client of `request`: the first untrusted hop, counting from the socket's peer. */
export function clientAddressOf(request: IncomingMessage, trusted: TrustedProxies): string | null {
  if (!request.socket.remoteAddress) return null;
  return normalizeAddress(proxyAddr(request, trusted)).slice(0, 64);
}
