// Claim matching at its edges: which quotes are whose, how much of a quote must survive, what a cut paragraph keeps.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { ParagraphResult } from '../../src/core/types';
import { ownPage, storyCoverage } from '../fixtures/boundary/page';

const datasets = loadDatasets();
const engine = createEngine(datasets);
const N4 = datasets[0]!.articles.find((a) => a.file === '004_f67e6a7c87161c73.txt')!;
const H1 = datasets[0]!.articles.find((a) => a.file === '001_488dc5d0bf034273.txt')!;
/** How each claim of a paragraph was linked, as "Why this note?" tells the reader: `claim:via`. */
const whys = (p: ParagraphResult): string[] => p.links.map((l) => `${l.claimId}:${l.via}`);

/** The result of `paragraph` after `before` on coverage of the story. */
function onStoryPage(paragraph: string, before = 'Labour MPs return to Wellington on Monday.'): ParagraphResult {
  const r = engine.annotate(storyCoverage([before, paragraph, 'The caucus meets on Tuesday.']));
  expect(r.story?.id).toBe('sharma-2022');
  return r.paragraphs[1]!;
}

describe('a quote on a new page', () => {
  it("is Ardern's claim at ten words without her name: long enough to be hers alone", () => {
    const q = onStoryPage('"What this situation needs is not a declaration, but mediation."');
    expect(q.claims).toContain('ardern-mediation');
    expect(q.annotations.length).toBeGreaterThan(0);
  });

  it("is Sharma's at six words in its own paragraph right after one naming him", () => {
    const q = onStoryPage('"I\'m just getting on with work."', 'Gaurav Sharma was at Frankton Market again on Saturday.');
    expect(q.claims).toContain('sharma-working');
  });

  it("is no one's at six words when someone else says it and Sharma is not named nearby", () => {
    const q = onStoryPage('"I\'m just getting on with work," said the council chief executive, Jo Bloggs.');
    expect(q.claims).not.toContain('sharma-working');
    expect(q.annotations).toEqual([]);
  });

  it("is no one's at six words as the page's first paragraph, with no paragraph before it to name Sharma", () => {
    const r = engine.annotate(storyCoverage(['"I\'m just getting on with work," said the council chief executive, Jo Bloggs.', 'The caucus meets on Tuesday.']));
    expect(r.paragraphs[0]!.claims).not.toContain('sharma-working');
  });

  it('survives an expanded contraction (84% of the quote kept)', () => {
    const q = onStoryPage('"I have seen no evidence of what has been framed as bullying."');
    expect(q.claims).toContain('ardern-no-evidence');
  });

  it('is not the quote when only its stock opening is shared (58%: "...what has been alleged about the council")', () => {
    const q = onStoryPage('"I\'ve seen no evidence of what has been alleged about the council."');
    expect(q.claims).not.toContain('ardern-no-evidence');
    expect(q.annotations).toEqual([]);
  });
});

describe('a short quote and the name beside it', () => {
  it("is Ardern's at five words, the shortest quote found outside its paragraph, beside \"the Prime Minister\"", () => {
    expect(whys(onStoryPage('"Managing staff can be hard," the Prime Minister said.'))).toContain('ardern-managing-staff-hard:quote');
  });

  it("is Sharma's with his name as the paragraph's last word", () => {
    expect(whys(onStoryPage('"I\'m just getting on with work," said Sharma.'))).toContain('sharma-working:quote');
  });

  it("is Jackson's at eight words with no name at all: long enough to be his alone", () => {
    expect(whys(onStoryPage('"I\'ve never seen it. We\'re a great whanau."'))).toContain('jackson-never-seen:quote');
  });

  it('is never a restatement of a two-word clause: "according to Ardern" is not "the approach had not been welcome, according to Ardern"', () => {
    expect(onStoryPage('The caucus will meet on Tuesday, according to Ardern.').claims).not.toContain('ardern-help-unwelcome');
  });

  it('is never a restatement of a clause too short to carry a claim ("I\'ve looked at those processes")', () => {
    expect(onStoryPage('Ardern said: "I\'ve looked at those processes."').claims).not.toContain('ardern-no-evidence');
  });
});

describe('the page\'s own words beside an earlier report', () => {
  it('are the sentence that restates the claim, not the whole paragraph', () => {
    const restated = "Webb said his office became aware of issues with Sharma's staff about a year ago.";
    const q = onStoryPage(`${restated} Sharma spent Saturday at the market.`);
    const earlier = q.annotations.filter((a) => a.kind === 'earlier' && a.claimId === 'webb-aware-year-ago');
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((a) => a.differsFrom === restated)).toBe(true);
  });
});

describe("a paragraph cut on its own article's page", () => {
  const webb = N4.paragraphs[11]!.text;
  const cut = (end: string): ParagraphResult => {
    const body = N4.paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
    const at = body.indexOf(webb);
    body[at] = webb.replace(/ and that his office acted.*$/, end);
    // A fresh engine each time: its per-paragraph evidence cache starts empty, so each test reaches the lookup
    // (Stryker's per-test coverage credits a cached path only to the test that filled the cache).
    return createEngine(datasets).annotate(ownPage(N4, body)).paragraphs[at]!;
  };

  it('keeps the claim whose words it keeps ("...and that his office acted in good faith.")', () => {
    expect(cut(' and that his office acted in good faith.').claims).toEqual(['webb-aware-year-ago', 'webb-good-faith']);
  });

  it('drops the claim it cut mid-phrase ("...and that his office acted."), keeping the other', () => {
    expect(cut(' and that his office acted.').claims).toEqual(['webb-aware-year-ago']);
  });
});

describe('a restatement naming who said it', () => {
  it.each([
    ["Webb's claim, with about three quarters of his statement's words", "Webb said his office became aware of issues with Sharma's staff about a year ago.", 'webb-aware-year-ago:restated'],
    ["Ardern's, from four words of hers (the fewest a restatement may rest on)", 'Ardern said what the situation needed was mediation, not a declaration.', 'ardern-mediation:restated'],
    ["Sharma's, from three of the four words of one clause of his (blocked, obstructed, heard)", 'Sharma said he was blocked and obstructed whenever he tried to be heard.', 'sharma-blocked-until-lawyer:restated'],
    ["Sharma's, with four of his statement's ten words, the fewest that let a restatement be tested", 'Sharma said that once he took a lawyer into the room, everything was forgotten.', 'sharma-did-nothing-wrong:restated'],
    ['never a restatement of a three-word quote: "getting on with work" is linked in other words instead', 'Sharma said he was just getting on with his work.', 'sharma-working:paraphrase'],
    ["the outlet's own report restated without anyone named as its source", 'Complaints were made against Sharma by his own staff, Newshub understands.', 'staff-complaints-against-sharma:restated'],
  ])('is %s', (_what, text, why) => {
    expect(whys(onStoryPage(text))).toContain(why);
  });
});

describe("a paragraph of the page's own article with a clause added", () => {
  it('reports the added claim as well as its own (its source explains only half of it)', () => {
    const body = H1.paragraphs.slice(0, 30).map((p) => p.text);
    body[22] = `${body[22]!.replace(/\.$/, '')}, and that the row was an employment matter.`;
    const r = engine.annotate(ownPage(H1, body));
    expect(whys(r.paragraphs[22]!)).toEqual(expect.arrayContaining(['ardern-no-evidence:source', 'ardern-employment-matter:paraphrase']));
  });
});
