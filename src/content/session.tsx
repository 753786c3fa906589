// One page session: extract, match, anchor, highlight and render the notes for one address, then keep them
// current (DOM edits, layout, settings) until destroy() removes everything it added.

import { render } from 'preact';
import type { AnnotateResult, PageInput } from '../core/types';
import type { TimelineEvent } from '../dataset/types';
import { isEnabledFor, type Settings } from '../shared/settings';
import { cardId } from '../ui/sidebar/card';
import { marginColumn, needsDense } from '../ui/sidebar/layout';
import { buildModel, type Note, type SidebarModel } from '../ui/sidebar/model';
import type { SaveOutcome } from '../ui/sidebar/save-bar';
import type { ClaimDraft } from '../ui/sidebar/selection';
import { Sidebar, type SidebarLayout } from '../ui/sidebar/sidebar';
import { anchorNotes, marksFor, pageIndexOf } from './anchor';
import { createHighlighter, type Highlighter } from './highlighter';
import { createHost, type SidebarHost } from './host';
import { nextIndex, shortcutStep, type Step } from './keyboard';
import { MARKS, markOnce } from './marks';
import { stats, timed } from './stats';
import { watchPage } from './observer';

export interface Extracted {
  page: PageInput;
  /** elements[i] is the live element of page.paragraphs[i]. */
  elements: Element[];
}

/** What this page shows, for the badge and popup ('content/annotated'). */
export interface PageReport {
  url: string;
  storyId: string | null;
  count: number;
  counts: { conflict: number; earlier: number };
}

export interface SessionDeps {
  doc: Document;
  extract: (doc: Document, url: string) => Extracted;
  annotate: (page: PageInput) => AnnotateResult;
  timelineFor: (storyId: string) => TimelineEvent[];
  report: (report: PageReport) => void;
  /** The address changed in place (pushState / popstate): the owner starts a new session. */
  onUrlChange: (url: string) => void;
  /** Checked before acting on any page event; false means the extension is gone (the owner cleans up). */
  alive?: () => boolean;
  /** Use overlay boxes even where the CSS Custom Highlight API exists (tests of the fallback). */
  forceOverlay?: boolean;
  /** Saves the reader's selection or a quoted account ('content/save-claim'); absent: no save controls. */
  saveClaim?: (draft: ClaimDraft) => Promise<SaveOutcome>;
}

/** The visible notes under the settings: hidden kinds removed, notes left empty dropped. */
export function visibleModel(model: SidebarModel, settings: Settings, host: string): SidebarModel | null {
  if (!isEnabledFor(settings, host)) return null;
  const notes: Note[] = model.notes
    .map((n) => ({
      ...n,
      conflicts: settings.kinds.conflict ? n.conflicts : [],
      earlier: settings.kinds.earlier ? n.earlier : [],
    }))
    .filter((n) => n.conflicts.length + n.earlier.length > 0);
  return { ...model, notes };
}

export class PageSession {
  private readonly abort = new AbortController();
  private readonly doc: Document;
  private readonly win: Window;
  /** The highlighter comes after the first render (see paint()). */
  private ui: { host: SidebarHost; highlighter: Highlighter | null } | null = null;
  private result: AnnotateResult | null = null;
  private extracted: Extracted | null = null;
  private model: SidebarModel | null = null;
  private shown: SidebarModel | null = null;
  private anchors = new Map<string, Element>();
  private activeKey: string | null = null;
  private expanded = new Set<string>();
  private drawerOpen = false;
  /** Where focus was before a margin card opened; Escape closes the card and returns there. */
  private returnTo: Element | null = null;
  private status: string | null = null;
  private textSize = -1;
  private lastReport = '';
  private started = false;

  constructor(
    private readonly deps: SessionDeps,
    private settings: Settings,
  ) {
    this.doc = deps.doc;
    this.win = deps.doc.defaultView!;
  }

  /** Not destroyed, and the extension still alive. */
  private active(): boolean {
    return !this.signal.aborted && (this.deps.alive?.() ?? true);
  }

