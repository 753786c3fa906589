// "Your words" beside an earlier report: which of the page paragraph's sentences is its version of the claim.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { Annotation } from '../../src/core/types';
import { storyCoverage } from '../fixtures/boundary/page';
import { FOLLOW_UP_ONE_QUOTE } from '../fixtures/boundary/story-pages';

const engine = createEngine(loadDatasets());

/** The earlier-reporting notes of `claimId` beside the second paragraph, `text`, of coverage of the story. */
function earlierNotes(text: string, claimId: string): Annotation[] {
  const r = engine.annotate(storyCoverage(['Labour MPs return to Wellington on Monday.', text]));
  const notes = r.paragraphs[1]!.annotations.filter((a) => a.kind === 'earlier' && a.claimId === claimId);
  expect(notes.length).toBeGreaterThan(0);
  return notes;
}

describe('your words beside an earlier report', () => {
  it("are the sentence of a quoted paragraph that is this page's version of the earlier words", () => {
    // The page quotes the Herald's three-sentence paragraph; the Herald's earlier report is "no idea why people had
    // expressed concern for his wellbeing", whose version here is the middle sentence.
    const notes = engine.annotate(FOLLOW_UP_ONE_QUOTE).paragraphs[1]!.annotations.filter((a) => a.kind === 'earlier');
    expect(notes.map((a) => [a.claimId, a.differsFrom])).toEqual([['sharma-doing-well', "I don't know why people are concerned about me."]]);
  });

  it('are the sentence that restates the claim when it shares no phrase with the earlier words, only their words', () => {
    const restated = 'Sharma said his efforts were obstructed; he was blocked and never heard.';
    const notes = earlierNotes(`${restated} He spent the weekend in Hamilton.`, 'sharma-blocked-until-lawyer');
    expect(notes.every((a) => a.differsFrom === restated)).toBe(true);
  });

  it('are the whole paragraph for a claim stated in other words: no sentence of it is the earlier one', () => {
    const text = 'Sharma says he has done nothing wrong and accuses chief whip Duncan Webb of threatening and gaslighting him. He spoke from Hamilton.';
    const notes = earlierNotes(text, 'sharma-whips-gaslit');
    expect(notes.every((a) => a.differsFrom === text)).toBe(true);
  });
});
