// Popup search as a reader types: tolerant of case, punctuation, macrons and small typos; ranked; filterable.

import { describe, expect, it } from 'vitest';
import { bundledSearchClaims, savedSearchClaim } from '../../src/background/store-seed';
import { NO_FILTERS, buildIndex, filterChoices, naiveSearch, searchClaims } from '../../src/ui/popup/search';
import { makeDataset } from '../fixtures/db/dataset';

const claims = [
  ...bundledSearchClaims([makeDataset()]),
  savedSearchClaim({
    id: 's1', words: 'Labour is a whānau that looks after its own', url: 'https://www.stuff.co.nz/politics/1', title: 'Stuff piece',
    published: '2022-08-20', createdAt: '2022-08-21T00:00:00.000Z', note: 'compare with Jackson',
  }),
];
const index = buildIndex(claims);
const ids = (q: string, f = NO_FILTERS) => searchClaims(index, q, f).map((c) => c.id.split('@')[0]);

describe('popup search', () => {
  it('"no evidence" finds both reports of Ardern saying she had seen none, first', () => {
    expect(ids('no evidence').slice(0, 2)).toEqual(['ardern-no-evidence', 'ardern-no-evidence']);
  });

  it('"whanau" and "Whānau" find Jackson\'s words and the saved claim alike', () => {
    for (const q of ['whanau', 'Whānau', 'WHANAU,']) {
      const got = ids(q);
      expect(got).toContain('jackson-whanau');
      expect(got).toContain('saved:s1');
    }
  });

  it('"gaslit" finds Sharma\'s account of Webb, with punctuation and case ignored', () => {
    expect(ids('gaslit')[0]).toBe('sharma-gaslit');
    expect(ids('"Gaslit!"')[0]).toBe('sharma-gaslit');
  });

  it('forgives a small typo and finds words as they are being typed', () => {
    expect(ids('evidance')).toContain('ardern-no-evidence');
    expect(ids('Parliamentary Serv')).toContain('spending-investigated');
    expect(ids('threatned')).toContain('sharma-gaslit');
  });

  it('ranks the claim whose own words match above ones that merely mention the term', () => {
    const got = ids('staff complaints');
    expect(got[0]).toBe('staff-complaints');
  });

  it('filters by claimant, outlet, kind and date', () => {
    expect(new Set(ids('', { ...NO_FILTERS, claimant: 'Jacinda Ardern' }))).toEqual(new Set(['ardern-no-evidence', 'ardern-dispute']));
    expect(ids('bullying', { ...NO_FILTERS, outlet: 'NZ Herald' }).every((id) => ['ardern-no-evidence', 'sharma-rampant', 'ardern-dispute'].includes(id!))).toBe(true);
    expect(ids('', { ...NO_FILTERS, kind: 'saved' })).toEqual(['saved:s1']);
    expect(new Set(ids('', { ...NO_FILTERS, from: '2022-08-13', to: '2022-08-15' }))).toEqual(new Set(['sharma-rampant', 'spending-investigated']));
  });

  it('offers filter choices drawn from the claims', () => {
    const choices = filterChoices(claims);
    expect(choices.claimants).toEqual(['Gaurav Sharma', 'Jacinda Ardern', 'Willie Jackson']);
    expect(choices.outlets).toEqual(['Newshub', 'NZ Herald', 'RNZ', 'stuff.co.nz']);
    // The label of each report is its form (quoted or reported), not the claim's kind.
    expect(choices.kinds).toEqual(['quote', 'reported', 'saved']);
  });

  it('finds everything the naive substring search finds for whole words', () => {
    for (const q of ['bullying', 'Ardern', 'staff', 'Parliamentary Service']) {
      const naive = new Set(naiveSearch(claims, q).map((c) => c.id));
      const got = new Set(searchClaims(index, q, NO_FILTERS, 1000).map((c) => c.id));
      for (const id of naive) expect(got.has(id), `${q}: ${id}`).toBe(true);
    }
  });
});
