// Paragraph matching at its edges: ties refused, near-ties taken, re-quotes versus copies, a page that is an article.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { PageInput, ParagraphResult } from '../../src/core/types';
import { AROUND, WIRE, pageQuoting, withIdenticalCopies, withTaggedCopies, withWireCopies } from '../fixtures/boundary/tie-dataset';
import { FOLLOW_UP_ONE_QUOTE } from '../fixtures/boundary/story-pages';
import { ownPage } from '../fixtures/boundary/page';

const datasets = loadDatasets();
const engine = createEngine(datasets);
const wired = createEngine([withWireCopies(datasets[0]!)]);
const identical = createEngine([withIdenticalCopies(datasets[0]!)]);
const RNZ = '000_de6308f5bd6f12f4.txt';
const H1 = '001_488dc5d0bf034273.txt';
const H3 = '003_80caf779e764ae7d.txt';
const N4 = '004_f67e6a7c87161c73.txt';
const article = (file: string) => datasets[0]!.articles.find((a) => a.file === file)!;
const textOf = (file: string, i: number): string => article(file).paragraphs[i]!.text;

const cited = (p: ParagraphResult): string[] => p.annotations.map((a) => `${a.file}#${a.paragraph}`);

describe('a paragraph two dataset paragraphs explain equally', () => {
  it('is refused: neither copy is its source, and both outlets\' reports are shown beside it', () => {
    // "..., Labour said.": 1News gives the quote to Webb, the ODT to Ardern; the page cannot tell which it copied.
    const q = wired.annotate(pageQuoting('Labour said.')).paragraphs[1]!;
    expect(q.source).toBeNull();
    expect(cited(q)).toEqual(expect.arrayContaining([`${WIRE.webb.file}#1`, `${WIRE.ardern.file}#1`]));
  });

  it('is taken when slightly closer to one copy, and the other attribution is not put beside it', () => {
    // "..., Webb said on Friday." keeps 1News's "Webb said": about 0.09 closer to it than to the ODT's copy.
    const q = wired.annotate(pageQuoting('Webb said on Friday.')).paragraphs[1]!;
    expect(q.source?.file).toBe(WIRE.webb.file);
    expect(cited(q)).not.toContain(`${WIRE.ardern.file}#1`);
    // Nor is the ODT's copy taken as a second source of the same words: Ardern's version is not reported.
    expect(q.claims).toEqual([WIRE.webb.claimId]);
  });

  it("goes to the page's own article on that article's page, though the other copy is a little closer", () => {
    // "..., Labour said." is 0.91 like the ODT's copy and 0.90 like 1News's: on 1News's own page it is 1News's.
    const page = { ...pageQuoting('Labour said.'), url: `https://example.org/wire/${WIRE.webb.file}` };
    const r = wired.annotate(page);
    expect(r.article?.file).toBe(WIRE.webb.file);
    expect(r.paragraphs[1]!.source?.file).toBe(WIRE.webb.file);
  });

  it('is taken, not refused, when both copies carry the same claim: the notes are the same either way', () => {
    const q = identical.annotate(pageQuoting('Webb said.')).paragraphs[1]!;
    expect(q.source).not.toBeNull();
    expect(q.links.map((l) => `${l.claimId}:${l.via}`)).toEqual([`${WIRE.webb.claimId}:source`]);
  });

  it.each([
    ['five', 2, 'next week', 'next month'],
    ['four', 3, 'elaborate', 'comment'],
  ] as const)("matches a %s-word paragraph of the page's own article only when it is all there", (_n, at, word, other) => {
    const onPage = (last: string) => {
      const page = { ...pageQuoting('Labour said.'), url: `https://example.org/wire/${WIRE.webb.file}`, paragraphs: [...AROUND.slice(0, 2), WIRE.webb.text, last] };
      return wired.annotate(page).paragraphs[3]!.source;
    };
    expect(onPage(AROUND[at]!)).toMatchObject({ file: WIRE.webb.file, paragraph: at + 1 });
    expect(onPage(AROUND[at]!.replace(word, other))).toBeNull();
  });
});

describe('two copies of a paragraph tagged with different claims', () => {
  const quoted = (one: Parameters<typeof withTaggedCopies>[1], odt: Parameters<typeof withTaggedCopies>[2]): ParagraphResult =>
    createEngine([withTaggedCopies(datasets[0]!, one, odt)]).annotate(pageQuoting('Webb said.')).paragraphs[1]!;

  it('are refused when one carries a claim the other lacks: the page cannot say whether it reports it', () => {
    expect(quoted({ parts: ['goodFaith', 'constructive'] }, { parts: ['goodFaith'] }).source).toBeNull();
  });

  it('are refused when they share one claim and differ in the other', () => {
    expect(quoted({ parts: ['goodFaith', 'constructive'] }, { parts: ['goodFaith', 'support'] }).source).toBeNull();
  });

  it('give the paragraph to the copy it reproduces whole, not to an earlier, longer copy that contains it', () => {
    const q = quoted({ tail: ' in a statement on Friday.', parts: ['goodFaith'] }, { parts: ['goodFaith'] });
    expect(q.source?.file).toBe(WIRE.ardern.file);
  });
});

