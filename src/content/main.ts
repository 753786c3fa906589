// Injected by the background only when the gate passes: extracts, matches and shows the notes (controller.ts).
//
// Pages that fail the gate never parse this bundle (extraction, Preact, the sidebar). The dataset and the engine are
// not in it: the background keeps them warm and answers 'content/annotate' with the notes for the extracted text.
// Readability is not in it either: on pages no site adapter reads, main asks the background for content/readability.js.
// A second injection into the same page (a repeated gate message) finds the running controller and does nothing.
import type { PageInput } from '../core/types';
import { extractPage, needsFallback } from '../extract/extract-page';
import type { ReadabilityClass } from '../extract/readability-fallback';
import { AnnotatedSchema } from '../shared/annotate-messages';
import { browser } from '../shared/browser';
import { BackgroundToContentSchema, parseMessage, type BackgroundToContent } from '../shared/messages';
import { getSettings, parseSettings, SETTINGS_KEY, subscribe, type Settings } from '../shared/settings';
import { EARLY_SETTINGS, READABILITY_GLOBAL } from './handoff';
import type { SaveOutcome } from '../ui/sidebar/save-bar';
import { startController, type Controller } from './controller';
import type { PageNotes } from './session-deps';
import { MARKS, markOnce } from './marks';
import { timed } from './stats';

const RUNNING = Symbol.for('counterpoint.controller');
type Global = typeof globalThis & { [RUNNING]?: Promise<Controller> | Controller };

function runtimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function onMessage(cb: (msg: BackgroundToContent) => void): () => void {
  const listener = (raw: unknown): undefined => {
    const msg = parseMessage(BackgroundToContentSchema, raw, 'background');
    if (msg) cb(msg);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The settings: the read the gate started (see EARLY_SETTINGS), else a new one. */
function readSettings(): Promise<Settings> {
  const g = globalThis as Record<symbol, Promise<Record<string, unknown> | undefined> | undefined>;
  const early = g[EARLY_SETTINGS];
  delete g[EARLY_SETTINGS];
  return early ? early.then((got) => (got ? parseSettings(got[SETTINGS_KEY]) : getSettings())) : getSettings();
}

/** Nothing to show: what the page gets when the background cannot answer. */
function silent(page: PageInput): PageNotes {
  const paragraphs = page.paragraphs.map((text, index) => ({ index, text, source: null, claims: [], links: [], annotations: [] }));
  return { result: { url: page.url, story: null, article: null, paragraphs, missing: [] }, timeline: [], articles: [] };
}

/**
 * The notes for the page from the background's warm engine (background/warm-engine.ts), the answer validated
 * here like every message this script receives. One retry: a worker woken by the first may have missed it.
 */
async function annotate(page: PageInput): Promise<PageNotes> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'content/annotate', page }).catch(() => undefined);
    if (raw === undefined) continue;
    markOnce(MARKS.answer);
    const answer = parseMessage(AnnotatedSchema, raw, 'background');
    return answer?.ok ? answer : silent(page);
  }
  return silent(page);
}

let readability: ReadabilityClass | null = null;
let loadingReadability: Promise<ReadabilityClass | null> | null = null;

/**
 * Readability for the fallback: the background injects content/readability.js into this frame (same isolated
 * world) and answers once it ran. Null when that failed; a later page in this tab may ask again.
 */
function loadReadability(): Promise<ReadabilityClass | null> {
  loadingReadability ??= browser.runtime.sendMessage({ type: 'content/need-readability' }).then(
    () => {
      readability = ((globalThis as Record<string, unknown>)[READABILITY_GLOBAL] as ReadabilityClass | undefined) ?? null;
      if (!readability) loadingReadability = null;
      return readability;
    },
    () => {
      loadingReadability = null;
      return null;
    },
  );
  return loadingReadability;
}

async function boot(): Promise<Controller> {
  markOnce(MARKS.main);
  // The storage read is a message round trip (started by the gate): extraction and matching run while it is in flight.
  const settings = timed('settings request', readSettings).then((s) => (markOnce(MARKS.settings), s));
  // A page no adapter reads needs Readability: fetch it while the settings arrive.
  const fallback = needsFallback(document, location.href) ? loadReadability() : null;
  await fallback;
  let controller: Controller | null = null;
  let restartWhenStarted = false;
  const restart = () => (controller ? controller.restart() : (restartWhenStarted = true));
  controller = await startController({
    doc: document,
    extract: (doc, url) => {
      const got = extractPage(doc, url, readability);
      // A later address (in-page navigation) needs the fallback: start again once Readability is here.
      if (got.needsReadability) void loadReadability().then((r) => r && restart());
      return got;
    },
    annotate,
    report: (r) => {
      browser.runtime.sendMessage({ type: 'content/annotated', ...r }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    },
    saveClaim: (draft) =>
      browser.runtime.sendMessage({ type: 'content/save-claim', ...draft }).then(
        (r) => (r as SaveOutcome | undefined) ?? { ok: false, problem: 'Counterpoint did not answer. Try again.' },
      ),
    openStory: ({ story, article, published, place }) => {
      if (!story) return;
      const msg = { type: 'content/open-story', story, article: article ?? null, published: published ?? null, place: place ?? null };
      browser.runtime.sendMessage(msg).catch(() => {
        // The background may be restarting; the reader can click again.
      });
    },
    loadSettings: () => settings,
    subscribeSettings: subscribe,
    onMessage,
    runtimeAlive,
  });
  markOnce(MARKS.firstRun);
  if (restartWhenStarted) controller.restart();
  return controller;
}

const g = globalThis as Global;
if (!g[RUNNING]) {
  g[RUNNING] = boot().catch((error: unknown) => {
    delete g[RUNNING];
    throw error;
  });
}
