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
    return engine.annotate(ownPage(N4, body)).paragraphs[at]!;
  };

  it('keeps the claim whose words it keeps ("...and that his office acted in good faith.")', () => {
    expect(cut(' and that his office acted in good faith.').claims).toEqual(['webb-aware-year-ago', 'webb-good-faith']);
  });

  it('drops the claim it cut mid-phrase ("...and that his office acted."), keeping the other', () => {
    expect(cut(' and that his office acted.').claims).toEqual(['webb-aware-year-ago']);
  });
});

describe('a restatement naming who said it', () => {
  it("is Webb's claim restated with about three quarters of his statement's words", () => {
    const q = onStoryPage("Webb said his office became aware of issues with Sharma's staff about a year ago.");
    expect(whys(q)).toContain('webb-aware-year-ago:restated');
  });

  it("is Ardern's claim restated from four words of hers (the fewest a restatement may rest on)", () => {
    const q = onStoryPage('Ardern said what the situation needed was mediation, not a declaration.');
    expect(whys(q)).toContain('ardern-mediation:restated');
  });

  it('is never a restatement of a three-word quote: "getting on with work" is linked in other words instead', () => {
    const q = onStoryPage('Sharma said he was just getting on with his work.');
    expect(whys(q)).toContain('sharma-working:paraphrase');
  });

  it("is the outlet's own report restated without anyone named as its source", () => {
    const q = onStoryPage('Complaints were made against Sharma by his own staff, Newshub understands.');
    expect(whys(q)).toContain('staff-complaints-against-sharma:restated');
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
