/**
 * Admission: a presented credential and its transport in, the caller and its rate decision out,
 * or a refusal with one reason vocabulary (AuthFailureReason). The one path of every entry point:
 * HTTP requests, `verifyApiKey` (a key presented by another backend), and next WebSocket
 * `connection_init`. Credentials: API keys, sessions and personal access tokens (`lk_pat_…`).
 *
 * A key or session this process has cached (one it saw valid) costs one Redis round trip and no
 * SQL: the rate-limit script confirms its generation and counts the request together; one that
 * changed since is dropped and read again. Every other credential first passes its address's
 * budget of failed authentications (HTTP only), then is read from PostgreSQL in one statement.
 * How the cache stays exact: docs/key-cache.md.
 */
import { timingSafeEqual } from 'node:crypto';
import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import { hashKey, looksLikeKey, parseKey } from '../modules/api-keys/key-format.js';
import { findKeyByHash } from '../modules/api-keys/key-lookup.js';
import { creditPeriodOf } from '../modules/api-keys/key-restrictions.js';
import { keyRefusal, type VerificationCode } from '../modules/api-keys/key-status.js';
import {
  hashPersonalToken,
  isWellFormedPersonalToken,
  looksLikePersonalToken,
} from '../modules/personal-tokens/token-format.js';
import { findTokenByHash, tokenRefusal } from '../modules/personal-tokens/token-records.js';
import {
  type CreditOutcome,
  type CreditSpend,
  type RateLimitDecision,
  type RateLimiter,
  UNLIMITED,
} from '../modules/rate-limits/rate-limiter.js';
import { findSessionByHash, isSessionLive, type SessionRows } from '../modules/users/session-records.js';
import { hashSessionToken, isSessionToken } from '../modules/users/sessions.js';
import type { AuthFailureReason } from '../shared/errors.js';
import type { EntityManager } from '../shared/orm.js';
import type { RedisConnection } from '../shared/redis.js';
import { type Caller, keyCaller, sessionCaller, type TokenCredential, tokenCaller, tokenCredential } from './caller.js';
import { CredentialCache, type KeyCacheOptions, type KeyGenerations } from './credential-cache.js';
import { bearerTokenOf, type Credentials, sessionCookieOf } from './credentials.js';
import { KeyCredential } from './key-credential.js';
import { Revocation, type RevocationNotice } from './revocation.js';

/** How a request arrived: where from, and the database on demand (a cached credential needs none). */
export interface Transport {
  clientAddress: string | null;
  em: () => EntityManager;
  /**
   * The connection the credential came over (an HTTP keep-alive socket), when there is one: it
   * presents the same credential on every request, whose HMAC is then computed once.
   */
  connection?: object;
}

/** An address over its budget of failed authentications: 429, nothing read. */
export interface AddressRefusal {
  ok: false;
  reason: 'ADDRESS_REFUSED';
  retryAfterSeconds: number;
}

export type Admitted =
  | {
      ok: true;
      caller: Caller;
      /** A key caller's request, already counted against its limits; null for other callers. */
      decision: RateLimitDecision | null;
      /** A key caller's credits after this request, when the key has credits. */
      credits?: CreditOutcome | null;
      /**
       * The HMAC the revocation point names this credential by (revocation.ts), so a live
       * connection made with it is checked again when it changes; null for anonymous callers.
       */
      credentialHash?: string | null;
    }
  | { ok: false; reason: AuthFailureReason }
  | AddressRefusal;

export type KeyAdmission =
  | { ok: true; credential: KeyCredential; decision: RateLimitDecision; credits: CreditOutcome | null }
  | { ok: false; code: VerificationCode; reason: AuthFailureReason; key: KeyRecord | null }
  | AddressRefusal;

