// The notes' view on a page: the shadow host, where the cards go (margin or drawer), the rendered sidebar and highlights.
import { render } from 'preact';
import { marginColumn } from '../ui/sidebar/layout';
import { Sidebar, type SidebarLayout, type SidebarProps } from '../ui/sidebar/sidebar';
import { createHighlighter, type Highlighter, type Mark } from './highlighter';
import { createHost, type SidebarHost } from './host';

/** The view's parts; the highlighter comes after the first render (see renderNotes). */
export interface NotesUi {
  host: SidebarHost;
  highlighter: Highlighter | null;
}

export function createUi(doc: Document, onKey: (e: KeyboardEvent) => void): NotesUi {
  return { host: createHost(doc, onKey), highlighter: null };
}

export function removeUi(ui: NotesUi): void {
  render(null, ui.host.mount);
  ui.highlighter?.clear();
  ui.host.remove();
}

/** Where the notes go now: beside the article when the margin is wide enough, else the drawer. */
export function measureLayout(
  doc: Document,
  host: HTMLElement,
  elements: readonly Element[],
  anchors: ReadonlyMap<string, Element>,
): SidebarLayout {
  const rects = elements
    .filter((el) => el.isConnected)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return { mode: 'narrow' };
  // The article column's right edge, ignoring the odd full-width element (a wide figure caption).
  const rights = rects.map((r) => r.right).sort((a, b) => a - b);
  const right = rights[Math.floor((rights.length - 1) * 0.9)]!;
  const column = marginColumn(right, doc.documentElement.clientWidth);
  if (!column) return { mode: 'narrow' };
  const origin = host.getBoundingClientRect();
  const top = Math.min(...rects.map((r) => r.top));
  const offsets: Record<string, number> = {};
  for (const [key, el] of anchors) offsets[key] = el.getBoundingClientRect().top - origin.top;
  return {
    mode: 'wide',
    left: column.left - origin.left,
    width: column.width,
    articleTop: top - origin.top,
    anchors: offsets,
    maxBottom: doc.documentElement.scrollHeight - (origin.top + (doc.defaultView?.scrollY ?? 0)),
  };
}

/** Renders the sidebar, then highlights the marked paragraphs. */
export function renderNotes(doc: Document, ui: NotesUi, props: SidebarProps, marks: Mark[], forceOverlay?: boolean): void {
  render(<Sidebar {...props} />, ui.host.mount);
  // Last, after every layout read above (ours and the cards' own): adopting the ::highlight sheet restyles the
  // whole document, which a later read in this task would force at once (340 ms on a 50,000-node page).
  ui.highlighter ??= createHighlighter(doc, ui.host.marks, forceOverlay);
  ui.highlighter.update(marks);
  ui.highlighter.setActive(props.activeKey);
}
