// Keyboard shortcuts in the page: Alt+Shift+J / Alt+Shift+K move to the next / previous annotated paragraph.

export type Step = 1 | -1;

/** Typing in a page field must never be taken over. */
function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** The step a key event asks for, or null. Uses `code` (physical key): Alt changes `key` on macOS. */
export function shortcutStep(e: KeyboardEvent): Step | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (isEditable(e.composedPath?.()[0] ?? e.target)) return null;
  if (e.code === 'KeyJ') return 1;
  if (e.code === 'KeyK') return -1;
  return null;
}

/**
 * The next note to visit: from the current one if any, else from the first paragraph below the top of the
 * viewport (`tops` are the notes' paragraph tops relative to the viewport, in note order). Wraps around.
 */
export function nextIndex(count: number, current: number, step: Step, tops: number[] = []): number {
  if (count === 0) return -1;
  if (current >= 0) return (current + step + count) % count;
  const below = tops.findIndex((t) => t > 1);
  if (step === 1) return below === -1 ? 0 : below;
  return below <= 0 ? count - 1 : below - 1;
}
