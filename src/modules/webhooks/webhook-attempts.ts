/**
 * One attempt of a delivery, and what it changes (DESIGN.md section 14): a 2xx succeeds; anything
 * else (another status, a redirect, a timeout, a refused address) fails and is retried after the
 * next wait of `webhookRetryDelaysMs` (±10 % jitter), until the waits run out (FAILED). An endpoint
 * whose attempts keep failing for `webhookDisableAfterMs`, or that answers 410 Gone, is disabled
 * and the change audited.
 *
 * Idempotent: an attempt is recorded only if the delivery is still where the attempt found it
 * (same status and attempt count), so a job run twice (a stalled worker) records one attempt.
 * Receivers may still see a request twice: delivery is at least once, and `webhook-id` says so.
 */
import type { Context } from '../../graphql/context.js';
import type { Config } from '../../shared/config.js';
import type { EntityManager } from '../../shared/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import { parseWebhookUrl, resolveWebhookAddress, urlLabel, WebhookAddressError } from './webhook-address.js';
import { sendWebhook, type WebhookAttemptResult } from './webhook-sender.js';
import { openSecret, signatureHeader } from './webhook-signature.js';
import { type DeliveryStatus, WebhookDelivery, WebhookEndpoint } from './webhooks.entity.js';

export interface AttemptSettings {
  config: Pick<Config, 'secret' | 'webhooksAllowPrivate'>;
  retryDelaysMs: readonly number[];
  disableAfterMs: number;
  timeoutMs: number;
}

export interface AttemptOutcome {
  /** The delivery's status after this run; null when there was nothing to do. */
  status: DeliveryStatus | null;
  nextAttemptAt: Date | null;
}

const NOTHING: AttemptOutcome = { status: null, nextAttemptAt: null };
const SYSTEM_ACTOR = { type: 'SYSTEM', id: null, label: 'webhook worker' } as const;

/** The wait before attempt number `attempts + 1`, with ±10 % jitter; null when no attempt is left. */
export function retryDelay(delays: readonly number[], attempts: number, random = Math.random): number | null {
  const delay = delays[attempts - 1];
  return delay === undefined ? null : Math.round(delay * (0.9 + 0.2 * random()));
}

/** The secrets that sign now: the current one, and the previous one while its overlap lasts. */
function liveSecrets(endpoint: WebhookEndpoint, masterSecret: string, now: Date): string[] {
  const secrets = [openSecret(endpoint.secretSealed, masterSecret)];
  if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(openSecret(endpoint.previousSecretSealed, masterSecret));
  }
  return secrets;
}

/** Checks the address, signs and sends; a refused address is a failed attempt with its reason. */
async function attempt(
  delivery: WebhookDelivery,
  endpoint: WebhookEndpoint,
  settings: AttemptSettings,
  now: Date,
): Promise<WebhookAttemptResult> {
  const allowPrivate = settings.config.webhooksAllowPrivate;
  let url: URL;
  let address: Awaited<ReturnType<typeof resolveWebhookAddress>>;
  try {
    url = parseWebhookUrl(endpoint.url, allowPrivate);
    address = await resolveWebhookAddress(url, allowPrivate);
  } catch (error) {
    if (!(error instanceof WebhookAddressError)) throw error;
    return { status: null, durationMs: 0, error: error.message };
  }
  const timestamp = Math.floor(now.getTime() / 1000);
  const signature = signatureHeader(
    liveSecrets(endpoint, settings.config.secret, now),
    delivery.eventId,
    timestamp,
    delivery.body,
  );
  return sendWebhook({
    url,
    address,
    body: delivery.body,
    timeoutMs: settings.timeoutMs,
    headers: {
      'webhook-id': delivery.eventId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    },
  });
}

function systemContext(em: EntityManager, deliveryId: string): Pick<Context, 'caller' | 'meta' | 'em'> {
  return {
    em,
    caller: { kind: 'anonymous' },
    meta: {
      requestId: `webhook:${deliveryId}`.slice(0, 64),
      clientAddress: null,
      userAgent: 'latchkey webhook worker',
    },
  };
}

