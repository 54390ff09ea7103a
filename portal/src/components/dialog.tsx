import { type ReactNode, useEffect, useId, useRef } from 'react';
import { focusPageHeading } from '../focus';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for forms with many fields. */
  wide?: boolean;
  /**
   * Where focus goes when the dialog closes, when that is not the element that opened it (because
   * that element is about to disappear, as a deleted key's row does).
   */
  returnFocus?: () => HTMLElement | null;
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/**
 * A modal built on the native <dialog>: the browser keeps focus inside it and Escape closes it.
 * Focus moves in when it opens, and again when it turns to a new step (a form becoming its result,
 * such as a key's secret): to the element marked `data-autofocus`, else the first field or button
 * of its body. When it closes, focus returns to what opened it (the row menu's button when that was
 * a menu item), or to `returnFocus`, or to the page's heading, never to <body>.
 */
export function Dialog({ title, onClose, children, wide, returnFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    // React removes the dialog from the page rather than closing it, so focus goes back by hand.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      const target = returnFocusRef.current?.() ?? reachable(opener) ?? reachable(menuButtonOf(opener));
      if (target) target.focus();
      else focusPageHeading();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new title is a new step, whose content is rendered by now.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const body = dialog.querySelector('.dialog-body');
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
    target.focus();
  }, [title]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}

/** The element, if it is still on the page and can take focus. */
function reachable(element: HTMLElement | null | undefined): HTMLElement | null {
  return element?.isConnected && element.checkVisibility() ? element : null;
}

/** For an item of a row menu (now closed), the button that opens that menu. */
function menuButtonOf(element: HTMLElement | null): HTMLElement | null {
  return element?.closest('[data-menu]')?.querySelector<HTMLElement>('.menu-trigger') ?? null;
}

/**
 * The buttons of a dialog's form: Cancel, and the submit button, which reads `busyLabel` and
 * cannot be pressed while the form is being sent (or while `disabled`). `danger` for an action
 * that destroys or refuses something.
 */
export function FormActions({
  label,
  busyLabel,
  busy,
  onCancel,
  danger = false,
  disabled = false,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  onCancel: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        className={danger ? 'button button-danger' : 'button button-primary'}
        disabled={busy || disabled}
      >
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}

/** The one button under a secret shown once (SecretReveal): closing says it was stored. */
export function StoredAction({ onClose }: { onClose: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-primary" onClick={onClose}>
        I have stored it
      </button>
    </div>
  );
}

/** One choice of a `PeriodChoice`: a length of time in seconds and how it reads. */
export interface PeriodOption {
  seconds: number;
  label: string;
}

/**
 * A radio list of periods in a dialog's form (a rotation's grace period, a secret's overlap): the
 * chosen one takes the dialog's first focus. `allows` leaves a period unavailable (disabled);
 * `hint` is said before the options and describes the list.
 */
export function PeriodChoice({
  legend,
  name,
  options,
  value,
  onChange,
  allows = () => true,
  hint,
}: {
  legend: string;
  name: string;
  options: readonly PeriodOption[];
  value: number;
  onChange: (seconds: number) => void;
  allows?: (seconds: number) => boolean;
  hint?: ReactNode;
}) {
  const hintId = useId();
  return (
    <fieldset className="radio-list" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.seconds}>
          <input
            type="radio"
            name={name}
            disabled={!allows(option.seconds)}
            checked={value === option.seconds}
            onChange={() => onChange(option.seconds)}
            data-autofocus={value === option.seconds ? true : undefined}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
