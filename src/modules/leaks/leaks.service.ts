import type { Context } from '../../graphql/context.js';
import { badUserInput, rateLimited } from '../../shared/errors.js';
import { ApiKey } from '../api-keys/api-keys.entity.js';
import { confinedEnvironment } from '../api-keys/api-keys.service.js';
import { KeyLeak } from './key-leaks.entity.js';
import { applyLeakReports, cleanLeakUrl } from './leak-reports.service.js';

export interface ReportLeakedKeyInput {
  key: string;
  url?: string | null;
}

/** Longest string accepted as a reported key (a key is 46 characters; more is not a key). */
const MAX_REPORTED_KEY = 256;

/**
 * `reportLeakedKey`: anyone, no credential. Limited per client address and per reported string
 * (the leak-report throttle), and answered the same whether the string was a live key, a refused
 * one or nothing: a report confirms nothing to a guesser.
 */
export async function reportLeakedKey(ctx: Context, input: ReportLeakedKeyInput): Promise<{ received: boolean }> {
  // 1. validate
  if (typeof input.key !== 'string' || input.key.length === 0 || input.key.length > MAX_REPORTED_KEY) {
    throw badUserInput('key', `key must be 1 to ${MAX_REPORTED_KEY} characters.`);
  }
  const url = input.url == null || input.url === '' ? null : cleanLeakUrl(input.url.trim());
  if (input.url != null && input.url !== '' && url === null) {
    throw badUserInput('url', 'url must be an http or https URL of at most 2048 characters.');
  }
  // 2. limit: every report counts, whatever it held
  if (ctx.leakReportThrottle) {
    const attempt = await ctx.leakReportThrottle.attempt(input.key.trim(), ctx.meta.clientAddress);
    if (!attempt.allowed) throw rateLimited(attempt.retryAfterSeconds);
  }
  // 3. apply (status, report row, audit, revocation)
  await applyLeakReports(
    { em: ctx.em, revocation: ctx.revocation, secret: ctx.config.secret, meta: ctx.meta },
    'REPORT',
    [{ token: input.key.trim(), url, source: 'report' }],
  );
  return { received: true };
}

/** Reports of a key, newest first (the caller was checked by the field's rule). */
export function listKeyLeaks(ctx: Context, apiKeyId: string): Promise<KeyLeak[]> {
  return ctx.em.find(KeyLeak, { apiKey: apiKeyId }, { orderBy: { reportedAt: 'desc', id: 'desc' }, limit: 50 });
}

/**
 * The project's LEAKED keys still to handle (not deleted, not rotated away yet), most recently
 * changed first; a TEST key sees TEST keys only.
 */
export function listLeakedKeys(ctx: Context, projectId: string): Promise<ApiKey[]> {
  const confined = confinedEnvironment(ctx);
  return ctx.em.find(
    ApiKey,
    {
      project: projectId,
      status: 'LEAKED',
      deletedAt: null,
      rotatedAt: null,
      ...(confined ? { environment: confined } : {}),
    },
    { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: 100 },
  );
}
