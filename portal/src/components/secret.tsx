import { type RefObject, useId, useRef, useState } from 'react';

/** Copies `text`; when the clipboard is not available, selects the field so Ctrl+C works. */
export function CopyButton({ text, target }: { text: string; target?: RefObject<HTMLInputElement | null> }) {
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
    <button type="button" className="button" onClick={copy} aria-live="polite">
      {state === 'copied' ? 'Copied' : state === 'select' ? 'Selected: press Ctrl+C' : 'Copy'}
    </button>
  );
}

/**
 * A key's full secret, shown exactly once after it is created or rotated. The server keeps only a
 * hash, so this is the person's only chance to store it.
 */
export function SecretReveal({ secret, label = 'Your new API key' }: { secret: string; label?: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="secret">
      <div className="notice notice-warning" role="note">
        <strong>Copy this key now.</strong> It is shown only this once: Latchkey stores only a hash of it and cannot
        show it again. Keep it in a secret manager, never in source code.
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
