// A newly added article is linked to the claims it re-reports without hand work; ordinary phrasing is not.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build';
import { findRestatement } from '../../src/dataset/derive';
import { readStorySource } from '../../src/dataset/read-source';

const SIXTH = [
  'Labour MP Gaurav Sharma resigns, forcing Hamilton West by-election',
  'Gaurav Sharma has resigned as MP for Hamilton West, two months after he accused his party of bullying.',
  'In August, minister Willie Jackson responded to the claims: "I\'ve never seen it. We\'re a great whānau."',
  'The Prime Minister said at the time that she had seen no evidence of bullying.',
  'Sharma said on Tuesday he would contest the by-election as an independent.',
].join('\n');

const ENTRY = `- file: 005_resignation.txt
  outlet: RNZ
  headline: "Labour MP Gaurav Sharma resigns, forcing Hamilton West by-election"
  url: https://www.rnz.co.nz/news/political/476000/gaurav-sharma-resigns
  published: "2022-10-18T12:00:00+13:00"
  roles: { 0: headline }
  context:
    1: "Test: the resignation itself."
    2: "Test: re-quotes Jackson."
    3: "Test: restates Ardern in other words."
    4: "Test: new claim."
`;

describe('derived earlier reporting', () => {
  it('links a sixth article that re-quotes a claim, with the verbatim words from the new article', () => {
    const clean = readStorySource('data/sharma-2022');
    const result = buildDataset({ ...clean, articles: clean.articles + ENTRY, texts: { ...clean.texts, '005_resignation.txt': SIXTH } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const jackson = result.dataset.claims.find((c) => c.id === 'jackson-never-seen')!;
    const derived = jackson.evidence.filter((e) => e.derived);
    expect(derived).toEqual([
      expect.objectContaining({ file: '005_resignation.txt', paragraph: 2, words: "I've never seen it. We're a great whānau", derived: true }),
    ]);
    // The new report is the latest, so it is listed last; the earlier ones keep their order.
    expect(jackson.evidence.at(-1)?.file).toBe('005_resignation.txt');
    const para = result.dataset.articles.find((a) => a.file === '005_resignation.txt')!.paragraphs[2]!;
    expect(para.claims).toContain('jackson-never-seen');
  });

  it('does not link a paragraph that shares only a short phrase', () => {
    expect(findRestatement('seen no evidence', true, 'The Prime Minister said she had seen no evidence.')).toBeNull();
    expect(findRestatement('said on Friday that the party had', false, 'Bishop said on Friday that the party had a plan.')).toBeNull();
  });

  it('finds most of the words in order outside quotes, across an expanded name, and returns it verbatim', () => {
    const evidence = 'his office had become aware of issues between Dr Sharma and some of his staff a year ago';
    const para = 'Webb has said his office had become aware of issues between Gaurav Sharma and some of his staff a year ago, and acted.';
    expect(findRestatement(evidence, false, para)).toBe('his office had become aware of issues between Gaurav Sharma and some of his staff a year ago');
  });
});
