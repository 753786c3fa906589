// Loads the bundled datasets into the store in one transaction per update, and turns dataset records into search records.

import type { Article, Claim, Dataset } from '../dataset/types';
import type { SearchClaim, SavedClaim } from '../shared/messages';
import { DATASET_STORES, type Db } from './store-schema';

export interface SeedResult {
  /** Story ids whose records were (re)written. */
  loaded: string[];
  /** Story ids already at the bundled version. */
  skipped: string[];
  /** Story ids no longer bundled, whose records were removed. */
  removed: string[];
}

const metaKey = (storyId: string) => `dataset:${storyId}`;
/** Every composite key [storyId, x] of one story. Arrays sort after strings, so [id, []] bounds them. */
const storyRange = (storyId: string) => IDBKeyRange.bound([storyId], [storyId, []]);

/**
 * Brings the dataset stores in line with the bundled datasets. Stories already at the bundled version are left
 * alone; the rest are replaced in ONE transaction, so an interrupted update leaves the previous version whole.
 * Saved claims and visits are never touched.
 */
export async function seedDatasets(db: Db, datasets: readonly Dataset[], now = new Date()): Promise<SeedResult> {
  const metas = await db.getAll('meta');
  const have = new Map(metas.map((m) => [m.storyId, m.version]));
  const bundled = new Set(datasets.map((d) => d.story.id));
  const changed = datasets.filter((d) => have.get(d.story.id) !== d.version);
  const removed = [...have.keys()].filter((id) => !bundled.has(id));
  const result: SeedResult = {
    loaded: changed.map((d) => d.story.id),
    skipped: datasets.filter((d) => !changed.includes(d)).map((d) => d.story.id),
    removed,
  };
  if (changed.length === 0 && removed.length === 0) return result;

  const tx = db.transaction(DATASET_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const storyId of [...removed, ...result.loaded]) {
      writes.push(tx.objectStore('stories').delete(storyId));
      writes.push(tx.objectStore('articles').delete(storyRange(storyId)));
      writes.push(tx.objectStore('claims').delete(storyRange(storyId)));
      writes.push(tx.objectStore('disputes').delete(storyRange(storyId)));
      writes.push(tx.objectStore('meta').delete(metaKey(storyId)));
    }
    for (const d of changed) {
      const storyId = d.story.id;
      writes.push(tx.objectStore('stories').put(d.story));
      for (const a of d.articles) writes.push(tx.objectStore('articles').put({ ...a, storyId }));
      for (const c of d.claims) writes.push(tx.objectStore('claims').put({ ...c, storyId }));
      for (const x of d.disputes) writes.push(tx.objectStore('disputes').put({ ...x, storyId }));
      writes.push(tx.objectStore('meta').put({ storyId, version: d.version, loadedAt: now.toISOString() }, metaKey(storyId)));
    }
    await Promise.all(writes);
    await tx.done;
  } catch (err) {
    abortQuietly(tx);
    await Promise.allSettled([...writes, tx.done]);
    throw err;
  }
  return result;
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/** One search record per report of a claim (its words as that article printed them). */
export function datasetSearchClaims(articles: readonly Article[], claims: readonly Claim[]): SearchClaim[] {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const out: SearchClaim[] = [];
  for (const c of claims) {
    for (const [i, e] of c.evidence.entries()) {
      const a = byFile.get(e.file);
      if (!a) continue;
      out.push({
        id: `${c.id}@${e.file}#${e.paragraph}/${i}`,
        source: 'dataset',
        words: e.words,
        summary: c.summary,
        // Who speaks in these words (a minister quoted for the outlet's own claim), as the notes name them.
        claimant: e.speakerName ?? c.claimantName,
        outlet: a.outlet,
        // The label follows these words (quoted or reported), not the claim: a report of a quote is a report.
        kind: e.form,
        published: a.published,
        url: a.url,
        headline: a.headline,
        file: e.file,
        paragraph: e.paragraph,
      });
    }
  }
  return out;
}

export function savedSearchClaim(s: SavedClaim): SearchClaim {
  let outlet = '';
  try {
    outlet = new URL(s.url).hostname.replace(/^www\./, '');
  } catch {
    // keep empty
  }
  return {
    id: `saved:${s.id}`,
    source: 'saved',
    words: s.words,
    summary: s.note,
    // Named only as the speaker of their own quoted words; a saved report stays the outlet's.
    claimant: s.attribution?.form === 'quote' ? s.attribution.speaker : null,
    outlet,
    kind: 'saved',
    published: s.published,
    url: s.url,
    headline: s.title,
    file: null,
    paragraph: null,
  };
}

export function bundledSearchClaims(datasets: readonly Dataset[]): SearchClaim[] {
  return datasets.flatMap((d) => datasetSearchClaims(d.articles, d.claims));
}
