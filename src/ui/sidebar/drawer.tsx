// Narrow screens: a small tab at the edge that opens the notes in a modal drawer (Esc closes, focus returns).

import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export interface DrawerProps {
  open: boolean;
  count: number;
  onOpen: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

/** "1 note", "6 notes", "no notes beside the text" (all hidden or missing): what the tab says, in words. */
export function notesInWords(count: number): string {
  return count === 0 ? 'Notes' : count === 1 ? '1 note' : `${count} notes`;
}

export function Drawer(props: DrawerProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (props.open && !wasOpen.current) dialog.current?.querySelector<HTMLElement>('.close')?.focus();
    if (!props.open && wasOpen.current) tab.current?.focus();
    wasOpen.current = props.open;
  }, [props.open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    // Keep Tab inside the modal drawer.
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <>
      <button
        ref={tab}
        type="button"
        class="tab"
        aria-haspopup="dialog"
        aria-expanded={props.open}
        aria-controls="cp-drawer"
        hidden={props.open}
        onClick={props.onOpen}
      >
        <span class="tab-label">
          <span class="sr-only">Open Counterpoint: </span>
          {notesInWords(props.count)}
        </span>
      </button>
      {props.open ? (
        <>
          <div class="backdrop" onClick={props.onClose} />
          <div
            ref={dialog}
            id="cp-drawer"
            class="drawer"
            role="dialog"
            aria-modal="true"
            aria-labelledby="cp-drawer-title"
            onKeyDown={onKeyDown}
          >
            <div class="drawer-head">
              <p id="cp-drawer-title" class="drawer-title">
                Counterpoint notes
              </p>
              <button type="button" class="close" onClick={props.onClose}>
                Close<span class="sr-only"> Counterpoint notes</span>
              </button>
            </div>
            {props.children}
          </div>
        </>
      ) : null}
    </>
  );
}
