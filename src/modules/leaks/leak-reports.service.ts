/**
 * Leaked-key reports (DESIGN.md section 15, docs/leaked-keys.md): a key someone found in public,
 * reported by GitHub's secret scanning (`POST /leaks/github`) or by anyone (`reportLeakedKey`).
 *
 * A reported key of a live project becomes LEAKED, whatever its status (a deactivated key must not
 * be reactivated either): refused on its next request on every process, through the one
 * revocation point, with reason LEAKED. The status change and its `key.leaked` audit event (the
 * outbox of webhooks and subscriptions) commit together, once per key; every report is kept as a
 * `key_leaks` row (where it was seen), the key itself never.
 */

import type { Revocation } from '../../auth/revocation.js';
import type { Context, RequestMeta } from '../../graphql/context.js';
import type { EntityManager } from '../../shared/orm.js';
import { hashKey, parseKey } from '../api-keys/key-format.js';
import { keyRefusal } from '../api-keys/key-status.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashPersonalToken, isWellFormedPersonalToken } from '../personal-tokens/token-format.js';
import { KeyLeak, type LeakReporter } from './key-leaks.entity.js';

export interface LeakReport {
  /** The reported string; anything that is not a well-formed key is answered without any lookup. */
  token: string;
  url: string | null;
  /** Where the scanner saw it (`content`, `commit`, ...), or `report`. */
  source: string;
}

/**
 * `LIVE`: a key that worked until this report (GitHub's `true_positive`). `REFUSED`: a key that
 * exists but was already refused (deactivated, expired, leaked before). `UNKNOWN`: no such key.
 */
export type LeakVerdict = 'LIVE' | 'REFUSED' | 'UNKNOWN';

export interface LeakDependencies {
  em: EntityManager;
  revocation: Revocation;
  /** LATCHKEY_SECRET: keys are looked up by their HMAC. */
  secret: string;
  meta: RequestMeta;
}

interface KeyRow {
  id: string;
  project_id: string;
  name: string;
  preview: string;
  key_hash: string;
  status: 'ACTIVE' | 'DEACTIVATED' | 'EXPIRED' | 'LEAKED';
  expires_at: Date | null;
  grace_ends_at: Date | null;
  deleted_at: Date | null;
}

const MAX_URL = 2048;

/** A reported URL as stored: http(s) only, at most 2048 characters; anything else is dropped. */
export function cleanLeakUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL) return null;
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.href.slice(0, MAX_URL) : null;
}

const ACTOR: Record<LeakReporter, { type: 'SYSTEM'; id: null; label: string }> = {
  GITHUB: { type: 'SYSTEM', id: null, label: 'GitHub secret scanning' },
  REPORT: { type: 'SYSTEM', id: null, label: 'leak report' },
};

/**
 * Applies reports; answers one verdict per report, in order. Keys of deleted projects and deleted
 * keys are UNKNOWN (nothing to protect); well-formed keys are found in one statement.
 */