export interface KeyAdmissionOptions {
  em: () => EntityManager;
  /**
   * The address whose failed-authentication budget a key not confirmed from the cache must pass
   * (HTTP); leave out for a key presented by another backend (`verifyApiKey`).
   */
  budgetAddress?: string | null;
  /** Whether the caller may see this key: one it may not is NOT_FOUND and is not counted. */
  visible?: (key: KeyRecord) => boolean | Promise<boolean>;
  /** The connection the key came over, when it is the caller's own credential (Transport). */
  connection?: object;
  /**
   * The address the key is used from, checked against its `allowedCidrs` (ADDRESS_NOT_ALLOWED,
   * nothing counted); null when unknown, which a key with a list refuses.
   */
  address: string | null;
  /** Credits this use costs when the key has credits (default 1); from the credential, as a function. */
  cost?: number | ((credential: KeyCredential) => number);
  now?: Date;
}

export interface AdmissionDependencies {
  secret: string;
  limiter: RateLimiter;
  generations: KeyGenerations;
  /** The connection the limiter confirms generations on: the caches are usable only while it is. */
  connection: RedisConnection;
  cache: KeyCacheOptions;
  /** Tells the other processes about a revocation (live-bus.ts); default: nobody. */
  announce?: (notice: RevocationNotice) => Promise<unknown>;
  /** Told of each admitted use of a personal token, by its id (its `lastUsedAt`, token-uses.ts). */
  onTokenUse?: (tokenId: string) => void;
}

/** Failures that cost a lookup and tell a guesser something: unknown keys and sessions. */
const COUNTED_FAILURES = new Set<AuthFailureReason>(['NOT_FOUND', 'SESSION_EXPIRED']);

export class Admission {
  /** Keys this process saw valid, by HMAC. */
  readonly keys: CredentialCache<KeyCredential>;
  /** Sessions this process saw live, by HMAC. */
  readonly sessions: CredentialCache<SessionRows>;
  /** Personal access tokens this process saw valid, by HMAC. */
  readonly tokens: CredentialCache<TokenCredential>;
  /** Where every writer of key, session and token rows says so (revocation.ts). */
  readonly revocation: Revocation;
  private readonly secret: string;
  private readonly limiter: RateLimiter;
  /**
   * The credential each connection presented last, with its HMAC: a keep-alive connection sends
   * the same one on every request, and an HMAC costs several microseconds once the CPU's caches
   * have moved on. Held as long as the connection, like the request buffers that carried it.
   */
  private readonly lastPresented = new WeakMap<object, { token: Buffer; hash: string }>();
  private readonly generations: KeyGenerations;
  private readonly onTokenUse: (tokenId: string) => void;

  constructor(deps: AdmissionDependencies) {
    this.secret = deps.secret;
    this.onTokenUse = deps.onTokenUse ?? (() => undefined);
    this.limiter = deps.limiter;
    this.generations = deps.generations;
    this.keys = new CredentialCache<KeyCredential>(deps.generations, deps.connection, deps.cache);
    this.sessions = new CredentialCache<SessionRows>(deps.generations, deps.connection, deps.cache);
    this.tokens = new CredentialCache<TokenCredential>(deps.generations, deps.connection, deps.cache);
    this.revocation = new Revocation(deps.generations, [this.keys, this.sessions, this.tokens], deps.announce);
  }

  /**
   * Who is calling. An `Authorization: Bearer` credential that fails is refused (401 with a
   * reason); a stale session cookie is ignored, so a browser with an old cookie can still log
   * in. A request with no credential is anonymous and never touches the failure budget.
   */
  async admit(credentials: Credentials, transport: Transport): Promise<Admitted> {
    const admitted = await this.admitCredentials(credentials, transport);
    if (!admitted.ok && COUNTED_FAILURES.has(admitted.reason as AuthFailureReason)) {
      void this.limiter.recordFailure(transport.clientAddress);
    }
    return admitted;
  }

