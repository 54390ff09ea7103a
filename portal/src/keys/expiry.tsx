import { useId } from 'react';

export type ExpiryChoice = 'keep' | 'never' | '30' | '60' | '90' | 'date';

export interface ExpiryValue {
  choice: ExpiryChoice;
  /** yyyy-mm-dd, for choice `date`. */
  date: string;
}

const DAY_MS = 24 * 3600 * 1000;

function isoDay(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * The expiry to send: an ISO date-time, null for never, or undefined to leave it as it is.
 * A chosen date means "until the end of that day", in the person's own time zone.
 */
export function expiresAtOf(value: ExpiryValue, now = Date.now()): string | null | undefined {
  switch (value.choice) {
    case 'keep':
      return undefined;
    case 'never':
      return null;
    case 'date': {
      if (!value.date) return undefined;
      const [year, month, day] = value.date.split('-').map(Number) as [number, number, number];
      return new Date(year, month - 1, day, 23, 59, 59).toISOString();
    }
    default:
      return new Date(now + Number(value.choice) * DAY_MS).toISOString();
  }
}

export function ExpiryPicker({
  value,
  onChange,
  allowKeep,
}: {
  value: ExpiryValue;
  onChange: (value: ExpiryValue) => void;
  allowKeep?: string;
}) {
  const dateId = useId();
  const tomorrow = isoDay(new Date(Date.now() + DAY_MS));
  return (
    <fieldset className="expiry">
      <legend>Expiry</legend>
      <select
        aria-label="Expiry"
        value={value.choice}
        onChange={(event) => onChange({ ...value, choice: event.target.value as ExpiryChoice })}
      >
        {allowKeep !== undefined && <option value="keep">Keep the current expiry ({allowKeep})</option>}
        <option value="never">Never expires</option>
        <option value="30">In 30 days</option>
        <option value="60">In 60 days</option>
        <option value="90">In 90 days</option>
        <option value="date">On a date…</option>
      </select>
      {value.choice === 'date' && (
        <label htmlFor={dateId} className="inline-label">
          Expires at the end of
          <input
            id={dateId}
            type="date"
            required
            min={tomorrow}
            value={value.date}
            onChange={(event) => onChange({ ...value, date: event.target.value })}
          />
        </label>
      )}
    </fieldset>
  );
}
