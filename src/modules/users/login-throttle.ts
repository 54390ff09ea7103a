/**
 * `logIn`'s brute-force limits (DESIGN.md section 6): 10 failures per account per 15 minutes and
 * 30 failures per client address per minute, counted in Redis so every API process shares them.
 * A window opens with its first failure; once a budget is spent, attempts are refused with
 * RATE_LIMITED until the window ends, whatever the password.
 *
 * Each attempt reserves one failure of both budgets before the password is checked, atomically,
 * so parallel guesses cannot overshoot a budget; a successful login gives its reservation back
 * (it does not count as a failure). The account counter is keyed by a hash of the normalised
 * email, known or not, so the answer is the same for unknown accounts.
 *
 * The counters live on the rate limiter's Redis connection and under its prefix
 * (src/modules/usage/metering.ts); while Redis is unavailable they are held in this process.
 */
import { createHash } from 'node:crypto';
import { type Logger, throttledWarning } from '../../shared/logger.js';
import type { RedisConnection } from '../../shared/redis.js';
import { MemoryCounters } from '../rate-limits/rate-limiter.js';

export interface LoginLimits {
  failuresPerAccount: number;
  accountWindowMs: number;
  failuresPerAddress: number;
  addressWindowMs: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  failuresPerAccount: 10,
  accountWindowMs: 15 * 60_000,
  failuresPerAddress: 30,
  addressWindowMs: 60_000,
};

/** One login attempt: refused, or counted as a failure unless `succeeded` is called. */
export type LoginAttempt =
  | { allowed: false; retryAfterSeconds: number }
  | { allowed: true; succeeded(): Promise<void> };

export interface LoginThrottle {
  /** Reserves one failure of `email`'s and `address`'s budgets, or refuses when either is spent. */
  attempt(email: string, address: string | null): Promise<LoginAttempt>;
}

/**
 * KEYS: 1 the account's failures, 2 the address's failures. ARGV: 1 account budget, 2 account
 * window (ms), 3 address budget (0: no address), 4 address window (ms). Returns 0 when reserved,
 * else the milliseconds until the spent window ends.
 */
const ATTEMPT_SCRIPT = `
local function spent(key, budget, window)
  if tonumber(redis.call('GET', key) or '0') < budget then return 0 end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then redis.call('PEXPIRE', key, window) ttl = window end
  return ttl
end
local function reserve(key, window)
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, window) end
end
local accountBudget, accountWindow = tonumber(ARGV[1]), tonumber(ARGV[2])
local addressBudget, addressWindow = tonumber(ARGV[3]), tonumber(ARGV[4])
local wait = spent(KEYS[1], accountBudget, accountWindow)
if addressBudget > 0 then wait = math.max(wait, spent(KEYS[2], addressBudget, addressWindow)) end
if wait > 0 then return wait end
reserve(KEYS[1], accountWindow)
if addressBudget > 0 then reserve(KEYS[2], addressWindow) end
return 0
`;

/** Gives a reservation back: decrements each counter that still holds it (an ended window holds nothing). */
const RELEASE_SCRIPT = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0
`;

interface ThrottleCommands {
  latchkeyLoginAttempt(...args: (string | number)[]): Promise<number>;
  latchkeyLoginRelease(...keys: string[]): Promise<number>;
}

function secondsOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export class RedisLoginThrottle implements LoginThrottle {
  private readonly memory = new MemoryCounters();

  /** `redis` and `prefix` are the rate limiter's (metering.ts): no connection of its own. */
  private readonly unavailable: (fields: Record<string, unknown>) => void;

  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    logger: Logger,
    private readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {
    this.unavailable = throttledWarning(
      logger,
      'login throttle: Redis unavailable, login limits are enforced per process until it is back',
    );
    redis.defineCommand('latchkeyLoginAttempt', { numberOfKeys: 2, lua: ATTEMPT_SCRIPT });
    redis.defineCommand('latchkeyLoginRelease', { numberOfKeys: 2, lua: RELEASE_SCRIPT });
  }

  private keysOf(email: string, address: string | null): [string, string] {
    const account = createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('base64url');
    return [`${this.prefix}:login:account:${account}`, `${this.prefix}:login:address:${address ?? '-'}`];
  }

  async attempt(email: string, address: string | null): Promise<LoginAttempt> {
    const keys = this.keysOf(email, address);
    const { failuresPerAccount, accountWindowMs, failuresPerAddress, addressWindowMs } = this.limits;
    const addressBudget = address ? failuresPerAddress : 0;
    if (this.redis.status === 'ready') {
      try {
        const commands = this.redis as unknown as ThrottleCommands;
        const wait = await commands.latchkeyLoginAttempt(
          ...keys,
          failuresPerAccount,
          accountWindowMs,
          addressBudget,
          addressWindowMs,
        );
        if (wait > 0) return { allowed: false, retryAfterSeconds: secondsOf(wait) };
        return {
          allowed: true,
          succeeded: async () => {
            await commands.latchkeyLoginRelease(...keys).catch((error: unknown) => this.warn(error));
          },
        };
      } catch (error) {
        this.warn(error);
      }
    } else {
      this.warn(null);
    }
    return this.attemptInMemory(keys, addressBudget);
  }

  /** `ATTEMPT_SCRIPT` on this process's counters. */
  private attemptInMemory([accountKey, addressKey]: [string, string], addressBudget: number): LoginAttempt {
    const now = Date.now();
    const { failuresPerAccount, accountWindowMs, addressWindowMs } = this.limits;
    const account = this.memory.get(accountKey, now);
    const addressUsed = addressBudget > 0 ? this.memory.get(addressKey, now) : null;
    let wait = account.count >= failuresPerAccount ? account.ttlMs : 0;
    if (addressUsed && addressUsed.count >= addressBudget) wait = Math.max(wait, addressUsed.ttlMs);
    if (wait > 0) return { allowed: false, retryAfterSeconds: secondsOf(wait) };
    this.memory.hit(accountKey, accountWindowMs, now);
    if (addressBudget > 0) this.memory.hit(addressKey, addressWindowMs, now);
    return {
      allowed: true,
      succeeded: async () => {
        const at = Date.now();
        if (this.memory.get(accountKey, at).count > 0) this.memory.decrement(accountKey, at);
        if (addressBudget > 0 && this.memory.get(addressKey, at).count > 0) this.memory.decrement(addressKey, at);
      },
    };
  }

  /** Warns (at most every 10 s) that limits are held per process because Redis is unavailable. */
  private warn(error: unknown): void {
    this.unavailable({ redisStatus: this.redis.status, err: error ?? undefined });
  }
}