  private async admitCredentials(credentials: Credentials, transport: Transport): Promise<Admitted> {
    const { clientAddress, em } = transport;
    const token = bearerTokenOf(credentials.authorization);
    // Personal tokens first: they share the `lk_` prefix that routes the rest to the key check.
    if (token && looksLikePersonalToken(token)) return this.admitPersonalToken(token, transport);
    if (token && looksLikeKey(token)) {
      const admission = await this.admitKey(token, {
        em,
        budgetAddress: clientAddress,
        address: clientAddress,
        connection: transport.connection,
      });
      if (admission.ok) {
        const { credential, decision, credits } = admission;
        return { ok: true, caller: keyCaller(credential), decision, credits, credentialHash: credential.hash };
      }
      return admission.reason === 'ADDRESS_REFUSED' ? admission : { ok: false, reason: admission.reason };
    }
    if (token !== undefined) {
      if (token === null || !isSessionToken(token)) {
        return (await this.addressRefusal(clientAddress)) ?? { ok: false, reason: 'MALFORMED' };
      }
      const session = await this.admitSession(token, transport);
      if (session === null) return { ok: false, reason: 'SESSION_EXPIRED' };
      return 'caller' in session ? sessionAdmitted(session.caller) : session;
    }
    const cookie = sessionCookieOf(credentials.cookie);
    if (cookie === undefined) return { ok: true, caller: { kind: 'anonymous' }, decision: null };
    if (!isSessionToken(cookie)) {
      return (await this.addressRefusal(clientAddress)) ?? { ok: true, caller: { kind: 'anonymous' }, decision: null };
    }
    const session = await this.admitSession(cookie, transport);
    if (session === null) return { ok: true, caller: { kind: 'anonymous' }, decision: null };
    return 'caller' in session ? sessionAdmitted(session.caller) : session;
  }

  /**
   * The credential of a live connection read again from PostgreSQL, after the revocation point
   * said it changed (or when a key's expiry or grace end comes): its caller now, or why it is
   * refused. Counts nothing (no rate limit, no failure budget) and trusts no cache. A new kind of
   * credential adds its branch here, the way it adds one to `admit`.
   */
  async reconfirm(credentials: Credentials, transport: Transport): Promise<Admitted> {
    const now = new Date();
    const token = bearerTokenOf(credentials.authorization) ?? sessionCookieOf(credentials.cookie) ?? null;
    if (token && looksLikePersonalToken(token)) {
      if (!isWellFormedPersonalToken(token)) return { ok: false, reason: 'MALFORMED' };
      const hash = hashPersonalToken(this.secret, token);
      const rows = await findTokenByHash(transport.em(), hash);
      if (!rows) return { ok: false, reason: 'NOT_FOUND' };
      const reason = tokenRefusal(rows.token);
      if (reason) return { ok: false, reason };
      return { ok: true, caller: tokenCaller(tokenCredential(rows), hash), decision: null, credentialHash: hash };
    }
    if (token && looksLikeKey(token)) {
      if (!parseKey(token)) return { ok: false, reason: 'MALFORMED' };
      const hash = hashKey(this.secret, token);
      const rows = await findKeyByHash(transport.em(), hash);
      if (!rows) return { ok: false, reason: 'NOT_FOUND' };
      const refusal = keyRefusal(rows.key, now);
      if (refusal) return { ok: false, reason: refusal.reason };
      const credential = new KeyCredential(rows.key, rows.project, hash, rows.catalog);
      if (!credential.allowsAddress(transport.clientAddress)) return { ok: false, reason: 'ADDRESS_NOT_ALLOWED' };
      return { ok: true, caller: keyCaller(credential), decision: null, credentialHash: hash };
    }
    if (token && isSessionToken(token)) {
      const hash = hashSessionToken(this.secret, token);
      const rows = await findSessionByHash(transport.em(), hash);
      if (!rows || !isSessionLive(rows.session)) return { ok: false, reason: 'SESSION_EXPIRED' };
      return sessionAdmitted(sessionCaller(rows, hash));
    }
    return { ok: false, reason: token ? 'MALFORMED' : 'MISSING' };
  }

