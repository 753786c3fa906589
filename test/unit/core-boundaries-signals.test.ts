// Story recognition's other signals: a known address alone, a headline that is a paragraph, a page's tags, a story with no terms, namesakes.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { PageInput } from '../../src/core/types';
import { SURNAME_HEADLINE_THREE_CLAIMS, SURNAME_IN_PARAGRAPHS_ONLY } from '../fixtures/boundary/anchor-pages';
import { page } from '../fixtures/boundary/page';

const datasets = loadDatasets();
const engine = createEngine(datasets);
const RNZ = datasets[0]!.articles.find((a) => a.file === '000_de6308f5bd6f12f4.txt')!;

/** A short page with Gaurav Sharma in its headline and nothing of the story in its paragraphs: the name alone is 0.37. */
const namedInHeadline = (keywords: string[]): PageInput => ({
  ...page('https://www.stuff.co.nz/national/politics/300690200/gaurav-sharma-what-next', '2022-08-16T09:00:00+12:00', 'Gaurav Sharma: what next?', [
    'The MP spoke to reporters on Monday morning before a meeting in Wellington.',
    'He is expected to say more later this week.',
  ]),
  keywords,
});

describe("a dataset article's own address", () => {
  it('is the story whatever the page shows: a paywall teaser gets the article and its claims under "Not shown"', () => {
    const r = engine.annotate({
      url: RNZ.url, canonicalUrl: null, headline: null, outlet: 'RNZ', published: null, keywords: [], paragraphs: ['Subscribe to keep reading.'],
    });
    expect(r.story?.id).toBe('sharma-2022');
    expect(r.article?.file).toBe(RNZ.file);
    expect(r.missing.length).toBeGreaterThan(0);
  });
});

describe('a headline that is one of the story\'s paragraphs', () => {
  it('counts as a quoted paragraph: with one more quoted below it, the page is the story', () => {
    const h1 = datasets[0]!.articles.find((a) => a.file === '001_488dc5d0bf034273.txt')!;
    const headline = h1.paragraphs[12]!.text; // '"I was aware that ... those interventions weren't necessarily welcome."'
    const quoting = (title: string) =>
      page('https://example.org/live/parliament-tuesday', '2022-08-16T09:00:00+12:00', title, [h1.paragraphs[22]!.text, 'More to come.']);
    expect(engine.annotate(quoting('Parliament live: Tuesday')).story).toBeNull();
    expect(engine.annotate(quoting(headline)).story?.id).toBe('sharma-2022');
  });
});

describe("a page's tags (meta keywords)", () => {
  it("count as the story's words: the story's tags take a page named in its headline over the line", () => {
    expect(engine.annotate(namedInHeadline([])).story).toBeNull();
    expect(engine.annotate(namedInHeadline(['Labour', 'Caucus', 'Bullying'])).story?.id).toBe('sharma-2022');
  });
});

describe('a story whose dataset lists no terms', () => {
  const termless = createEngine([{ ...datasets[0]!, story: { ...datasets[0]!.story, signals: { ...datasets[0]!.story.signals, terms: [] } } }]);

  it('is not recognised from its central person named in a headline alone', () => {
    expect(termless.annotate(namedInHeadline(['Labour', 'Caucus', 'Bullying'])).story).toBeNull();
  });

  it('is still recognised by quoted paragraphs', () => {
    const rnzBody = RNZ.paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
    const quoting = page('https://example.org/news/what-rnz-reported', '2022-08-16T09:00:00+12:00', 'What RNZ reported', rnzBody.slice(0, 3));
    expect(termless.annotate(quoting).story?.id).toBe('sharma-2022');
  });
});

describe('another person whose surname is a word of a longer anchor ("Hamilton West MP")', () => {
  it('is not a namesake: a letter signed by Anna West leaves the surname-only page recognised', () => {
    const signed = { ...SURNAME_HEADLINE_THREE_CLAIMS, paragraphs: [...SURNAME_HEADLINE_THREE_CLAIMS.paragraphs, 'A petition was started by local resident Anna West.'] };
    expect(engine.annotate(signed).story?.id).toBe('sharma-2022');
  });
});

describe('"Sharma" in every paragraph, not the headline', () => {
  it('is not enough with three of his claims stated: the page never says which Sharma', () => {
    expect(SURNAME_IN_PARAGRAPHS_ONLY.paragraphs.every((p) => p.includes('Sharma'))).toBe(true);
    expect(engine.annotate(SURNAME_IN_PARAGRAPHS_ONLY).story).toBeNull();
  });
});
