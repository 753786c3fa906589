// Watches a page for what should re-run or re-place the notes: DOM edits, in-page navigation, layout changes.

import { stats } from './stats';

/** Debounce for DOM edits: long enough to let a client-rendered article body finish arriving. */
export const MUTATION_DEBOUNCE_MS = 250;
/** A page that never stops changing (a ticker, a live blog) is still re-read this often. */
export const MUTATION_MAX_WAIT_MS = 1000;

export interface WatchOptions {
  signal: AbortSignal;
  /** Is this node ours? Mutations inside our own UI are ignored. */
  owns: (node: Node | null) => boolean;
  /** The page's content changed (debounced). */
  onContent: () => void;
  /** The address changed without a page load (pushState, popstate, Navigation API). */
  onUrl: (url: string) => void;
  /** Something may have moved: window resized or the body changed size. Called at most once a frame. */
  onLayout: () => void;
}

/** A mutation that is about the page, not about our own nodes. */
function isPageMutation(m: MutationRecord, owns: (node: Node | null) => boolean): boolean {
  if (owns(m.target)) return false;
  if (m.type !== 'childList') return true;
  const nodes = [...m.addedNodes, ...m.removedNodes];
  return nodes.length === 0 || nodes.some((n) => !owns(n) && !(n as Element).hasAttribute?.('data-counterpoint'));
}

/** Starts watching; everything stops when `signal` aborts. */
export function watchPage(doc: Document, opts: WatchOptions): void {
  const win = doc.defaultView!;
  const { signal } = opts;
  if (signal.aborted) return;
  let url = win.location.href;
  const checkUrl = () => {
    if (signal.aborted || win.location.href === url) return;
    url = win.location.href;
    opts.onUrl(url);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first of the edits not yet acted on came (0: none pending). */
  let firstPending = 0;
  const fire = () => {
    firstPending = 0;
    if (!signal.aborted) opts.onContent();
  };
  const mo = new MutationObserver((records) => {
    stats.mutationCallbacks++;
    // Single-page apps change the address around the same time as the DOM; notice it here too.
    checkUrl();
    if (signal.aborted || !records.some((m) => isPageMutation(m, opts.owns))) return;
    const now = performance.now();
    firstPending ||= now;
    clearTimeout(timer);
    // Debounced, but never starved: continuous edits still get a run every MUTATION_MAX_WAIT_MS.
    timer = setTimeout(fire, Math.max(0, Math.min(MUTATION_DEBOUNCE_MS, firstPending + MUTATION_MAX_WAIT_MS - now)));
  });
  mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  win.addEventListener('popstate', checkUrl, { signal });
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', checkUrl, { signal });
  nav?.addEventListener('currententrychange', checkUrl, { signal });

  let frame = 0;
  const layout = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) opts.onLayout();
    });
  };
  win.addEventListener('resize', layout, { signal });
  // Only a change of the body's size: the notification every observer gets when it starts reports the size the
  // first render was laid out for, and re-placing for it cost a second full render right after the first.
  let bodySize = '';
  const resized = (entries: ResizeObserverEntry[]) => {
    const r = entries[entries.length - 1]!.contentRect;
    const size = `${r.width}x${r.height}`;
    if (size === bodySize) return;
    const first = bodySize === '';
    bodySize = size;
    if (!first) layout();
  };
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resized);
  if (doc.body) ro?.observe(doc.body);

  signal.addEventListener('abort', () => {
    mo.disconnect();
    ro?.disconnect();
    clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
  });
}