  /**
   * A presented key, in the verification order of DESIGN.md section 5: format and checksum (no
   * I/O) → lookup by hash → deleted/unknown → deactivated → expired → counted against its rate
   * limit. The decision may refuse (over the limit); the caller answers that.
   */
  async admitKey(token: string, options: KeyAdmissionOptions): Promise<KeyAdmission> {
    const hash = this.hashOf(token, options.connection, () => (parseKey(token) ? hashKey(this.secret, token) : null));
    let budgetChecked = options.budgetAddress === undefined;
    // A cached key whose generation moved is read again once; a second read cannot be stale.
    for (let fromCache = true; ; fromCache = false) {
      const now = options.now ?? new Date();
      const entry = hash && fromCache ? this.keys.get(hash, now.getTime()) : undefined;
      let credential: KeyCredential;
      if (entry && !keyRefusal(entry.value.key, now)) {
        credential = entry.value;
        const visible = visibleTo(options, credential.key);
        if (!(typeof visible === 'boolean' ? visible : await visible)) return hidden();
      } else {
        // Expired or past its grace since it was cached: read it again (the answer is the same).
        if (hash && entry) this.keys.delete(hash);
        if (!budgetChecked) {
          const refusal = await this.addressRefusal(options.budgetAddress ?? null);
          if (refusal) return refusal;
          budgetChecked = true;
        }
        if (!hash) return { ok: false, code: 'MALFORMED', reason: 'MALFORMED', key: null };
        const generation = await this.keys.readGeneration(hash);
        const rows = await findKeyByHash(options.em(), hash);
        if (!rows) return hidden();
        const visible = visibleTo(options, rows.key);
        if (!(typeof visible === 'boolean' ? visible : await visible)) return hidden();
        const refusal = keyRefusal(rows.key, now);
        if (refusal) return { ok: false, ...refusal, key: rows.key };
        credential = new KeyCredential(rows.key, rows.project, hash, rows.catalog);
        if (generation) this.keys.set(hash, credential, generation);
      }
      if (!credential.allowsAddress(options.address)) {
        return { ok: false, code: 'ADDRESS_NOT_ALLOWED', reason: 'ADDRESS_NOT_ALLOWED', key: credential.key };
      }
      const cost = typeof options.cost === 'function' ? options.cost(credential) : (options.cost ?? 1);
      const admission = await this.limiter.admit({
        keyId: credential.key.lineageId,
        settings: credential.limits,
        now: now.getTime(),
        credits: creditSpendOf(credential.key, cost, now.getTime()),
        generation:
          entry && credential === entry.value
            ? { key: this.generations.keyOf(credential.hash), expected: entry.generation }
            : null,
      });
      if (admission.kind === 'stale') {
        this.keys.delete(credential.hash);
        continue;
      }
      if (admission.kind !== 'decided') return { ok: true, credential, decision: UNLIMITED, credits: null };
      return { ok: true, credential, decision: admission.decision, credits: admission.credits ?? null };
    }
  }

  /** A session token: its caller, null when unknown or over, or the address's refusal. */
  private async admitSession(
    token: string,
    { clientAddress, em, connection }: Transport,
  ): Promise<{ caller: Caller } | AddressRefusal | null> {
    const hash = this.hashOf(token, connection, () => hashSessionToken(this.secret, token)) as string;
    const entry = this.sessions.get(hash);
    if (entry && isSessionLive(entry.value.session)) {
      const generation = { key: this.generations.keyOf(hash), expected: entry.generation };
      const confirmed = await this.limiter.admit({ keyId: null, settings: null, now: Date.now(), generation });
      if (confirmed.kind === 'decided') return { caller: sessionCaller(entry.value, hash) };
    }
    if (entry) this.sessions.delete(hash);
    const refusal = await this.addressRefusal(clientAddress);
    if (refusal) return refusal;
    const generation = await this.sessions.readGeneration(hash);
    const rows = await findSessionByHash(em(), hash);
    if (!rows || !isSessionLive(rows.session)) return null;
    if (generation) this.sessions.set(hash, rows, generation);
    return { caller: sessionCaller(rows, hash) };
  }

