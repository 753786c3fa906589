// Injected by the background only when the gate passes: extracts, matches and shows the notes (controller.ts).
//
// Everything heavy (engine, dataset, Preact, Readability) lives in this file's bundle, so pages that fail the
// gate never parse it. A second injection into the same page (a repeated gate message) finds the running
// controller and does nothing.
import datasetsJson from '../../build/data/datasets.json';
import { createEngine } from '../core/engine';
import type { Dataset } from '../dataset/types';
import { extractPage } from '../extract/extract-page';
import { browser } from '../shared/browser';
import { BackgroundToContentSchema, parseMessage, type BackgroundToContent } from '../shared/messages';
import { getSettings, subscribe } from '../shared/settings';
import type { SaveOutcome } from '../ui/sidebar/save-bar';
import { startController, type Controller } from './controller';

/** Performance marks the in-page benchmark reads (scripts/bench-inpage.ts). */
export const MARK_MAIN = 'counterpoint:main';
export const MARK_PAINTED = 'counterpoint:notes-painted';

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

async function boot(): Promise<Controller> {
  performance.mark(MARK_MAIN);
  const datasets = datasetsJson as unknown as Dataset[];
  const engine = createEngine(datasets);
  const controller = await startController({
    doc: document,
    extract: extractPage,
    annotate: (page) => engine.annotate(page),
    timelineFor: (id) => datasets.find((d) => d.story.id === id)?.story.timeline ?? [],
    report: (r) => {
      browser.runtime.sendMessage({ type: 'content/annotated', ...r }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    },
    saveClaim: (draft) =>
      browser.runtime.sendMessage({ type: 'content/save-claim', ...draft }).then(
        (r) => (r as SaveOutcome | undefined) ?? { ok: false, problem: 'Counterpoint did not answer. Try again.' },
      ),
    loadSettings: getSettings,
    subscribeSettings: subscribe,
    onMessage,
    runtimeAlive,
  });
  if (controller.session?.hasNotes) requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_PAINTED)));
  return controller;
}

const g = globalThis as Global;
if (!g[RUNNING]) {
  g[RUNNING] = boot().catch((error: unknown) => {
    delete g[RUNNING];
    throw error;
  });
}
