// Whether the reader can see a paragraph: premium and collapsed parts of an article are in the page but hidden.

/**
 * True when `el` is in the page but hidden from the reader: `display: none` on it or an ancestor (the Herald's
 * premium paragraphs), the `hidden` attribute, `visibility: hidden | collapse`, `content-visibility: hidden`,
 * no size, inside an `aria-hidden="true"` container, or clipped away entirely by a collapsed ancestor
 * (`overflow: hidden` with a small height, as "read more" boxes do). Off-screen by scrolling is not hidden.
 */
export function isHiddenFromReader(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return true;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  if (!check && view.getComputedStyle(el).visibility !== 'visible') return true;
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return true;
  return clippedAway(el, rect, view);
}

/** True when an ancestor that clips its overflow shows none of `rect`. */
function clippedAway(el: Element, rect: DOMRect, view: Window): boolean {
  const root = el.ownerDocument.documentElement;
  for (let a = el.parentElement; a && a !== root && a !== el.ownerDocument.body; a = a.parentElement) {
    const style = view.getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = a.getBoundingClientRect();
    const clipsY = style.overflowY !== 'visible' && style.overflowY !== 'auto' && style.overflowY !== 'scroll';
    const clipsX = style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
    // Scrollable boxes show their content by scrolling; only boxes that clip for good hide it.
    if (clipsY && (rect.bottom <= box.top || rect.top >= box.bottom)) return true;
    if (clipsX && (rect.right <= box.left || rect.left >= box.right)) return true;
  }
  return false;
}
