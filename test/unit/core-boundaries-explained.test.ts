// Claims in other words and the rest of the paragraph: how much of it they must explain, names aside; names; no vocabulary.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import { storyCoverage } from '../fixtures/boundary/page';

const datasets = loadDatasets();
const engine = createEngine(datasets);
const market = 'Gaurav Sharma was at Frankton Market on Saturday.';
/** The claims of `text` after a paragraph naming Sharma, on coverage of the story. */
const claimsOf = (text: string, e = engine): string[] => e.annotate(storyCoverage([market, text])).paragraphs[1]!.claims;

describe('a paragraph whose words fill a claim\'s slots', () => {
  // Sharma wanting an inquiry, in a paragraph whose other words are the council's business.
  const council = (more: string) =>
    `Sharma said an independent inquiry into the council's water meters, roading contracts and library budget overruns${more} was overdue.`;

  it("is a statement of it when a quarter of its words are the claim's (3 of 12)", () => {
    expect(claimsOf(council(''))).toContain('sharma-wants-inquiry');
  });

  it('is not one when it is more about something else (3 of 13)', () => {
    expect(claimsOf(council(' and parking'))).toEqual([]);
  });

  it('is one when the words around the claim are the names of the story\'s people: names never count against it', () => {
    const names = 'Gaurav Sharma told Jacinda Ardern, Duncan Webb, Kieran McAnulty, Chris Hipkins, Willie Jackson and Andrew Little he wanted a public inquiry.';
    expect(claimsOf(names)).toContain('sharma-wants-inquiry');
  });

  it('shows in "Why this note?" the page\'s words that filled each slot, as written', () => {
    const r = engine.annotate(storyCoverage([market, 'Sharma said he was doing very well and no one need worry.']));
    expect(r.paragraphs[1]!.links.find((l) => l.claimId === 'sharma-doing-well')?.terms).toEqual(['doing very well', 'worry']);
  });
});

describe('a paragraph of nothing but names and small words', () => {
  it('states the claim its slots hold: \'Of him, she said: "No, I have not."\'', () => {
    const r = engine.annotate(storyCoverage(['Jacinda Ardern was asked about Sharma.', 'Of him, she said: "No, I have not."']));
    expect(r.paragraphs[1]!.claims).toContain('ardern-not-spoken');
  });
});

describe('a second claim in the same paragraph', () => {
  // An inquiry stated at length; "stand again at the election" fills the slots of his wish to stand again in passing.
  const inquiry = (tail: string) =>
    `Sharma said a public inquiry was needed into how Parliamentary Services had handled the claims, and whether he would stand again at the election mattered less to him than the truth for his staff, their families and the voters who had backed him through a difficult, lonely and bruising winter${tail}.`;

  it('is linked beside the first when its own words are a tenth of the paragraph (2 of 20)', () => {
    expect(claimsOf(inquiry(''))).toEqual(expect.arrayContaining(['sharma-wants-inquiry', 'sharma-stand-again']));
  });

  it('is not when they are less (2 of 21): the first claim alone is linked', () => {
    const claims = claimsOf(inquiry(' in Wellington'));
    expect(claims).toContain('sharma-wants-inquiry');
    expect(claims).not.toContain('sharma-stand-again');
  });
});

describe('a person the dataset lists without their surname as an alias', () => {
  it('is still named by the surname alone ("Webb confirmed ...")', () => {
    const story = datasets[0]!.story;
    const people = story.people.map((p) => (p.id === 'webb' ? { ...p, aliases: p.aliases.filter((a) => a !== 'Webb') } : p));
    const noAlias = createEngine([{ ...datasets[0]!, story: { ...story, people } }]);
    expect(claimsOf('Webb confirmed he knew of issues with office employees twelve months ago.', noAlias)).toContain('webb-aware-year-ago');
  });
});

describe('a dataset without a vocabulary', () => {
  it('still finds quotes and restatements; it links nothing in other words', () => {
    const plain = createEngine([{ ...datasets[0]!, vocabulary: undefined }]);
    expect(claimsOf("Webb said his office became aware of issues with Sharma's staff about a year ago.", plain)).toEqual(['webb-aware-year-ago']);
    expect(claimsOf('Sharma said he was just getting on with his work.', plain)).toEqual([]);
  });
});
