// The build-time index snapshot content/main ships gives the same notes as indexing on the page, and a stale one is ignored.
import { describe, expect, it } from 'vitest';
import { fingerprintsFor, snapshotIndex, type IndexSnapshot } from '../../src/background/index-snapshot';
import { createEngine } from '../../src/core/engine';
import type { PageInput } from '../../src/core/types';
import { sampleDataset, sourceParagraphs } from './helpers/sample-dataset';

const dataset = { ...sampleDataset(), version: 'v-test' };
const files = [...new Set(dataset.articles.map((a) => a.file))];
const pages: PageInput[] = files.map((file) => ({
  url: dataset.articles.find((a) => a.file === file)!.url,
  canonicalUrl: null,
  headline: null,
  outlet: null,
  published: null,
  keywords: [],
  // Each article with one paragraph edited, as a site would.
  paragraphs: sourceParagraphs(file).map((p, i) => (i === 3 ? p.replace(/\bsaid\b/, 'told reporters') : p)),
}));

describe('index snapshot', () => {
  // Through JSON, as the build writes it and the bundle reads it.
  const snapshot = JSON.parse(JSON.stringify(snapshotIndex(dataset))) as IndexSnapshot;
  const fresh = createEngine([dataset]);

  it('an engine built from the snapshot annotates every source article exactly as one that indexes on the page', () => {
    const shipped = createEngine([dataset], [fingerprintsFor(dataset, [snapshot])]);
    for (const page of pages) {
      const want = fresh.annotate(page);
      expect(want.story).not.toBeNull();
      expect(shipped.annotate(page)).toEqual(want);
    }
  });

  it('a snapshot of another dataset version is not used (the notes are still right)', () => {
    const stale = { ...snapshot, version: 'v-old', paragraphs: { ...snapshot.paragraphs, shingles: '' } };
    const fps = fingerprintsFor(dataset, [stale]);
    expect(fps.paragraphs.every((f) => f.shingles.length > 0)).toBe(true);
    expect(createEngine([dataset], [fps]).annotate(pages[0]!)).toEqual(fresh.annotate(pages[0]!));
  });
});
