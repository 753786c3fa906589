// The background's warm engine: the dataset index built once per worker life and reused for every page's notes.
//
// content/main sends the text extraction read ('content/annotate', a few KB) and gets the notes back, so the page
// neither parses the dataset and index snapshot nor builds the engine on each injection (docs/PERFORMANCE.md,
// "In-page"). A restarted service worker / event page builds it again on the first request, or earlier: the
// gate's injection request starts the build while content/main is being parsed (inject-main.ts).
import snapshotsJson from '../../build/data/index-snapshot.json';
import { createEngine, type Engine } from '../core/engine';
import type { PageInput } from '../core/types';
import type { Dataset } from '../dataset/types';
import type { Annotated } from '../shared/annotate-messages';
import { fingerprintsFor, type IndexSnapshot } from './index-snapshot';
import { bundledDatasets } from './store-bundled';

let warm: { datasets: readonly Dataset[]; engine: Engine } | null = null;

/** The engine over `datasets` (the bundled ones), built on first use and kept while the worker lives. */
export function warmEngine(datasets: readonly Dataset[] = bundledDatasets()): Engine {
  if (warm?.datasets !== datasets) {
    const snapshots = snapshotsJson as IndexSnapshot[];
    warm = { datasets, engine: createEngine(datasets, datasets.map((d) => fingerprintsFor(d, snapshots))) };
  }
  return warm.engine;
}

/** Builds the engine soon, after the current task (so an injection already requested is not held up). */
export function warmSoon(): void {
  if (!warm) setTimeout(() => warmEngine(), 0);
}

/** The answer to 'content/annotate': the page's notes, and for a recognised story its timeline and source articles. */
export function annotatePage(page: PageInput, datasets: readonly Dataset[] = bundledDatasets()): Annotated {
  const result = warmEngine(datasets).annotate(page);
  const story = result.story ? datasets.find((d) => d.story.id === result.story!.id) : undefined;
  return {
    ok: true,
    result,
    timeline: story?.story.timeline ?? [],
    articles: (story?.articles ?? []).map(({ file, outlet, url, headline, published }) => ({ file, outlet, url, headline, published })),
  };
}
