// The popup's label for each result follows its words: quotation marks and "Quote" only for a speaker's own words.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { bundledSearchClaims, savedSearchClaim } from '../../src/background/store-seed';
import { isDirectQuote } from '../../src/dataset/quotes';
import type { Dataset } from '../../src/dataset/types';
import { Search } from '../../src/ui/popup/results';
import type { SearchClaim } from '../../src/shared/messages';

const datasets = JSON.parse(readFileSync('build/data/datasets.json', 'utf8')) as Dataset[];
const paragraphOf = (file: string, n: number) => datasets[0]!.articles.find((a) => a.file === file)!.paragraphs.find((p) => p.index === n)!.text;

/** The one result row for one record, as the popup shows it. */
function row(c: SearchClaim): { quoted: boolean; meta: string } {
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  const root = document.getElementById('m') as unknown as HTMLElement;
  render(h(Search, { claims: [c], onOpen: () => {} }), root);
  return { quoted: root.querySelector('.results q') !== null, meta: root.querySelector('.results .meta')?.textContent ?? '' };
}

describe('popup labels', () => {
  it('marks as a quote exactly the reports whose words sit inside quotation marks in their source paragraph', () => {
    const records = bundledSearchClaims(datasets);
    const wrong: string[] = [];
    for (const c of records) {
      const { quoted, meta } = row(c);
      const direct = isDirectQuote(paragraphOf(c.file!, c.paragraph!), c.words);
      if (quoted !== direct || meta.endsWith('Quote') !== direct) wrong.push(`${c.id}: ${meta}`);
    }
    expect(wrong).toEqual([]);
    expect(records.filter((c) => c.kind === 'quote').length).toBeGreaterThan(10);
  });

  it('reads a report as the outlet\'s: "NZ Herald reported Jacinda Ardern’s account"', () => {
    const c = bundledSearchClaims(datasets).find((x) => x.words.startsWith('Ardern said she had "seen no evidence"'))!;
    expect(row(c)).toEqual({ quoted: false, meta: 'NZ Herald reported Jacinda Ardern’s account · 12 Aug 2022 · Reported' });
  });

  it("names the speaker of a saved claim only when it was saved as the speaker's quoted words", () => {
    const base = { id: 's', words: 'a great whanau', url: 'https://www.newshub.co.nz/x', title: 'T', published: null, createdAt: '2024-01-01T00:00:00Z', note: '' };
    expect(row(savedSearchClaim({ ...base, attribution: { form: 'quote', speaker: 'Willie Jackson', outlet: 'Newshub' } }))).toMatchObject({ quoted: true, meta: expect.stringMatching(/^Willie Jackson’s words, saved by you/) });
    expect(row(savedSearchClaim({ ...base, attribution: { form: 'reported', speaker: 'Willie Jackson', outlet: 'Newshub' } }))).toMatchObject({ quoted: false, meta: expect.stringMatching(/^Saved by you/) });
  });
});
