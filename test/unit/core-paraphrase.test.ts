// Claims in other words, on the shipped dataset: who speaks decides whose claim it is; near misses stay silent.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { hasNamesake } from '../../src/core/story-score';
import type { PageInput } from '../../src/core/types';
import { loadDatasets } from '../../src/cli/run';

const engine = createEngine(loadDatasets());

const page = (paragraphs: string[], over: Partial<PageInput> = {}): PageInput => ({
  url: 'https://www.1news.co.nz/2022/08/14/sharma-row-what-we-know/',
  canonicalUrl: null,
  headline: 'Sharma row: what we know so far',
  outlet: '1News',
  published: '2022-08-14T09:00:00+12:00',
  keywords: [],
  paragraphs,
  ...over,
});

/** An explainer in its own words, none of it copied from the five articles. */
const EXPLAINER = [
  'Labour MP Gaurav Sharma has been at the centre of a row with his party since his newspaper column went live on Thursday.',
  'Sharma, who says he has done nothing wrong, accuses chief whip Duncan Webb of threatening and gaslighting him.',
  'Prime Minister Jacinda Ardern said she had seen no evidence of bullying, describing the row as an employment matter within his office.',
  'She said a hiring freeze had been put on his office while the whips worked through the problems.',
  'Sharma wants an independent inquiry, and says it should be held in public.',
];

const linksOf = (paragraphs: string[], over: Partial<PageInput> = {}) => engine.annotate(page(paragraphs, over));

describe('claims in other words', () => {
  it('recognises an explainer whose headline lacks the full name, and links its paraphrased claims with why', () => {
    const r = linksOf(EXPLAINER);
    expect(r.story?.id).toBe('sharma-2022');
    expect(r.paragraphs[1]!.claims).toEqual(expect.arrayContaining(['sharma-did-nothing-wrong', 'sharma-whips-gaslit']));
    const gaslit = r.paragraphs[1]!.links.find((l) => l.claimId === 'sharma-whips-gaslit')!;
    expect(gaslit).toMatchObject({ via: 'paraphrase', speaker: 'Gaurav Sharma' });
    expect(gaslit.terms).toEqual(expect.arrayContaining(['gaslighting']));
    expect(r.paragraphs[2]!.claims).toEqual(expect.arrayContaining(['ardern-no-evidence', 'ardern-employment-matter']));
    expect(r.paragraphs[4]!.claims).toContain('sharma-wants-inquiry');
    // The margin shows the other side of each dispute beside the paraphrase.
    expect(r.paragraphs[2]!.annotations.some((a) => a.kind === 'conflict' && a.claimant === 'Gaurav Sharma')).toBe(true);
  });

  it('carries "she said" over from the previous paragraph\'s speaker', () => {
    const r = linksOf(EXPLAINER);
    expect(r.paragraphs[3]!.claims).toContain('hiring-pause');
  });

  it('never credits a claim to a person who is only mentioned: "Ardern rejected Sharma\'s claims" is not Sharma speaking', () => {
    const r = linksOf([...EXPLAINER.slice(0, 2), 'Ardern rejected Sharma\'s claims that bullying of MPs in Parliament was rampant, saying the issues were about staff.']);
    expect(r.paragraphs[2]!.claims).toContain('ardern-rejects-claims');
    expect(r.paragraphs[2]!.claims).not.toContain('sharma-bullying-rampant');
  });

  it('stays unlinked on the same words about another story the same week', () => {
    const r = linksOf([
      ...EXPLAINER.slice(0, 1),
      'National MP Sam Uffindell maintains he has done nothing wrong since the school incident was revealed.',
      'Ardern said she had seen no evidence that the Three Waters reforms would cost ratepayers more.',
    ]);
    expect(r.paragraphs[1]!.claims).toEqual([]);
    expect(r.paragraphs[2]!.claims).toEqual([]);
  });

  it('recognises a page that never gives the full name when the surname leads the headline and its people state the claims', () => {
    const letters = [
      'Sir, the Prime Minister says she has seen no evidence of bullying and calls it an employment matter within his office.',
      'Yet Sharma says the chief whip gaslit him, and he wants an independent inquiry held in public.',
      'Meanwhile Ardern says the hiring freeze was put in place to help, while Sharma says he was blocked until he brought a lawyer.',
    ];
    expect(engine.annotate(page(letters, { headline: 'Letters: Sharma, whips and the Prime Minister' })).story?.id).toBe('sharma-2022');
    // Without the surname in the headline, nothing identifies the page's Sharma: not recognised.
    expect(engine.annotate(page(letters, { headline: 'Letters to the editor' })).story).toBeNull();
  });

  it('does not recognise a page about another Sharma that mentions the MP once', () => {
    const r = engine.annotate(
      page(
        [
          'Local board member Dr Rohan Sharma says he was bullied and gaslit by colleagues, and wants an independent inquiry held in public.',
          'Dr Sharma says he has done nothing wrong and that complaints from staff were a smear.',
          'The board chair said an employment matter was being handled by council staff, and a hiring freeze was in place.',
          'Dr Sharma is not related to Hamilton West MP Gaurav Sharma, who was suspended from Labour\'s caucus last week.',
        ],
        { headline: 'Dr Rohan Sharma accuses local board colleagues of bullying', url: 'https://www.stuff.co.nz/auckland/local-board-sharma' },
      ),
    );
    expect(r.story).toBeNull();
    expect(r.paragraphs.every((p) => p.annotations.length === 0)).toBe(true);
  });

  it('tells a namesake from the story\'s Sharma, but not a sentence that merely starts with the surname', () => {
    expect(hasNamesake(['gaurav sharma'], ['The board member, Dr Rohan Sharma, said.'])).toBe(true);
    expect(hasNamesake(['gaurav sharma'], ['Indian politician Nupur Sharma was suspended.'])).toBe(true);
    expect(hasNamesake(['gaurav sharma'], ['When Sharma spoke, Labour MP Gaurav Sharma was clear.', 'Dr Gaurav Sharma said.'])).toBe(false);
  });

  it('does not recognise the December by-election as this story (outside its window)', () => {
    const r = engine.annotate(
      page(
        [
          'National\'s Tama Potaka has won the Hamilton West by-election, triggered by the resignation of former Labour MP Gaurav Sharma.',
          'Sharma, who was expelled from Labour\'s caucus in August after alleging bullying by MPs in Parliament, came fourth.',
          'Sharma said he had been gaslit by the chief whip and wanted a public inquiry.',
        ],
        { headline: 'Potaka wins Hamilton West after Sharma exit', published: '2022-12-10T22:00:00+13:00' },
      ),
    );
    expect(r.story).toBeNull();
  });
});
