// The sidebar's stylesheet, applied inside our shadow root only (page CSS cannot reach in, ours cannot leak out).

/**
 * `:host` rules are `!important` on purpose: in the cascade, important declarations from inside a shadow tree
 * beat important declarations from the page, so `* { all: unset !important }` on the page cannot restyle the host.
 * The host is a zero-size absolutely positioned box at the document origin, so it never causes layout shift.
 */
export const SIDEBAR_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; contain: none !important;
}
* { box-sizing: border-box; }
.sidebar {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4d4d4d; --line: #d0d0d0; --link: #1d4ed8;
  --conflict: #a4470a; --conflict-bg: #fff7ed; --earlier: #1d4ed8; --earlier-bg: #eff6ff;
  --ins-bg: #dcfce7; --ins-fg: #14532d; --del-bg: #fee2e2; --del-fg: #7f1d1d; --focus: #2563eb;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
  text-align: left;
  letter-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .sidebar {
    --bg: #1f2328; --fg: #e8e8e8; --muted: #b8b8b8; --line: #444c56; --link: #8ab4f8;
    --conflict: #fbbf24; --conflict-bg: #2b2213; --earlier: #93c5fd; --earlier-bg: #17233a;
    --ins-bg: #14532d; --ins-fg: #dcfce7; --del-bg: #7f1d1d; --del-fg: #fee2e2; --focus: #8ab4f8;
  }
}
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.column { position: absolute; top: 0; }
.slot { position: absolute; left: 0; right: 0; top: 0; visibility: hidden; pointer-events: auto; }
.card, .story, .missing {
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 12px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12);
}
.card { border-left: 4px solid var(--earlier); cursor: pointer; }
.card.has-conflict { border-left-color: var(--conflict); }
.card.active { outline: 2px solid var(--focus); outline-offset: 1px; }
/* A margin card never pushes the others off their paragraphs: a collapsed one is clipped where the next card's
   paragraph starts (faded, Details opens it), an open one lies over the cards below and scrolls within itself. */
