import { type ReactNode, type RefObject, useId, useRef, useState } from 'react';

/** Copies `text`; when the clipboard is not available, selects the field so Ctrl+C works. */
export function CopyButton({
  text,
  target,
  label,
}: {
  text: string;
  target?: RefObject<HTMLInputElement | null>;
  /** The button's accessible name when "Copy" alone would be ambiguous (several on a page). */
  label?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      target?.current?.select();
      setState('select');
    }
  };
  return (
    <button
      type="button"
      className="button"
      onClick={copy}
      aria-live="polite"
      aria-label={state === 'idle' ? label : undefined}
    >
      {state === 'copied' ? 'Copied' : state === 'select' ? 'Selected: press Ctrl+C' : 'Copy'}
    </button>
  );
}

const KEY_WARNING = (
  <>
    <strong>Copy this key now.</strong> It is shown only this once: Latchkey stores only a hash of it and cannot show it
    again. Keep it in a secret manager, never in source code.
  </>
);

/**
 * A secret shown exactly once, after it is created or rotated (an API key by default, whose
 * server keeps only a hash): this is the person's only chance to store it.
 */
export function SecretReveal({
  secret,
  label = 'Your new API key',
  warning = KEY_WARNING,
}: {
  secret: string;
  label?: string;
  /** What the person must know about this secret; the default is an API key's. */
  warning?: ReactNode;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="secret">
      <div className="notice notice-warning" role="note">
        {warning}
      </div>
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input
          id={id}
          ref={inputRef}
          className="secret-value"
          readOnly
          value={secret}
          spellCheck={false}
          data-testid="secret-value"
          data-autofocus
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={secret} target={inputRef} />
      </div>
    </div>
  );
}