  /** Whether notes are on the page now. */
  get hasNotes(): boolean {
    return this.ui !== null;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** First run (reusing a prepare() done earlier), then watch the page. */
  start(): void {
    const { signal } = this.abort;
    if (!this.active()) return;
    this.started = true;
    this.prepare();
    this.apply();
    watchPage(this.doc, {
      signal,
      owns: (node) => this.ui?.host.owns(node) ?? false,
      onContent: () => timed('re-run after DOM edits', () => this.run()),
      onUrl: (url) => this.deps.onUrlChange(url),
      onLayout: () => timed('re-place after layout change', () => this.paint()),
    });
    this.doc.addEventListener('click', (e) => this.onPageClick(e), { capture: true, signal });
    this.doc.addEventListener('keydown', (e) => this.onKey(e), { signal });
  }

  /**
   * Extracts and matches when the page's text changed since last time (reads the page only, shows nothing, so it
   * may run before the settings arrive). True when what the notes are anchored to may have changed.
   */
  prepare(): boolean {
    if (!this.active()) return false;
    const size = this.doc.body?.textContent?.length ?? 0;
    const anchorsAlive = [...this.anchors.values()].every((el) => el.isConnected);
    if (size === this.textSize && anchorsAlive && this.result) return false;
    this.textSize = size;
    const extracted = this.deps.extract(this.doc, this.win.location.href);
    markOnce(MARKS.extracted);
    const before = this.extracted;
    this.extracted = extracted;
    const texts = before?.page.paragraphs;
    const same = texts && texts.length === extracted.page.paragraphs.length && texts.every((t, i) => t === extracted.page.paragraphs[i]);
    // Unchanged text in the same elements (a ticker elsewhere on the page changed): nothing to redo.
    if (same && this.result && before.elements.every((el, i) => el === extracted.elements[i])) return false;
    // Unchanged text: keep the result and only re-anchor to the (possibly re-rendered) elements.
    if (!same || !this.result) {
      if (this.result) stats.reruns++;
      this.result = this.deps.annotate(extracted.page);
      markOnce(MARKS.annotated);
      const story = this.result.story;
      this.model = story ? buildModel(this.result, this.deps.timelineFor(story.id), extracted.page.published) : null;
    }
    return true;
  }

  /** Extracts and matches again when the page's text changed since the last run; then shows the result. */
  run(): void {
    if (this.started && this.prepare()) this.apply();
  }

  /** New settings take effect at once, from the cached result (no re-extraction). */
  setSettings(settings: Settings): void {
    this.settings = settings;
    if (this.started) this.apply();
  }

  private apply(): void {
    if (this.signal.aborted) return;
    this.shown = this.model ? visibleModel(this.model, this.settings, this.win.location.hostname) : null;
    if (!this.shown || (this.shown.notes.length === 0 && this.shown.missing.length === 0)) this.removeUi();
    else this.paint();
    this.sendReport();
  }

  private sendReport(): void {
    const notes = this.shown?.notes ?? [];
    const report: PageReport = {
      url: this.win.location.href,
      storyId: this.result?.story?.id ?? null,
      count: notes.length,
      counts: {
        conflict: notes.reduce((n, x) => n + x.conflicts.length, 0),
        earlier: notes.reduce((n, x) => n + x.earlier.length, 0),
      },
    };
    const key = JSON.stringify(report);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.deps.report(report);
  }

  private ensureUi(): { host: SidebarHost; highlighter: Highlighter | null } {
    this.ui ??= { host: createHost(this.doc, (e) => this.onKey(e)), highlighter: null };
    return this.ui;
  }

  private removeUi(): void {
    if (!this.ui) return;
    render(null, this.ui.host.mount);
    this.ui.highlighter?.clear();
    this.ui.host.remove();
    this.ui = null;
    this.anchors = new Map();
  }

  /** Where the notes go now: beside the article when the margin is wide enough, else the drawer. */
  private layout(host: HTMLElement): SidebarLayout {
    const rects = (this.extracted?.elements ?? [])
      .filter((el) => el.isConnected)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return { mode: 'narrow' };
    // The article column's right edge, ignoring the odd full-width element (a wide figure caption).
    const rights = rects.map((r) => r.right).sort((a, b) => a - b);
    const right = rights[Math.floor((rights.length - 1) * 0.9)]!;
    const column = marginColumn(right, this.doc.documentElement.clientWidth);
    if (!column) return { mode: 'narrow' };
    const origin = host.getBoundingClientRect();
    const top = Math.min(...rects.map((r) => r.top));
    const span = Math.max(...rects.map((r) => r.bottom)) - top;
    const anchors: Record<string, number> = {};
    for (const [key, el] of this.anchors) anchors[key] = el.getBoundingClientRect().top - origin.top;
    return {
      mode: 'wide',
      left: column.left - origin.left,
      width: column.width,
      articleTop: top - origin.top,
      anchors,
      dense: needsDense(this.shown?.notes.length ?? 0, span),
      maxBottom: this.doc.documentElement.scrollHeight - (origin.top + this.win.scrollY),
    };
  }

  private currentLayout: SidebarLayout = { mode: 'narrow' };

  /** Re-anchors, re-highlights and re-renders (also after layout changes). */
  private paint(): void {
    const shown = this.shown;
    if (!this.active() || !shown || !this.extracted) return;
    if (shown.notes.length === 0 && shown.missing.length === 0) return;
    const ui = this.ensureUi();
    const { host } = ui;
    this.anchors = anchorNotes(shown.notes, this.extracted.elements);
    if (this.activeKey && !this.anchors.has(this.activeKey)) this.activeKey = null;
    this.currentLayout = this.layout(host.host);
    if (this.currentLayout.mode === 'wide') this.drawerOpen = false;
    render(
      <Sidebar
        model={shown}
        layout={this.currentLayout}
        activeKey={this.activeKey}
        expanded={this.expanded}
        drawerOpen={this.drawerOpen}
        status={this.status ?? `Counterpoint: ${shown.notes.length === 1 ? '1 note' : `${shown.notes.length} notes`} on this page`}
        onShow={(key) => this.showParagraph(key)}
        onToggle={(key) => this.toggle(key)}
        onOpenDrawer={() => this.setDrawer(true)}
        onCloseDrawer={() => this.setDrawer(false)}
        onEscape={() => this.closeCards()}
        saver={
          this.deps.saveClaim && {
            page: { url: this.win.location.href, title: this.extracted.page.headline ?? this.doc.title, published: this.extracted.page.published },
            paragraphs: this.extracted.elements,
            save: this.deps.saveClaim,
          }
        }
      />,
      host.mount,
    );
    // Last, after every layout read above (ours and the cards' own): adopting the ::highlight sheet restyles the
    // whole document, which a later read in this task would force at once (340 ms on a 50,000-node page).
    ui.highlighter ??= createHighlighter(this.doc, host.marks, this.deps.forceOverlay);
    ui.highlighter.update(marksFor(shown.notes, this.anchors));
    ui.highlighter.setActive(this.activeKey);
    markOnce(MARKS.rendered);
  }

  private toggle(key: string): void {
    const open = key === this.activeKey || this.expanded.has(key);
    if (open) {
      this.expanded.delete(key);
      if (key === this.activeKey) this.activeKey = null;
    } else {
      this.rememberFocus();
      this.expanded.add(key);
    }
    this.paint();
  }

  /** Keeps the focused element (page or our shadow root) when the first card opens. */
  private rememberFocus(): void {
    if (this.activeKey !== null || this.expanded.size > 0) return;
    const active = this.doc.activeElement;
    this.returnTo = active && this.ui?.host.owns(active) ? this.ui.host.shadow.activeElement : active;
  }

  /** Escape on wide screens: closes the open cards and returns focus to where it was before they opened. */
  closeCards(): void {
    if (!this.ui || (this.activeKey === null && this.expanded.size === 0)) return;
    const back = this.returnTo as HTMLElement | null;
    this.returnTo = null;
    this.activeKey = null;
    this.expanded.clear();
    this.paint();
    if (back?.isConnected && back !== this.doc.body && typeof back.focus === 'function') back.focus({ preventScroll: true });
    else (this.ui.host.shadow.activeElement as HTMLElement | null)?.blur();
  }

  private setDrawer(open: boolean): void {
    this.drawerOpen = open;
    this.paint();
  }

  private get reducedMotion(): boolean {
    return this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  /** Card -> paragraph: scroll the paragraph into view and flash it. */
  showParagraph(key: string, opts: { closeDrawer?: boolean } = { closeDrawer: true }): void {
    const el = this.anchors.get(key);
    if (!el || !this.ui) return;
    if (opts.closeDrawer && this.drawerOpen) this.drawerOpen = false;
    this.activeKey = key;
    this.paint();
    el.scrollIntoView({ block: 'center', behavior: this.reducedMotion ? 'instant' : 'smooth' });
    this.ui.highlighter?.flash(key);
  }

  /** Paragraph -> card: mark it active and move focus to its card (opening the drawer on narrow screens). */
  focusCard(key: string): void {
    if (!this.ui || !this.anchors.has(key)) return;
    this.rememberFocus();
    this.activeKey = key;
    if (this.currentLayout.mode === 'narrow') this.drawerOpen = true;
    this.paint();
    const card = this.ui.host.shadow.getElementById(cardId(key));
    if (!card) return;
    card.focus({ preventScroll: true });
    const r = card.getBoundingClientRect();
    if (r.top < 0 || r.bottom > this.win.innerHeight) card.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }

  private onPageClick(e: MouseEvent): void {
    if (!this.active() || !this.ui || e.button !== 0 || e.composedPath().includes(this.ui.host.host)) return;
    const target = e.target as Element | null;
    // Links, controls and text selection in a marked paragraph keep working as before.
    if (target?.closest?.('a[href], button, input, textarea, select, label, summary')) return;
    if (!this.win.getSelection()?.isCollapsed) return;
    const key = this.ui.highlighter?.hitTest(e.clientX, e.clientY);
    if (key) this.focusCard(key);
  }

  /** Alt+Shift+J / K: next / previous annotated paragraph. */
  onKey(e: KeyboardEvent): void {
    const step: Step | null = shortcutStep(e);
    if (step === null || !this.shown || !this.ui || !this.active()) return;
    const notes = this.shown.notes.filter((n) => this.anchors.has(n.key));
    if (notes.length === 0) return;
    e.preventDefault();
    const current = notes.findIndex((n) => n.key === this.activeKey);
    const tops = notes.map((n) => this.anchors.get(n.key)!.getBoundingClientRect().top);
    const i = nextIndex(notes.length, current, step, tops);
    const note = notes[i]!;
    this.status = `Paragraph ${note.index + 1}: note ${i + 1} of ${notes.length}`;
    this.rememberFocus();
    this.showParagraph(note.key, { closeDrawer: false });
    if (this.currentLayout.mode === 'wide') this.ui.host.shadow.getElementById(cardId(note.key))?.focus({ preventScroll: true });
  }

  /** 'background/scroll-to': the page paragraph that is (or quotes) a dataset paragraph. */
  scrollTo(file: string, paragraph: number): boolean {
    if (!this.result) return false;
    const index = pageIndexOf(this.result, file, paragraph);
    const note = this.shown?.notes.find((n) => n.index === index);
    if (note && this.anchors.has(note.key)) {
      this.showParagraph(note.key);
      if (this.currentLayout.mode === 'wide') this.focusCard(note.key);
      return true;
    }
    const el = index >= 0 ? this.extracted?.elements[index] : undefined;
    el?.scrollIntoView({ block: 'center', behavior: this.reducedMotion ? 'instant' : 'smooth' });
    return el !== undefined;
  }

  /** Removes everything this session added: listeners, observers, highlights, the host. */
  destroy(): void {
    this.abort.abort();
    this.removeUi();
  }
}