export async function applyLeakReports(
  deps: LeakDependencies,
  reporter: LeakReporter,
  reports: readonly LeakReport[],
): Promise<LeakVerdict[]> {
  // 0. personal access tokens (lk_pat_…) are revoked, the same way
  const tokenVerdicts = await applyTokenLeaks(deps, reporter, reports);
  const withTokens = (verdicts: LeakVerdict[]) => verdicts.map((verdict, index) => tokenVerdicts[index] ?? verdict);
  // 1. no I/O for strings that are not keys (format and checksum)
  const hashes = reports.map((report) => (parseKey(report.token) ? hashKey(deps.secret, report.token) : null));
  const wanted = [...new Set(hashes.filter((hash): hash is string => hash !== null))];
  if (wanted.length === 0) return withTokens(reports.map(() => 'UNKNOWN'));
  // 2. the keys, in live projects
  const rows = await deps.em.getConnection().execute<KeyRow[]>(
    `select k.id, k.project_id, k.name, k.preview, k.key_hash, k.status, k.expires_at, k.grace_ends_at, k.deleted_at
       from api_keys k join projects p on p.id = k.project_id
      where k.key_hash in (${wanted.map(() => '?').join(', ')}) and k.deleted_at is null and p.deleted_at is null`,
    wanted,
  );
  const byHash = new Map(rows.map((row) => [row.key_hash, row]));
  const now = new Date();
  const verdictOf = (row: KeyRow | undefined): LeakVerdict => {
    if (!row) return 'UNKNOWN';
    const dates = {
      expiresAt: row.expires_at && new Date(row.expires_at),
      graceEndsAt: row.grace_ends_at && new Date(row.grace_ends_at),
    };
    return keyRefusal({ status: row.status, deletedAt: null, ...dates }, now) ? 'REFUSED' : 'LIVE';
  };
  const verdicts = withTokens(hashes.map((hash) => verdictOf(hash ? byHash.get(hash) : undefined)));
  if (rows.length === 0) return verdicts;
  // 3. write between two generation bumps: every process refuses the keys from their next request
  const changing = rows.filter((row) => row.status !== 'LEAKED');
  await deps.revocation.changing(
    changing.map((row) => row.key_hash),
    () =>
      deps.em.transactional(async (em) => {
        const ctx: Pick<Context, 'caller' | 'meta' | 'em'> = { em, caller: { kind: 'anonymous' }, meta: deps.meta };
        // Conditional: of two reports racing, one marks the key and audits it.
        const marked = changing.length
          ? await em.execute<{ id: string }[]>(
              `update api_keys set status = 'LEAKED', updated_at = ?
                where id in (${changing.map(() => '?').join(', ')}) and status <> 'LEAKED' and deleted_at is null
                returning id`,
              [now, ...changing.map((row) => row.id)],
            )
          : [];
        const statusBefore = new Map(
          marked.map((row) => [row.id, changing.find((key) => key.id === row.id)?.status ?? 'ACTIVE']),
        );
        reports.forEach((report, index) => {
          const row = hashes[index] ? byHash.get(hashes[index]) : undefined;
          if (!row) return;
          em.create(KeyLeak, {
            apiKey: row.id,
            project: row.project_id,
            reporter,
            url: cleanLeakUrl(report.url),
            source: report.source.slice(0, 64) || 'unknown',
            reportedAt: now,
          });
          const before = statusBefore.get(row.id);
          if (before === undefined) return;
          statusBefore.delete(row.id);
          recordAudit(ctx, {
            projectId: row.project_id,
            action: 'key.leaked',
            targetType: 'api_key',
            targetId: row.id,
            targetLabel: row.name,
            summary: {
              before: { status: before },
              after: { status: 'LEAKED' },
              preview: row.preview,
              url: cleanLeakUrl(report.url),
              source: report.source.slice(0, 64),
              reporter: reporter === 'GITHUB' ? 'github' : 'report',
              wasLive: verdicts[index] === 'LIVE',
            },
            actor: ACTOR[reporter],
          });
        });
        await em.flush();
      }),
  );
  return verdicts;
}

interface TokenRow {
  id: string;
  name: string;
  preview: string;
  token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Personal access tokens among the reports: a live one is revoked at once on every process (through
 * the revocation point, as `revokePersonalToken` does) and audited at the instance level. One
 * verdict per report; null for a report that is no personal token.
 */
async function applyTokenLeaks(
  deps: LeakDependencies,
  reporter: LeakReporter,
  reports: readonly LeakReport[],
): Promise<(LeakVerdict | null)[]> {
  const hashes = reports.map((report) =>
    isWellFormedPersonalToken(report.token) ? hashPersonalToken(deps.secret, report.token) : null,
  );
  const wanted = [...new Set(hashes.filter((hash): hash is string => hash !== null))];
  if (wanted.length === 0) return reports.map(() => null);
  const rows = await deps.em.getConnection().execute<TokenRow[]>(
    `select id, name, preview, token_hash, expires_at, revoked_at from personal_tokens
      where token_hash in (${wanted.map(() => '?').join(', ')})`,
    wanted,
  );
  const byHash = new Map(rows.map((row) => [row.token_hash, row]));
  const now = new Date();
  const verdicts = hashes.map((hash): LeakVerdict | null => {
    if (hash === null) return null;
    const row = byHash.get(hash);
    if (!row) return 'UNKNOWN';
    return row.revoked_at || new Date(row.expires_at) <= now ? 'REFUSED' : 'LIVE';
  });
  const live = rows.filter((row) => !row.revoked_at);
  if (live.length === 0) return verdicts;
  await deps.revocation.changing(
    live.map((row) => row.token_hash),
    () =>
      deps.em.transactional(async (em) => {
        const ctx: Pick<Context, 'caller' | 'meta' | 'em'> = { em, caller: { kind: 'anonymous' }, meta: deps.meta };
        // Conditional: of two reports racing, one revokes the token and audits it.
        const revoked = await em.execute<{ id: string }[]>(
          `update personal_tokens set revoked_at = ? where id in (${live.map(() => '?').join(', ')}) and revoked_at is null
           returning id`,
          [now, ...live.map((row) => row.id)],
        );
        for (const { id } of revoked) {
          const row = live.find((candidate) => candidate.id === id) as TokenRow;
          const report = reports[hashes.indexOf(row.token_hash)] as LeakReport;
          recordAudit(ctx, {
            projectId: null,
            action: 'personal_token.revoked',
            targetType: 'personal_token',
            targetId: row.id,
            targetLabel: row.name,
            summary: {
              reason: 'leaked',
              preview: row.preview,
              url: cleanLeakUrl(report.url),
              source: report.source.slice(0, 64),
              reporter: reporter === 'GITHUB' ? 'github' : 'report',
            },
            actor: ACTOR[reporter],
          });
        }
        await em.flush();
      }),
  );
  return verdicts;
}