describe('a dataset paragraph re-quoted on a new page', () => {
  const wrapped = (tail: string): ParagraphResult => {
    const paragraphs = [...FOLLOW_UP_ONE_QUOTE.paragraphs];
    paragraphs[1] = `${paragraphs[1]} ${tail}`;
    return engine.annotate({ ...FOLLOW_UP_ONE_QUOTE, paragraphs }).paragraphs[1]!;
  };

  it('is still the Herald\'s paragraph with a short attribution added (similarity ~0.84)', () => {
    const q = wrapped('he told the Herald on Saturday.');
    expect(q.source).toMatchObject({ file: H3, paragraph: 11 });
  });

  it('is a re-quote once a clause of its own is added (~0.79): no source, the claim still found in its words', () => {
    const q = wrapped('he said while handing out leaflets at the market.');
    expect(q.source).toBeNull();
    expect(q.claims).toContain('sharma-doing-well');
    expect(q.annotations.length).toBeGreaterThan(0);
  });
});

describe("a page paragraph on its own article's page", () => {
  const herald = (edit: (paras: string[]) => void): ParagraphResult[] => {
    const paras = article(H1).paragraphs.slice(0, 30).map((p) => p.text);
    edit(paras);
    return engine.annotate(ownPage(article(H1), paras)).paragraphs;
  };

  it('is not the paragraph a four-word cross-head quotes a phrase from', () => {
    const paras = herald((p) => p.splice(7, 0, 'Reflect a wider issue'));
    expect(paras[7]!.source).toBeNull();
  });

  it('is not the paragraph it was updated from when only its opening is kept (~0.4 of either)', () => {
    const updated = 'Hamilton West MP Sharma, writing in an explosive column in the NZ Herald on Thursday, has since been suspended.';
    const paras = herald((p) => p.splice(1, 1, updated));
    expect(paras[1]!.source).toBeNull();
  });

  it('is still its paragraph as the half of a split with a typo in it', () => {
    const [first, second] = textOf(H1, 25).split(/(?<=office\.) /);
    const paras = herald((p) => p.splice(25, 1, first!, second!.replace('appropriately', 'appropriatly')));
    expect(paras[25]!.source).toMatchObject({ file: H1, paragraph: 25 });
    expect(paras[26]!.source).toMatchObject({ file: H1, paragraph: 25 });
  });

  it('is both paragraphs it merges, though they share a few words: "Why this note?" says source for all four claims', () => {
    // 001 p0 and p25 share about a fifth of their matched phrases ("a hiring pause", "the backbencher's office").
    const paras = herald((p) => {
      p.splice(25, 1);
      p.splice(0, 1, `${textOf(H1, 0)} ${textOf(H1, 25)}`);
    });
    expect(paras[0]!.source).toMatchObject({ file: H1, paragraph: 25 });
    expect(paras[0]!.links.map((l) => `${l.claimId}:${l.via}`).sort()).toEqual(
      ['ardern-employment-matter', 'ardern-rejects-claims', 'ardern-whips-did-job', 'hiring-pause'].map((c) => `${c}:source`),
    );
  });

  it('reports every claim of eight paragraphs run together (line breaks lost), and no other', () => {
    // (The ninth, RNZ's last body paragraph, was a short one with no claim; it now carries Ardern's "not unusual".)
    const body = article(RNZ).paragraphs.filter((p) => p.role === 'body');
    const block = body.slice(4, 12);
    const r = engine.annotate(ownPage(article(RNZ), [...body.slice(0, 4).map((p) => p.text), block.map((p) => p.text).join(' ')]));
    expect(new Set(r.paragraphs[4]!.claims)).toEqual(new Set(block.flatMap((p) => p.claims)));
  });

  it("is still its paragraph as a six-word quote split from it, the fewest words a match rests on (the Herald's own page)", () => {
    const pieces = textOf(H3, 19).split(/(?<=:) |(?<=\.") /);
    expect(pieces[1]).toBe('"I\'m just getting on with work."');
    const body = article(H3).paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
    const at = body.indexOf(textOf(H3, 19));
    body.splice(at, 1, ...pieces);
    const quote = engine.annotate(ownPage(article(H3), body)).paragraphs[at + 1]!;
    expect(quote.source).toMatchObject({ file: H3, paragraph: 19 });
    expect(quote.links.map((l) => `${l.claimId}:${l.via}`)).toEqual(['sharma-working:source']);
  });

  it("is still its paragraph as a seven-word attribution split from the quote (Newshub's own page)", () => {
    const [quote, attribution] = textOf(N4, 3).split(/(?<=,") /);
    const body = article(N4).paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
    body.splice(2, 1, quote!, attribution!);
    const r = engine.annotate(ownPage(article(N4), body));
    expect(attribution).toBe('he told those who turned up for the handover.');
    expect(r.paragraphs[3]!.source).toMatchObject({ file: N4, paragraph: 3 });
  });
});

describe('a page that is a dataset article by its content alone', () => {
  const rnz = article(RNZ);
  const body = rnz.paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
  const unknownAddress = (n: number): PageInput => ({
    url: 'https://example.org/syndicated', canonicalUrl: null, headline: null, outlet: null, published: null, keywords: [], paragraphs: body.slice(0, n),
  });

  it('is RNZ\'s article with six of its thirteen paragraphs, and lists the claims it does not show', () => {
    const r = engine.annotate(unknownAddress(6));
    expect(r.article?.file).toBe(RNZ);
    expect(r.missing.length).toBeGreaterThan(0);
  });

  it('is new coverage re-quoting RNZ with five of them: no article, nothing listed as missing', () => {
    const r = engine.annotate(unknownAddress(5));
    expect(r.story?.id).toBe('sharma-2022');
    expect(r.article).toBeNull();
    expect(r.missing).toEqual([]);
  });
});
