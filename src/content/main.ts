// Injected by the background only when the gate passes: extracts, matches and shows the notes (controller.ts).
//
// Everything heavy (engine, dataset, Preact) lives in this file's bundle, so pages that fail the gate never parse
// it. Readability is not in it: on pages no site adapter reads, main asks the background for content/readability.js.
// A second injection into the same page (a repeated gate message) finds the running controller and does nothing.
import datasetsJson from '../../build/data/datasets.json';
import snapshotsJson from '../../build/data/index-snapshot.json';
import { createEngine } from '../core/engine';
import type { Dataset } from '../dataset/types';
import { extractPage, needsFallback } from '../extract/extract-page';
import type { ReadabilityClass } from '../extract/readability-fallback';
import { browser } from '../shared/browser';
import { BackgroundToContentSchema, parseMessage, type BackgroundToContent } from '../shared/messages';
import { getSettings, parseSettings, SETTINGS_KEY, subscribe, type Settings } from '../shared/settings';
import { EARLY_SETTINGS, READABILITY_GLOBAL } from './handoff';
import type { SaveOutcome } from '../ui/sidebar/save-bar';
import { startController, type Controller } from './controller';
import { fingerprintsFor, type IndexSnapshot } from './index-snapshot';
import { MARKS, markOnce } from './marks';
import { timed, yieldToPage } from './stats';

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
  // The storage read is a message round trip: start it first and build the engine while it is in flight.
  const settings = timed('settings request', readSettings).then((s) => (markOnce(MARKS.settings), s));
  // A page no adapter reads needs Readability: fetch it while the engine builds and the settings arrive.
  const fallback = needsFallback(document, location.href) ? loadReadability() : null;
  // Parsing and running this bundle was one task; the engine build is the next one.
  await yieldToPage();
  const datasets = datasetsJson as unknown as Dataset[];
  const snapshots = snapshotsJson as IndexSnapshot[];
  const engine = timed('engine', () => createEngine(datasets, datasets.map((d) => fingerprintsFor(d, snapshots))));
  markOnce(MARKS.engine);
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
    annotate: (page) => engine.annotate(page),
    timelineFor: (id) => datasets.find((d) => d.story.id === id)?.story.timeline ?? [],
    articlesFor: (id) => datasets.find((d) => d.story.id === id)?.articles ?? [],
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
  if (controller.session?.hasNotes) requestAnimationFrame(() => setTimeout(() => markOnce(MARKS.painted)));
  return controller;
}

const g = globalThis as Global;
if (!g[RUNNING]) {
  g[RUNNING] = boot().catch((error: unknown) => {
    delete g[RUNNING];
    throw error;
  });
}
