// Marks annotated paragraphs without touching the page's DOM or layout: CSS Custom Highlights, else overlays.

import { adoptCss } from './host';

export type MarkKind = 'conflict' | 'earlier';

export interface Mark {
  key: string;
  element: Element;
  kind: MarkKind;
}

export const HIGHLIGHT_NAMES = {
  conflict: 'counterpoint-conflict',
  earlier: 'counterpoint-earlier',
  active: 'counterpoint-active',
  flash: 'counterpoint-flash',
} as const;

/**
 * `::highlight()` rules only take effect from a stylesheet of the page's own document. We adopt ONE constructed
 * sheet on the document rather than inserting a <style>: it adds no node to the page (page scripts and
 * MutationObservers never see it) and a page rule like `* { display: block !important }` cannot turn its text
 * into visible content. Where adopting fails (Firefox content-script compartments), one <style> goes into <head>.
 */
export const HIGHLIGHT_CSS = `
::highlight(counterpoint-earlier) { background-color: rgba(96, 165, 250, 0.16); }
::highlight(counterpoint-conflict) { background-color: rgba(245, 158, 11, 0.2); }
::highlight(counterpoint-active) { background-color: rgba(245, 158, 11, 0.34); text-decoration: underline rgba(180, 83, 9, 0.7); }
::highlight(counterpoint-flash) { background-color: rgba(250, 204, 21, 0.55); }
`;

const FLASH_MS = 1200;

export interface Highlighter {
  /** Replaces all marks. */
  update(marks: Mark[]): void;
  setActive(key: string | null): void;
  flash(key: string): void;
  /** The mark under a viewport point, by the rectangles of its text (not its box). */
  hitTest(x: number, y: number): string | null;
  /** Redraws overlay boxes after the page's layout changed (no-op with the Highlight API). */
  reflow(): void;
  /** Whether the CSS Custom Highlight API is in use (false: overlay fallback). */
  readonly native: boolean;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

function registry(win: Window): { highlights: HighlightRegistry; Highlight: new (...r: Range[]) => Set<Range> & { priority: number } } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new (...r: Range[]) => Set<Range> & { priority: number } }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

function contains(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/** `marksLayer` (inside our shadow root) receives the overlay boxes when the Highlight API is missing. */
export function createHighlighter(doc: Document, marksLayer: HTMLElement, forceOverlay = false): Highlighter {
  const win = doc.defaultView!;
  const api = forceOverlay ? null : registry(win);
  const removeCss = api ? adoptCss(doc, HIGHLIGHT_CSS, doc.head ?? doc.documentElement) : () => {};
  let ranges = new Map<string, { range: Range; kind: MarkKind }>();
  let active: string | null = null;
  let flashing: string | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const rangeOf = (el: Element): Range => {
    const r = doc.createRange();
    r.selectNodeContents(el);
    return r;
  };

  const paint = () => {
    if (api) {
      const set = (name: string, rs: Range[], priority: number) => {
        const h = new api.Highlight(...rs);
        h.priority = priority;
        api.highlights.set(name, h);
      };
      const all = [...ranges.values()];
      set(HIGHLIGHT_NAMES.earlier, all.filter((m) => m.kind === 'earlier').map((m) => m.range), 0);
      set(HIGHLIGHT_NAMES.conflict, all.filter((m) => m.kind === 'conflict').map((m) => m.range), 1);
      set(HIGHLIGHT_NAMES.active, active && ranges.get(active) ? [ranges.get(active)!.range] : [], 2);
      set(HIGHLIGHT_NAMES.flash, flashing && ranges.get(flashing) ? [ranges.get(flashing)!.range] : [], 3);
      return;
    }
    // Overlay fallback: one translucent box per line of text, positioned in the host's coordinates.
    const origin = (marksLayer.getRootNode() as ShadowRoot).host?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const boxes: HTMLElement[] = [];
    for (const [key, m] of ranges) {
      const state = key === flashing ? 'flash' : key === active ? 'active' : m.kind;
      for (const r of m.range.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        const box = doc.createElement('div');
        box.className = `mark mark-${state}`;
        box.style.cssText = `left:${r.left - origin.left}px;top:${r.top - origin.top}px;width:${r.width}px;height:${r.height}px`;
        boxes.push(box);
      }
    }
    marksLayer.replaceChildren(...boxes);
  };

  return {
    native: api !== null,
    update(marks) {
      const next = new Map<string, { range: Range; kind: MarkKind }>();
      for (const m of marks) {
        const old = ranges.get(m.key);
        // Keep live ranges whose element is unchanged; a Range follows DOM edits by itself.
        const reuse = old && old.range.commonAncestorContainer === m.element;
        next.set(m.key, { range: reuse ? old.range : rangeOf(m.element), kind: m.kind });
      }
      ranges = next;
      paint();
    },
    setActive(key) {
      active = key;
      paint();
    },
    flash(key) {
      flashing = key;
      clearTimeout(flashTimer);
      paint();
      flashTimer = setTimeout(() => {
        flashing = null;
        paint();
      }, FLASH_MS);
    },
    hitTest(x, y) {
      for (const [key, m] of ranges) {
        if (!contains(m.range.getBoundingClientRect(), x, y)) continue;
        for (const r of m.range.getClientRects()) if (contains(r, x, y)) return key;
      }
      return null;
    },
    reflow() {
      if (!api) paint();
    },
    clear() {
      clearTimeout(flashTimer);
      ranges = new Map();
      active = flashing = null;
      if (api) for (const name of Object.values(HIGHLIGHT_NAMES)) api.highlights.delete(name);
      marksLayer.replaceChildren();
      removeCss();
    },
  };
}
