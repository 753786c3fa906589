// What a reader would notice from the engine: the right paragraph despite edits, silence on near misses, honest dates.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import type { PageInput } from '../../src/core/types';
import { sampleDataset, sourceParagraphs } from './helpers/sample-dataset';

const dataset = sampleDataset();
const engine = createEngine([dataset]);
const H1 = '001_488dc5d0bf034273.txt';
const N4 = '004_f67e6a7c87161c73.txt';
const RNZ = '000_de6308f5bd6f12f4.txt';
const HERALD_URL = dataset.articles.find((a) => a.file === H1)!.url;

const page = (paragraphs: string[], over: Partial<PageInput> = {}): PageInput => ({
  url: 'https://example.org/story', canonicalUrl: null, headline: null, outlet: null, published: null, keywords: [], paragraphs, ...over,
});
const herald = sourceParagraphs(H1);
const bodyOf = (file: string): string[] => sourceParagraphs(file).filter((_, i) => dataset.articles.find((a) => a.file === file)!.paragraphs[i]!.role === 'body');

describe('paragraph matching', () => {
  const edited = (i: number, text: string) => {
    const paras = [...herald.slice(0, 44)];
    paras[i] = text;
    const r = engine.annotate(page(paras, { url: HERALD_URL }));
    return r.paragraphs[i]!.source;
  };

  it('finds the paragraph with curly quotes, a typo, "Dr" added or a sentence cut', () => {
    expect(edited(2, herald[2]!.replace(/"/g, '\u201C'))).toMatchObject({ file: H1, paragraph: 2 });
    expect(edited(7, herald[7]!.replace('publicly', 'publically'))).toMatchObject({ file: H1, paragraph: 7 });
    expect(edited(3, herald[3]!.replace("Sharma's", "Dr Sharma's"))).toMatchObject({ file: H1, paragraph: 3 });
    expect(edited(25, herald[25]!.split('. ')[0]!)).toMatchObject({ file: H1, paragraph: 25 });
  });

  it('matches both halves of a split paragraph and a merged pair to their sources', () => {
    const paras = [...herald.slice(0, 44)];
    const [a, b] = [paras[5]!.split('. ')[0]! + '.', paras[5]!.split('. ').slice(1).join('. ')];
    paras.splice(5, 1, a, b);
    paras.splice(10, 2, `${paras[10]} ${paras[11]}`);
    const r = engine.annotate(page(paras, { url: HERALD_URL }));
    expect(r.paragraphs[5]!.source).toMatchObject({ file: H1, paragraph: 5 });
    expect(r.paragraphs[6]!.source).toMatchObject({ file: H1, paragraph: 5 });
    expect([9, 10]).toContain(r.paragraphs[10]!.source!.paragraph);
  });

  it('gives the generic Parliament sentence no source and no notes on a page about another story', () => {
    const text = '"Parliament, like any workplace, must be free from bullying and that expectation applies to everyone, including MPs," Luxon said.';
    const r = engine.annotate(page(['National has stood down Sam Uffindell over a school bullying attack.', text, 'Uffindell apologised.'], { headline: 'Uffindell stood down' }));
    expect(r.story).toBeNull();
    expect(r.paragraphs[1]!.source).toBeNull();
    expect(r.paragraphs.flatMap((p) => p.annotations)).toEqual([]);
  });
});

describe('story recognition', () => {
  it('recognises a Herald article by its id under an older slug', () => {
    const url = 'https://www.nzherald.co.nz/nz/parliament-bullying-claims-issues-with-mps-staff-revealed-ardern-to-front-media/DFLAUODS6STW3R5DFHI74SXMSY/';
    const r = engine.annotate(page(herald.slice(0, 3), { url }));
    expect(r.story?.id).toBe('sharma-2022');
    expect(r.article?.file).toBe(H1);
  });

  it('recognises a Newshub article republished on Stuff by its slug', () => {
    const url = 'https://www.stuff.co.nz/politics/350000004/labour-bullying-allegations-newshub-understands-staff-made-complaints-against-dr-gaurav-sharma';
    expect(engine.annotate(page(bodyOf(N4).slice(0, 2), { url })).article?.file).toBe(N4);
  });

  it('recognises a dataset article by its content at an unknown address', () => {
    const r = engine.annotate(page(bodyOf(RNZ)));
    expect(r.article?.file).toBe(RNZ);
  });

  it('stays silent on a page that names Gaurav Sharma once in passing', () => {
    const r = engine.annotate(page([
      'Complaints about workplace bullying have risen by a fifth, new figures show.',
      'When Labour MP Gaurav Sharma alleged bullying in August, the Prime Minister said Parliament must be free from bullying.',
      'Employment lawyers say employers are reviewing their policies.',
    ], { headline: 'Workplace bullying complaints rise' }));
    expect(r.story).toBeNull();
  });
});

describe('earlier reporting', () => {
  const claimParagraph = (r: ReturnType<typeof engine.annotate>) => r.paragraphs.find((p) => p.claims.includes('ardern-no-evidence'))!;

  it('never calls a same-day report earlier, and never cites the page itself', () => {
    // The Newshub article of 12 August, on its own URL: the Herald's same-day report is not "earlier".
    const n4 = dataset.articles.find((a) => a.file === N4)!;
    const r = engine.annotate(page(bodyOf(N4), { url: n4.url, published: '2022-08-12' }));
    const notes = r.paragraphs.flatMap((p) => p.annotations).filter((a) => a.kind === 'earlier');
    expect(notes.filter((a) => a.file === N4)).toEqual([]);
    expect(notes.filter((a) => a.published === '2022-08-12')).toEqual([]);
  });

  it('lists earlier reports for a later page, with its own differing words', () => {
    const r = engine.annotate(page(bodyOf(RNZ), { url: dataset.articles.find((a) => a.file === RNZ)!.url }));
    const notes = claimParagraph(r).annotations.filter((a) => a.kind === 'earlier');
    expect(notes.map((a) => a.file).sort()).toEqual([H1, N4]);
    expect(notes.every((a) => a.differsFrom !== null && !a.orderUnknown)).toBe(true);
  });

  it('marks order unknown when a new page has no date, listing every report of the claim', () => {
    const r = engine.annotate(page([
      'Labour MP Gaurav Sharma has called for an inquiry into his bullying claims against the party whips.',
      'Prime Minister Jacinda Ardern said she had "seen no evidence" of his allegations of bullying.',
      'Chief whip Duncan Webb said the Labour caucus would meet next week.',
    ], { headline: 'Gaurav Sharma calls for bullying inquiry', published: null }));
    const notes = claimParagraph(r).annotations.filter((a) => a.kind === 'earlier');
    // Every other article that reported the claim is listed once, labelled by date rather than called earlier.
    expect(notes.map((a) => a.file).sort()).toEqual([RNZ, H1, N4]);
    expect(notes.every((a) => a.orderUnknown)).toBe(true);
  });

  it('uses the dataset date of a recognised article whose page shows none', () => {
    const r = engine.annotate(page(bodyOf(RNZ)));
    const notes = claimParagraph(r).annotations.filter((a) => a.kind === 'earlier');
    expect(notes.map((a) => a.file).sort()).toEqual([H1, N4]);
    expect(notes.every((a) => !a.orderUnknown)).toBe(true);
  });

  it('puts conflicting accounts first, each with its dispute and side', () => {
    const r = engine.annotate(page(bodyOf(RNZ), { published: '2022-08-15T17:21:00+12:00' }));
    const notes = claimParagraph(r).annotations;
    expect(notes[0]!.kind).toBe('conflict');
    expect(notes[0]!.dispute?.side).toBe('Sharma: MPs are bullied');
    expect(notes.length).toBeLessThanOrEqual(6);
  });

  it('reports claims of the article that the page does not show', () => {
    const r = engine.annotate(page(herald.slice(0, 20), { url: HERALD_URL }));
    expect(r.missing.map((m) => m.claimId)).toEqual(expect.arrayContaining(['ardern-no-evidence', 'webb-staff-issues']));
  });
});
