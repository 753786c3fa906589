// Every claim of the five articles can be found from the popup with a few words of it, as a reader remembers them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSearchClaims } from '../../src/background/store-seed';
import { STOPWORDS, tokens } from '../../src/core/normalize';
import type { Dataset } from '../../src/dataset/types';
import { buildIndex, searchClaims } from '../../src/ui/popup/search';

const datasets = JSON.parse(readFileSync('build/data/datasets.json', 'utf8')) as Dataset[];
const index = buildIndex(bundledSearchClaims(datasets));
const [sharma] = datasets;

/** Results shown without scrolling in the popup. */
const FIRST_SCREEN = 8;

/** The three longest distinct content words of a claim's first report: what a reader who read it might type. */
function remembered(words: string): string {
  const content = [...new Set(tokens(words).filter((w) => !STOPWORDS.has(w) && w.length > 3))];
  return content.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 3).join(' ');
}

describe('finding any claim from the popup', () => {
  it('finds each of the dataset\'s claims among the first results for three words of its first report', () => {
    const missed: string[] = [];
    for (const claim of sharma!.claims) {
      const query = remembered(claim.evidence[0]!.words);
      const found = searchClaims(index, query).slice(0, FIRST_SCREEN).some((c) => c.id.split('@')[0] === claim.id);
      if (!found) missed.push(`${claim.id}: "${query}"`);
    }
    expect(missed).toEqual([]);
    expect(sharma!.claims.length).toBeGreaterThan(70);
  });
});
