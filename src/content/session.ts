// One page session: extract, match, anchor, highlight and render the notes for one address, then keep them
// current (DOM edits, layout, settings) until destroy() removes everything it added.

import type { AnnotateResult } from '../core/types';
import type { Settings } from '../shared/settings';
import { cardId, topicOf } from '../ui/sidebar/card';
import { buildModel, type SidebarModel } from '../ui/sidebar/model';
import type { SidebarLayout } from '../ui/sidebar/sidebar';
import { anchorNotes, marksFor, pageIndexOf } from './anchor';
import { nextIndex, shortcutStep, type Step } from './keyboard';
import { MARKS, markOnce } from './marks';
import { createUi, measureLayout, removeUi, renderNotes, type NotesUi } from './notes-view';
import { stats, timed } from './stats';
import { watchPage } from './observer';
import type { Extracted, SessionDeps } from './session-deps';
import { firstScreenful, pageReport, splitHidden, visibleModel } from './visible-notes';
import { isHiddenFromReader } from './visibility';

export class PageSession {
  private readonly abort = new AbortController();
  private readonly doc: Document;
  private readonly win: Window;
  private ui: NotesUi | null = null;
  private result: AnnotateResult | null = null;
  private extracted: Extracted | null = null;
  private model: SidebarModel | null = null;
  private shown: SidebarModel | null = null;
  /** `shown` as the reader can see it now: notes of hidden paragraphs moved to its `hidden` list. */
  private onPage: SidebarModel | null = null;
  private anchors = new Map<string, Element>();
  private activeKey: string | null = null;
  private expanded = new Set<string>();
  private drawerOpen = false;
  /** Where focus was before a margin card opened; Escape closes the card and returns there. */
  private returnTo: Element | null = null;
  private status: string | null = null;
  private textSize = -1;
  private lastReport = '';
  private currentLayout: SidebarLayout = { mode: 'narrow' };
  private started = false;
  /** The session's first render with notes happened; until the frame after it, only the first screenful is shown. */
  private firstShown = false;
  /** While set, only this many cards are rendered (the first screenful; see firstScreen). */
  private firstCount: number | null = null;
  /** Counts prepare() calls: an answer that arrives after a later call started is dropped. */
  private asked = 0;

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
    // A session prepared earlier shows its notes now; then (or for a new address, first) the text is checked again.
    this.run();
    if (this.result) this.apply();
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
   * Extracts, and asks for the notes when the page's text changed since last time (reads the page only, shows
   * nothing, so it may run before the settings arrive). Extraction is synchronous; the answer comes from the
   * background. Resolves true when what the notes are anchored to may have changed; false also when a later
   * call superseded this one (that one applies its own answer).
   */
  prepare(): Promise<boolean> {
    if (!this.active()) return Promise.resolve(false);
    const size = this.doc.body?.textContent?.length ?? 0;
    const anchorsAlive = [...this.anchors.values()].every((el) => el.isConnected);
    if (size === this.textSize && anchorsAlive && this.result) return Promise.resolve(false);
    this.textSize = size;
    const extracted = this.deps.extract(this.doc, this.win.location.href);
    markOnce(MARKS.extracted);
    const before = this.extracted;
    const texts = before?.page.paragraphs;
    const same = texts && texts.length === extracted.page.paragraphs.length && texts.every((t, i) => t === extracted.page.paragraphs[i]);
    const asked = ++this.asked;
    // Unchanged text: keep the result and only re-anchor to the (possibly re-rendered) elements, or nothing to redo
    // when they are the same elements too (a ticker elsewhere on the page changed).
    if (same && this.result) {
      this.extracted = extracted;
      return Promise.resolve(!before.elements.every((el, i) => el === extracted.elements[i]));
    }
    if (this.result) stats.reruns++;
    return this.deps.annotate(extracted.page).then((notes) => {
      if (asked !== this.asked || !this.active()) return false;
      // The elements and the result that indexes them change together.
      this.extracted = extracted;
      this.result = notes.result;
      markOnce(MARKS.annotated);
      this.model = notes.result.story ? buildModel(notes.result, notes.timeline, extracted.page.published, notes.articles) : null;
      return true;
    });
  }

  /** Extracts and matches again when the page's text changed since the last run; then shows the result. */
  run(): void {
    if (!this.started) return;
    void this.prepare().then((changed) => changed && timed('show notes', () => this.apply()));
  }

  /** New settings take effect at once, from the cached result (no re-extraction). */
  setSettings(settings: Settings): void {
    this.settings = settings;
    if (this.started) this.apply();
  }

  private apply(): void {
    if (this.signal.aborted) return;
    this.shown = this.model ? visibleModel(this.model, this.settings, this.win.location.hostname) : null;
    this.onPage = null;
    if (!this.shown || (this.shown.notes.length === 0 && this.shown.missing.length === 0)) this.removeUi();
    else this.paint();
    this.sendReport();
  }

  private sendReport(): void {
    const report = pageReport(this.win.location.href, this.result?.story?.id ?? null, this.onPage ?? this.shown);
    const key = JSON.stringify(report);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.deps.report(report);
  }

  private removeUi(): void {
    if (!this.ui) return;
    removeUi(this.ui);
    this.ui = null;
    this.anchors = new Map();
  }

  /** Re-anchors, re-highlights and re-renders (also after layout changes). */
  private paint(): void {
    const shown = this.shown;
    if (!this.active() || !shown || !this.extracted) return;
    if (shown.notes.length === 0 && shown.missing.length === 0) return;
    const ui = (this.ui ??= createUi(this.doc, (e) => this.onKey(e)));
    const anchors = anchorNotes(shown.notes, this.extracted.elements);
    // Paragraphs in the page but hidden from the reader (premium, collapsed) get no highlight and no card beside them.
    const onPage = (this.onPage = splitHidden(shown, anchors, isHiddenFromReader));
    for (const n of onPage.hidden) anchors.delete(n.key);
    this.anchors = anchors;
    if (this.activeKey && !this.anchors.has(this.activeKey)) this.activeKey = null;
    this.currentLayout = measureLayout(this.doc, ui.host.host, this.extracted.elements, this.anchors);
    if (this.currentLayout.mode === 'wide') this.drawerOpen = false;
    const model = this.firstScreen(onPage);
    renderNotes(
      this.doc,
      ui,
      {
        model,
        total: onPage.notes.length,
        layout: this.currentLayout,
        activeKey: this.activeKey,
        expanded: this.expanded,
        drawerOpen: this.drawerOpen,
        status: this.status ?? `Counterpoint: ${onPage.notes.length === 1 ? '1 note' : `${onPage.notes.length} notes`} on this page`,
        onShow: (key) => this.showParagraph(key),
        onToggle: (key) => this.toggle(key),
        onOpenDrawer: () => this.setDrawer(true),
        onCloseDrawer: () => this.setDrawer(false),
        onEscape: () => this.closeCards(),
        onOpenStory: this.deps.openStory,
        saver: this.deps.saveClaim && {
          page: { url: this.win.location.href, title: this.extracted.page.headline ?? this.doc.title, published: this.extracted.page.published },
          paragraphs: this.extracted.elements,
          save: this.deps.saveClaim,
        },
      },
      marksFor(model.notes, this.anchors),
      this.deps.forceOverlay,
    );
    markOnce(MARKS.rendered);
    this.sendReport();
  }

  /**
   * The first render shows only the cards of the first screenful (in the margin; the closed drawer shows none);
   * the rest follow in a task of their own once that frame is painted, so the reader sees notes sooner and no
   * task of ours renders every card at once.
   */
  private firstScreen(onPage: SidebarModel): SidebarModel {
    if (!this.firstShown) {
      this.firstShown = true;
      const k = this.currentLayout.mode === 'wide' ? firstScreenful(onPage.notes, this.anchors, this.win.innerHeight) : onPage.notes.length;
      if (k < onPage.notes.length) this.firstCount = k;
      this.win.requestAnimationFrame(() =>
        this.win.setTimeout(() => {
          markOnce(MARKS.painted);
          if (this.firstCount === null) return;
          this.firstCount = null;
          timed('rest of the notes', () => this.paint());
        }),
      );
    }
    return this.firstCount === null ? onPage : { ...onPage, notes: onPage.notes.slice(0, this.firstCount) };
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
    if (step === null || !this.onPage || !this.ui || !this.active()) return;
    const notes = this.onPage.notes.filter((n) => this.anchors.has(n.key));
    if (notes.length === 0) return;
    e.preventDefault();
    const current = notes.findIndex((n) => n.key === this.activeKey);
    const tops = notes.map((n) => this.anchors.get(n.key)!.getBoundingClientRect().top);
    const i = nextIndex(notes.length, current, step, tops);
    const note = notes[i]!;
    this.status = `Note ${i + 1} of ${notes.length}: ${topicOf(note).text}`;
    this.rememberFocus();
    this.showParagraph(note.key, { closeDrawer: false });
    if (this.currentLayout.mode === 'wide') this.ui.host.shadow.getElementById(cardId(note.key))?.focus({ preventScroll: true });
  }

  /** 'background/scroll-to': the page paragraph that is (or quotes) a dataset paragraph. */
  scrollTo(file: string, paragraph: number): boolean {
    if (!this.result) return false;
    const index = pageIndexOf(this.result, file, paragraph);
    const note = this.onPage?.notes.find((n) => n.index === index);
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