  /**
   * A personal access token: format and checksum (no I/O) → cached and confirmed by its
   * generation in one Redis round trip, or the address's failure budget then one statement →
   * unknown (NOT_FOUND) → revoked (TOKEN_REVOKED) → expired (TOKEN_EXPIRED). Tokens are not
   * metered or rate limited per token; like sessions they act as their user.
   */
  private async admitPersonalToken(token: string, { clientAddress, em, connection }: Transport): Promise<Admitted> {
    const hash = this.hashOf(token, connection, () =>
      isWellFormedPersonalToken(token) ? hashPersonalToken(this.secret, token) : null,
    );
    if (hash === null) return (await this.addressRefusal(clientAddress)) ?? { ok: false, reason: 'MALFORMED' };
    const entry = this.tokens.get(hash);
    if (entry && !tokenRefusal(entry.value.token)) {
      const generation = { key: this.generations.keyOf(hash), expected: entry.generation };
      const confirmed = await this.limiter.admit({ keyId: null, settings: null, now: Date.now(), generation });
      if (confirmed.kind === 'decided') {
        this.onTokenUse(entry.value.token.id);
        return { ok: true, caller: tokenCaller(entry.value, hash), decision: null, credentialHash: hash };
      }
    }
    if (entry) this.tokens.delete(hash);
    const refusal = await this.addressRefusal(clientAddress);
    if (refusal) return refusal;
    const generation = await this.tokens.readGeneration(hash);
    const rows = await findTokenByHash(em(), hash);
    if (!rows) return { ok: false, reason: 'NOT_FOUND' };
    const reason = tokenRefusal(rows.token);
    if (reason) return { ok: false, reason };
    const credential = tokenCredential(rows);
    if (generation) this.tokens.set(hash, credential, generation);
    this.onTokenUse(rows.token.id);
    return { ok: true, caller: tokenCaller(credential, hash), decision: null, credentialHash: hash };
  }

  /**
   * The HMAC of `token` (`compute`: null for a malformed one), from the connection's last
   * credential when it is the same string: a token's form decides its kind and its hash. Compared
   * in constant time: a proxy's pooled connection carries different clients' credentials in turn.
   */
  private hashOf(token: string, connection: object | undefined, compute: () => string | null): string | null {
    const last = connection ? this.lastPresented.get(connection) : undefined;
    const bytes = connection ? Buffer.from(token, 'utf8') : null;
    if (last && bytes && last.token.length === bytes.length && timingSafeEqual(last.token, bytes)) return last.hash;
    const hash = compute();
    if (connection && bytes && hash !== null) this.lastPresented.set(connection, { token: bytes, hash });
    return hash;
  }

  /** 429 for an address over its budget of failed authentications. */
  private async addressRefusal(clientAddress: string | null): Promise<AddressRefusal | null> {
    if (!clientAddress) return null;
    const admission = await this.limiter.admit({
      keyId: null,
      settings: null,
      now: Date.now(),
      address: clientAddress,
    });
    return admission.kind === 'address-refused'
      ? { ok: false, reason: 'ADDRESS_REFUSED', retryAfterSeconds: admission.retryAfterSeconds }
      : null;
  }

  /** A key's credits now, live across processes; null for a key without credits. */
  async creditsOf(key: KeyRecord, now = Date.now()): Promise<number | null> {
    const spend = creditSpendOf(key, 0, now);
    return spend ? this.limiter.peekCredits(spend) : null;
  }

  close(): void {
    this.generations.close();
  }
}

/** What a use of `key` spends, when it has credits: its count is shared by its rotation lineage. */
export function creditSpendOf(key: KeyRecord, cost: number, now: number): CreditSpend | null {
  if (key.creditsRemaining == null) return null;
  const period = creditPeriodOf(key.creditsRefillInterval, now);
  const refillAmount = key.creditsRefillAmount ?? 0;
  // The persisted count belongs to its period; a later period starts from the refill.
  const initial = period !== '' && key.creditsPeriod !== period ? refillAmount : key.creditsRemaining;
  return { id: `${key.lineageId}:${key.creditsVersion}`, cost, initial, period, refillAmount };
}

function sessionAdmitted(caller: Caller): Admitted {
  return { ok: true, caller, decision: null, credentialHash: caller.kind === 'user' ? caller.sessionHash : null };
}

/** Whether the caller may see `key` (`options.visible`); a promise only when the answer needs a read. */
function visibleTo(options: KeyAdmissionOptions, key: KeyRecord): boolean | Promise<boolean> {
  return options.visible ? options.visible(key) : true;
}

function hidden(): KeyAdmission {
  return { ok: false, code: 'NOT_FOUND', reason: 'NOT_FOUND', key: null };
}