.wide .slot.clipped > .card { overflow: hidden; }
.wide .slot.clipped > .card > :not(.card-head), .wide .slot.trimmed > .card > .show { display: none; }
.wide .slot.clipped .card-head h3 {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: var(--lines, 1); line-clamp: var(--lines, 1); overflow: hidden;
}
.wide .card { position: relative; }
.wide .slot.open { z-index: 2; }
.wide .slot.open > .card { max-height: 70vh; overflow-y: auto; overscroll-behavior: contain; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); }
.wide .slot[data-slot="story"] { z-index: 1; }
.card:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
a, button, summary { pointer-events: auto; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
h2, h3, h4, p, ul, ol, blockquote { margin: 0; padding: 0; }
h2 { font-size: 14px; font-weight: 700; line-height: 1.3; margin: 2px 0 6px; }
h3 { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
h4 { font-size: 13px; font-weight: 700; margin: 8px 0 4px; }
.conflict h4 { color: var(--conflict); }
.earlier h4 { color: var(--earlier); }
.card-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.excerpt { color: var(--muted); margin-top: 2px; font-size: 12px; }
.excerpt-text { font-style: italic; }
.brand { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
ul, ol { list-style: none; }
.items > li { border-top: 1px solid var(--line); padding-top: 6px; margin-top: 6px; }
.items > li:first-child { border-top: 0; margin-top: 0; padding-top: 0; }
.who { font-weight: 600; }
.side, .meta { color: var(--muted); font-weight: 400; }
.headline { font-style: italic; }
.dispute-line { background: var(--conflict-bg); border-radius: 4px; padding: 4px 6px; margin-bottom: 6px; }
.side-label { font-weight: 600; color: var(--muted); margin: 6px 0 2px; }
/* Quotation marks only for a speaker's own words; a report reads as the outlet's prose. */
blockquote.quote {
  border-left: 3px solid var(--line); padding: 2px 0 2px 8px; margin: 4px 0; font-size: 14px;
  quotes: "\\201C" "\\201D";
}
blockquote.quote::before { content: open-quote; }
blockquote.quote::after { content: close-quote; }
.words.report { margin: 4px 0; color: var(--fg); }
.who.reporter { font-weight: 400; font-style: italic; color: var(--muted); }
.differs { background: var(--earlier-bg); border-radius: 4px; padding: 4px 6px; margin-top: 4px; }
.differs-label { font-size: 12px; color: var(--muted); }
ins, .sample.added { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-decoration-thickness: 2px; }
del, .sample.removed { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 2px; }
.diff-legend { font-size: 12px; color: var(--muted); margin: 2px 0 4px; }
.why { font-size: 12px; color: var(--muted); margin-top: 6px; }
.why summary { cursor: pointer; }
.why ul { margin: 4px 0 0; padding-left: 16px; }
.why-claim { color: var(--fg, inherit); }
.legend-item { white-space: nowrap; margin-right: 8px; }
.sources { color: var(--muted); }
a { color: var(--link); text-decoration: underline; }
button {
  font: inherit; font-size: 12px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; padding: 2px 8px; cursor: pointer;
}
button:hover { border-color: var(--focus); }
details summary { cursor: pointer; color: var(--muted); font-size: 12px; }
.timeline ol { margin-top: 4px; font-size: 12px; }
.timeline li { padding: 2px 0 2px 10px; border-left: 2px solid var(--line); }
.timeline li.here { border-left-color: var(--focus); font-weight: 700; }
.timeline time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 4px; }
.missing .hint, .missing .summary { color: var(--muted); }
.missing h3 { margin-bottom: 4px; }
.tab {
  position: fixed; right: 0; top: 40vh; width: 32px; padding: 10px 0; border-radius: 6px 0 0 6px;
  display: flex; flex-direction: column; align-items: center; pointer-events: auto;
  background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--conflict); border-right: 0;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); font-weight: 700; font-size: 13px;
}
.tab[hidden] { display: none; }
/* Read top to bottom, as a book spine: "6 notes". */
.tab-label { writing-mode: vertical-rl; white-space: nowrap; }
.backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.35); pointer-events: auto; }
.drawer {
  position: fixed; top: 0; right: 0; bottom: 0; width: min(420px, calc(100vw - 32px));
  overflow-y: auto; overscroll-behavior: contain; pointer-events: auto;
  background: var(--bg); color: var(--fg); padding: 12px; box-shadow: -2px 0 12px rgba(0, 0, 0, 0.3);
  display: flex; flex-direction: column; gap: 10px;
}
.drawer .card, .drawer .story, .drawer .missing { box-shadow: none; }
.drawer-head { display: flex; justify-content: space-between; align-items: center; }
.drawer-title { font-weight: 700; font-size: 14px; }
@media (prefers-reduced-motion: no-preference) {
  .drawer { animation: cp-slide 160ms ease-out; }
  @keyframes cp-slide { from { transform: translateX(24px); opacity: 0; } to { transform: none; opacity: 1; } }
}
`;

/** Overlay-fallback highlight boxes (only used where the CSS Custom Highlight API is missing). */
export const OVERLAY_CSS = `
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.mark { position: absolute; pointer-events: none; border-radius: 2px; }
.mark-earlier { background: rgba(96, 165, 250, 0.16); }
.mark-conflict { background: rgba(245, 158, 11, 0.2); }
.mark-active { background: rgba(245, 158, 11, 0.34); }
.mark-flash { background: rgba(250, 204, 21, 0.55); }
`;

/** Collapsed-card summary lines and the details toggle. */
export const CARD_EXTRA_CSS = `
.summary-lines { margin-top: 6px; }
.summary-lines li { margin-top: 2px; }
.summary-lines .label { font-weight: 700; }
.conflict-line .label { color: var(--conflict); }
.earlier-line .label { color: var(--earlier); }
.card-head { align-items: flex-start; }
.card-head h3 { flex: 1 1 auto; font-size: 13px; line-height: 19px; font-weight: 600; text-transform: none; letter-spacing: normal; color: var(--fg); }
.kind-label { font-weight: 700; color: var(--earlier); }
.has-conflict .kind-label { color: var(--conflict); }
.toggle { flex: none; }
.show { margin-top: 6px; }
.wide .card { padding: 5px 10px; }
.wide .excerpt { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.quote-foot { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.save-quote { flex: none; }
.saver { position: fixed; right: 16px; bottom: 16px; width: min(320px, calc(100vw - 32px)); z-index: 1; }
.saver-offer, .saver-status:not(:empty) {
  pointer-events: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 8px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
}
.saver-status:not(:empty) { margin-top: 6px; }
.saver-quote { font-style: italic; color: var(--muted); margin-bottom: 6px; }
.save-selection[aria-disabled="true"] { opacity: 0.7; cursor: default; }
.whole-story { margin: 0 0 6px; }
.dispute-link { margin: 0 0 6px; }
`;
