import { useId, useRef, useState } from 'react';
import {
  type CreditRefillInterval,
  type CreditsForm,
  type CreditsValue,
  externalIdProblem,
  MAX_CIDRS,
  MAX_META_BYTES,
  metaBytes,
  parseCidrList,
  parseCredits,
  parseMeta,
} from './restrictions';

export interface RestrictionsInitial {
  externalId: string;
  meta: string;
  cidrs: string;
  credits: CreditsForm;
}

export const NO_RESTRICTIONS: RestrictionsInitial = {
  externalId: '',
  meta: '',
  cidrs: '',
  credits: { enabled: false, remaining: '', refill: '', refillAmount: '' },
};

export interface RestrictionsValue {
  externalId: string | null;
  meta: Record<string, unknown> | null;
  allowedCidrs: string[];
  credits: CreditsValue | null;
}

type Problems = Partial<Record<'externalId' | 'meta' | 'cidrs' | 'remaining' | 'refillAmount', string>>;

/**
 * The state of the key dialogs' restriction fields: external id, metadata, allowed addresses and
 * credits. `validate()` checks them all, shows each problem beside its field, moves focus to the
 * first field in error and returns the values to send, or null.
 */
export function useRestrictions(initial: RestrictionsInitial) {
  const [externalId, setExternalId] = useState(initial.externalId);
  const [meta, setMeta] = useState(initial.meta);
  const [cidrs, setCidrs] = useState(initial.cidrs);
  const [credits, setCredits] = useState<CreditsForm>(initial.credits);
  const [problems, setProblems] = useState<Problems>({});
  const containerRef = useRef<HTMLDivElement>(null);

  const check = (): { value: RestrictionsValue | null; problems: Problems } => {
    const found: Problems = {};
    const idProblem = externalIdProblem(externalId);
    if (idProblem) found.externalId = idProblem;
    const parsedMeta = parseMeta(meta);
    if ('problem' in parsedMeta) found.meta = parsedMeta.problem;
    const parsedCidrs = parseCidrList(cidrs);
    if (parsedCidrs.problems.length > 0) {
      found.cidrs = parsedCidrs.problems
        .map((problem) => (problem.line > 0 ? `Line ${problem.line}: ${problem.message}` : problem.message))
        .join(' ');
    }
    const parsedCredits = parseCredits(credits);
    if ('problems' in parsedCredits) Object.assign(found, parsedCredits.problems);
    if (Object.keys(found).length > 0 || 'problem' in parsedMeta || 'problems' in parsedCredits) {
      return { value: null, problems: found };
    }
    return {
      value: {
        externalId: externalId.trim() || null,
        meta: parsedMeta.meta,
        allowedCidrs: parsedCidrs.cidrs,
        credits: parsedCredits.credits,
      },
      problems: found,
    };
  };

  return {
    externalId,
    setExternalId,
    meta,
    setMeta,
    cidrs,
    setCidrs,
    credits,
    setCredits,
    problems,
    containerRef,
    /**
     * Re-checks a field in error when it loses focus, so a corrected field loses its message
     * without submitting. New messages wait for the submit: one appearing on blur would shift the
     * form under the pointer that is clicking elsewhere.
     */
    recheck(field: keyof Problems) {
      if (!problems[field]) return;
      const current = check().problems;
      setProblems((previous) => ({ ...previous, [field]: current[field] }));
    },
    validate(): RestrictionsValue | null {
      const result = check();
      setProblems(result.problems);
      if (!result.value) {
        // After React has drawn the messages: focus the first field in error.
        requestAnimationFrame(() => containerRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      }
      return result.value;
    },
  };
}

export type Restrictions = ReturnType<typeof useRestrictions>;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/** The fields themselves, with their hints and inline errors (each tied to its field for screen readers). */
export function RestrictionFields({ restrictions }: { restrictions: Restrictions }) {
  const id = useId();
  const ids = (name: string) => ({ hint: `${id}-${name}-hint`, error: `${id}-${name}-error` });
  const { problems } = restrictions;
  const describedBy = (name: keyof Problems) =>
    [ids(name).hint, problems[name] ? ids(name).error : null].filter(Boolean).join(' ');
  const metaSize = (() => {
    const parsed = parseMeta(restrictions.meta);
    return 'meta' in parsed && parsed.meta ? metaBytes(parsed.meta) : null;
  })();
  const { credits, setCredits } = restrictions;

  return (
    <div className="restrictions" ref={restrictions.containerRef}>
      <fieldset>
        <legend>Who it belongs to</legend>
        <div className="form">
          <label>
            <span>
              External id <span className="muted">(optional)</span>
            </span>
            <input
              name="externalId"
              maxLength={300}
              value={restrictions.externalId}
              onChange={(event) => restrictions.setExternalId(event.target.value)}
              onBlur={() => restrictions.recheck('externalId')}
              aria-invalid={problems.externalId ? true : undefined}
              aria-describedby={describedBy('externalId')}
              spellCheck={false}
            />
          </label>
          <p id={ids('externalId').hint} className="hint">
            Your own id of the customer or tenant, such as <code>tenant_42</code>; verifyApiKey returns it, and the keys
            list filters by it.
          </p>
          <FieldError id={ids('externalId').error} message={problems.externalId} />
          <label>
            <span>
              Metadata <span className="muted">(optional JSON object)</span>
            </span>
            <textarea
              name="meta"
              rows={3}
              className="code-input"
              placeholder='{"plan": "pro", "region": "eu"}'
              value={restrictions.meta}
              onChange={(event) => restrictions.setMeta(event.target.value)}
              onBlur={() => restrictions.recheck('meta')}
              aria-invalid={problems.meta ? true : undefined}
              aria-describedby={describedBy('meta')}
              spellCheck={false}
            />
          </label>
          <p id={ids('meta').hint} className="hint">
            Returned by verifyApiKey, so your backend knows who is calling without a lookup. At most{' '}
            {MAX_META_BYTES.toLocaleString('en')} bytes
            {metaSize !== null && ` (now ${metaSize.toLocaleString('en')})`}.
          </p>
          <FieldError id={ids('meta').error} message={problems.meta} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Credits</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            name="creditsEnabled"
            checked={credits.enabled}
            onChange={(event) => setCredits({ ...credits, enabled: event.target.checked })}
          />
          Limit the key to a number of uses
        </label>
        <p id={ids('remaining').hint} className="hint">
          Each verification or request spends its cost (1 by default); at 0 the key is refused with USAGE_EXCEEDED until
          it is refilled.
        </p>
        {credits.enabled && (
          <div className="field-row">
            <label>
              Credits
              <input
                name="creditsRemaining"
                inputMode="numeric"
                value={credits.remaining}
                onChange={(event) => setCredits({ ...credits, remaining: event.target.value })}
                onBlur={() => restrictions.recheck('remaining')}
                aria-invalid={problems.remaining ? true : undefined}
                aria-describedby={describedBy('remaining')}
              />
            </label>
            <label>
              Refill
              <select
                name="creditsRefill"
                value={credits.refill}
                onChange={(event) =>
                  setCredits({ ...credits, refill: event.target.value as '' | CreditRefillInterval })
                }
              >
                <option value="">Never</option>
                <option value="DAY">Every day (00:00 UTC)</option>
                <option value="MONTH">Every month (the 1st, 00:00 UTC)</option>
              </select>
            </label>
            {credits.refill && (
              <label>
                Refill to
                <input
                  name="creditsRefillAmount"
                  inputMode="numeric"
                  placeholder={credits.remaining}
                  value={credits.refillAmount}
                  onChange={(event) => setCredits({ ...credits, refillAmount: event.target.value })}
                  onBlur={() => restrictions.recheck('refillAmount')}
                  aria-invalid={problems.refillAmount ? true : undefined}
                  aria-describedby={problems.refillAmount ? ids('refillAmount').error : undefined}
                />
              </label>
            )}
          </div>
        )}
        <FieldError id={ids('remaining').error} message={problems.remaining} />
        <FieldError id={ids('refillAmount').error} message={problems.refillAmount} />
      </fieldset>

      <label>
        <span>
          Allowed addresses <span className="muted">(optional)</span>
        </span>
        <textarea
          name="allowedCidrs"
          rows={2}
          className="code-input"
          placeholder={'203.0.113.0/24\n2001:db8::/32'}
          value={restrictions.cidrs}
          onChange={(event) => restrictions.setCidrs(event.target.value)}
          onBlur={() => restrictions.recheck('cidrs')}
          aria-invalid={problems.cidrs ? true : undefined}
          aria-describedby={describedBy('cidrs')}
          spellCheck={false}
        />
      </label>
      <p id={ids('cidrs').hint} className="hint">
        IPv4 or IPv6 addresses or ranges (CIDR), one per line, at most {MAX_CIDRS}. Empty: usable from anywhere.
        Otherwise requests from other addresses are refused, and verifyApiKey needs the caller’s clientAddress.
      </p>
      <FieldError id={ids('cidrs').error} message={problems.cidrs} />
    </div>
  );
}
