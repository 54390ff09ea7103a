/**
 * GitHub's secret-scanning partner format (docs/leaked-keys.md): a JSON array of
 * `{token, type, url, source}`, signed with ECDSA P-256 over SHA-256 of the raw body; the
 * signature (base64 DER) comes in `Github-Public-Key-Signature`, the key that made it is named by
 * `Github-Public-Key-Identifier` and must be one of `LATCHKEY_GITHUB_SCANNING_KEYS` (`GithubKeys`).
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { Logger } from '../../shared/logger.js';
import type { LeakReport, LeakVerdict } from './leak-reports.service.js';

/** At most this many matches per message; GitHub batches a few. */
export const MAX_GITHUB_MATCHES = 1000;

export type GithubRefusal = { status: 400 | 401; message: string };

/** The configured keys, parsed once (config.ts has checked each). */
export function githubKeysOf(keys: ReadonlyMap<string, string>): ReadonlyMap<string, KeyObject> {
  return new Map([...keys].map(([identifier, pem]) => [identifier, createPublicKey(pem)]));
}

/** The keys file is read again for an identifier it does not hold at most this often. */
export const GITHUB_KEYS_REREAD_MS = 60_000;

export interface GithubKeysFile {
  path: string;
  /** The file's keys by identifier (PEM), or what is wrong with it (config.ts `readGithubScanningKeys`). */
  read: (path: string) => ReadonlyMap<string, string> | string;
}

/**
 * GitHub's public keys as the endpoint knows them. GitHub rotates them now and then, publishing the
 * new key before it signs with it: a message that names a key the endpoint does not hold has the
 * file read again first (at most once a minute, so unknown identifiers cannot make it read the
 * file on every request). A file that has become unreadable or malformed leaves the keys as they
 * were, with a warning.
 */
export class GithubKeys {
  private keys: ReadonlyMap<string, KeyObject>;
  /** When the file was last read again (the first unknown identifier is always looked up). */
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    initial: ReadonlyMap<string, string>,
    private readonly file: GithubKeysFile | null,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
    private readonly now: () => number = Date.now,
  ) {
    this.keys = githubKeysOf(initial);
  }

  /** The key `identifier` names, reading the file again first when it is not known (see above). */
  keyOf(identifier: string): KeyObject | undefined {
    const known = this.keys.get(identifier);
    if (known || !this.file) return known;
    const now = this.now();
    if (now - this.readAt < GITHUB_KEYS_REREAD_MS) return undefined;
    this.readAt = now;
    const read = this.file.read(this.file.path);
    if (typeof read === 'string') {
      this.logger.warn(
        { file: this.file.path, problem: read },
        'GitHub secret-scanning keys: the file could not be read again; the keys read before stay in use',
      );
      return undefined;
    }
    this.keys = githubKeysOf(read);
    this.logger.info({ file: this.file.path, keys: read.size }, 'GitHub secret-scanning keys read again');
    return this.keys.get(identifier);
  }
}

/**
 * Whether `body` was signed by the key `identifier` names. An unknown identifier, a missing or
 * malformed signature, or one that does not match: a refusal, before the body is even parsed.
 */
export function checkGithubSignature(
  keys: Pick<GithubKeys, 'keyOf'>,
  identifier: string | undefined,
  signature: string | undefined,
  body: string,
): GithubRefusal | null {
  if (!identifier || !signature) {
    return { status: 401, message: 'Github-Public-Key-Identifier and Github-Public-Key-Signature are required.' };
  }
  const key = keys.keyOf(identifier);
  if (!key) return { status: 401, message: 'Unknown Github-Public-Key-Identifier.' };
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature) || signature.length > 200) {
    return { status: 401, message: 'The signature does not match the body.' };
  }
  let valid = false;
  try {
    valid = verify('sha256', Buffer.from(body, 'utf8'), { key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? null : { status: 401, message: 'The signature does not match the body.' };
}

export interface GithubMatch {
  token: string;
  type: string;
  url: string | null;
  source: string;
}

/** The signed body's matches; a body that is not an array of matches is a 400. */
export function parseGithubMatches(body: string): GithubMatch[] | GithubRefusal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, message: 'The body is not JSON.' };
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_GITHUB_MATCHES) {
    return { status: 400, message: `The body must be a JSON array of 1 to ${MAX_GITHUB_MATCHES} matches.` };
  }
  const matches: GithubMatch[] = [];
  for (const entry of parsed as Record<string, unknown>[]) {
    if (
      typeof entry !== 'object' ||
      entry === null ||
      typeof entry.token !== 'string' ||
      typeof entry.type !== 'string'
    ) {
      return { status: 400, message: 'Every match needs a "token" and a "type" string.' };
    }
    matches.push({
      token: entry.token,
      type: entry.type,
      url: typeof entry.url === 'string' ? entry.url : null,
      source: typeof entry.source === 'string' ? entry.source : 'unknown',
    });
  }
  return matches;
}

export function reportsOf(matches: readonly GithubMatch[]): LeakReport[] {
  return matches.map((match) => ({ token: match.token, url: match.url, source: match.source }));
}

/** GitHub's feedback format: `true_positive` for a key that worked until now, else `false_positive`. */
export function githubAnswer(matches: readonly GithubMatch[], verdicts: readonly LeakVerdict[]) {
  return matches.map((match, index) => ({
    token_raw: match.token,
    token_type: match.type,
    label: verdicts[index] === 'LIVE' ? 'true_positive' : 'false_positive',
  }));
}