/** Runs the delivery's next attempt, if it has one to run (see the file header). */
export async function runAttempt(
  em: EntityManager,
  deliveryId: string,
  settings: AttemptSettings,
): Promise<AttemptOutcome> {
  const delivery = await em.findOne(WebhookDelivery, { id: deliveryId });
  if (!delivery || delivery.status === 'SUCCEEDED' || delivery.status === 'FAILED') return NOTHING;
  const endpoint = await em.findOne(WebhookEndpoint, { id: delivery.endpoint });
  if (!endpoint) return NOTHING;
  if (!endpoint.enabled) {
    return record(
      em,
      delivery,
      endpoint,
      { status: null, durationMs: 0, error: 'The endpoint is disabled.' },
      settings,
      new Date(),
      false,
    );
  }
  const startedAt = new Date();
  const result = await attempt(delivery, endpoint, settings, startedAt);
  return record(em, delivery, endpoint, result, settings, startedAt, true);
}

/** Records an attempt's result on the delivery and the endpoint, in one transaction. */
async function record(
  em: EntityManager,
  found: WebhookDelivery,
  endpoint: WebhookEndpoint,
  result: WebhookAttemptResult,
  settings: AttemptSettings,
  at: Date,
  attempted: boolean,
): Promise<AttemptOutcome> {
  const succeeded = result.status !== null && result.status >= 200 && result.status < 300;
  const attempts = found.attempts + (attempted ? 1 : 0);
  const delay = succeeded || !attempted ? null : retryDelay(settings.retryDelaysMs, attempts);
  const status: DeliveryStatus = succeeded ? 'SUCCEEDED' : delay === null ? 'FAILED' : 'RETRYING';
  const nextAttemptAt = delay === null ? null : new Date(at.getTime() + delay);
  return em.transactional(async (tx) => {
    // 1. the delivery, if no other run recorded this attempt first
    const changed = await tx.nativeUpdate(
      WebhookDelivery,
      { id: found.id, status: found.status, attempts: found.attempts },
      {
        status,
        attempts,
        nextAttemptAt,
        ...(attempted ? { lastAttemptAt: at, responseStatus: result.status, durationMs: result.durationMs } : {}),
        // The column holds 300 characters; a refused host name alone may take 253.
        error: succeeded ? null : (result.error ?? `The endpoint answered ${result.status}.`).slice(0, 300),
      },
    );
    if (changed === 0) return NOTHING;
    if (!attempted) return { status, nextAttemptAt };
    // 2. the endpoint's failure streak; a success ends it
    if (succeeded) {
      await tx.nativeUpdate(WebhookEndpoint, { id: endpoint.id }, { failingSince: null, consecutiveFailures: 0 });
      return { status, nextAttemptAt };
    }
    const rows = await tx.execute<{ failing_since: Date | string; enabled: boolean }[]>(
      `update webhook_endpoints set failing_since = coalesce(failing_since, ?), consecutive_failures = consecutive_failures + 1
       where id = ? returning failing_since, enabled`,
      [at, endpoint.id],
    );
    const streak = rows[0];
    // 3. disable after a sustained failure or a 410, once (only the run that flips `enabled` audits)
    const gone = result.status === 410;
    const sustained = streak && at.getTime() - new Date(streak.failing_since).getTime() >= settings.disableAfterMs;
    if (streak?.enabled && (gone || sustained)) {
      const reason = gone
        ? 'The endpoint answered 410 Gone.'
        : `Every attempt failed since ${new Date(streak.failing_since).toISOString()}.`;
      const disabled = await tx.nativeUpdate(
        WebhookEndpoint,
        { id: endpoint.id, enabled: true },
        { enabled: false, disabledReason: reason },
      );
      if (disabled > 0) {
        recordAudit(systemContext(tx, found.id), {
          projectId: endpoint.project,
          action: 'webhook.disabled',
          targetType: 'webhook_endpoint',
          targetId: endpoint.id,
          targetLabel: urlLabel(endpoint.url),
          summary: { before: { enabled: true }, after: { enabled: false }, reason },
          actor: SYSTEM_ACTOR,
        });
      }
    }
    return { status, nextAttemptAt };
  });
}
