// Replays every saved page fixture (dataset articles as the sites show them, new coverage, near misses) against its labels.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { loadDatasets } from '../../src/cli/run';
import { loadFixtures, scoreFixture } from '../fixtures/pages/replay';

// The real built dataset (npm test runs build:data first); a missing file fails with "run npm run build:data".
const engine = createEngine(loadDatasets());
const fixtures = loadFixtures();

describe('page fixtures', () => {
  it('has the labelled pages the evaluation relies on', () => {
    expect(fixtures.filter((f) => f.expected.story === null).length).toBeGreaterThanOrEqual(6);
    expect(fixtures.filter((f) => f.name.startsWith('new-')).length).toBeGreaterThanOrEqual(2);
  });

  it('labels every paragraph of the hand-written pages with its claims (or none), so a miss there is counted', () => {
    const handWritten = fixtures.filter((f) => /^(new|near)-/.test(f.name));
    const unlabelled = handWritten.flatMap((f) => f.expected.paragraphs.filter((p) => !Array.isArray(p.claims)).map((p) => `${f.name} p${p.index}`));
    expect(unlabelled).toEqual([]);
  });

  for (const fx of fixtures) {
    it(`${fx.name}: ${fx.expected.about}`, () => {
      const s = scoreFixture(engine, fx);
      expect(s.extractionErrors).toEqual([]);
      expect(s.errors).toEqual([]);
      if (fx.expected.story === null) {
        expect(s.result.story).toBeNull();
        expect(s.annotations).toBe(0);
      } else {
        expect(s.result.story?.id).toBe(fx.expected.story);
        // Coverage of the story shows notes somewhere on the page.
        expect(s.annotations).toBeGreaterThan(0);
      }
    });
  }
});
