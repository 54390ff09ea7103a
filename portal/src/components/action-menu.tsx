import {
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

/**
 * A button that opens a small list of actions in a popover: the browser draws it in the top layer,
 * above every scroll box and table edge, and closes it on Escape or a click elsewhere (focus then
 * returns to the button). Opening it moves focus to its first action; the arrow keys, Home and End
 * move between actions; tabbing out of it closes it. `panelRef` lets the owner close it
 * (`hidePopover()`) before opening a dialog.
 */
export function ActionMenu({
  label,
  children,
  panelRef,
}: {
  /** What the actions are for, e.g. the key's name: the button reads "Actions for …". */
  label: string;
  children: ReactNode;
  panelRef: RefObject<HTMLDivElement | null>;
}) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  /** Under the button, right-aligned; above it when there is no room below; always on screen. */
  const place = useCallback(() => {
    const button = trigger.current;
    const panel = panelRef.current;
    if (!button || !panel) return;
    const anchor = button.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = panel;
    const roomBelow = anchor.bottom + 4 + height <= window.innerHeight - 4;
    const top = roomBelow ? anchor.bottom + 4 : Math.max(4, anchor.top - 4 - height);
    const left = Math.min(Math.max(4, anchor.right - width), window.innerWidth - width - 4);
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(left)}px`;
  }, [panelRef]);

  useEffect(() => {
    if (!open) return;
    place();
    panelRef.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place, panelRef]);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(panelRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next: Record<string, number> = {
      ArrowDown: (current + 1) % items.length,
      ArrowUp: (current - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const index = next[event.key];
    if (index === undefined || items.length === 0) return;
    event.preventDefault();
    items[index]?.focus();
  };

  return (
    <div className="menu" data-menu>
      <button
        ref={trigger}
        type="button"
        className="button button-small menu-trigger"
        popoverTarget={id}
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Actions for ${label}`}
      >
        Actions <span aria-hidden="true">▾</span>
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keys and focus leaving are handled for the buttons inside. */}
      <div
        ref={panelRef}
        id={id}
        popover="auto"
        className="menu-panel"
        onToggle={(event) => setOpen(event.newState === 'open')}
        onKeyDown={moveFocus}
        onBlur={(event) => {
          // Tabbing (or clicking) out of the menu closes it; moving between its actions does not.
          const to = event.relatedTarget as Node | null;
          if (to && (event.currentTarget.contains(to) || to === trigger.current)) return;
          if (event.currentTarget.matches(':popover-open')) event.currentTarget.hidePopover();
        }}
      >
        {children}
      </div>
    </div>
  );
}
