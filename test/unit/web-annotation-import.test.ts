// Export/import of saved claims as W3C Web Annotations: round trips, and bad files are rejected without changing anything.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import type { SavedClaim } from '../../src/shared/messages';
import { MAX_IMPORT_ITEMS, exportSaved, parseImport } from '../../src/shared/web-annotation';
import { makeDataset } from '../fixtures/db/dataset';

const savedArb: fc.Arbitrary<SavedClaim> = fc.record({
  id: fc.uuid(),
  words: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s.length > 0),
  url: fc.webUrl({ validSchemes: ['https'] }),
  title: fc.string({ maxLength: 40 }),
  published: fc.option(fc.constantFrom('2022-08-12', '2022-08-15T17:21:00+12:00'), { nil: null }),
  createdAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  note: fc.string({ maxLength: 40 }),
});

let store: ClaimStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = new ClaimStore(() => [makeDataset()]);
  await store.open();
});
afterEach(() => store.close());

async function savedNow(): Promise<SavedClaim[]> {
  const r = await store.listSaved();
  if (!r.ok) throw new Error(r.problem);
  return r.saved;
}

describe('Web Annotation export', () => {
  it('writes an AnnotationCollection whose items quote the words and target the page', () => {
    const claim: SavedClaim = {
      id: 'abc', words: 'We are a great whānau', url: 'https://www.newshub.co.nz/a.html', title: 'T',
      published: '2022-08-12', createdAt: '2022-08-20T09:00:00.000Z', note: 'Jackson denies it',
    };
    const json = JSON.parse(exportSaved([claim]));
    expect(json).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    expect(json.first.items[0]).toMatchObject({
      type: 'Annotation',
      created: '2022-08-20T09:00:00.000Z',
      body: { type: 'TextualBody', value: 'Jackson denies it' },
      target: { source: 'https://www.newshub.co.nz/a.html', selector: { type: 'TextQuoteSelector', exact: 'We are a great whānau' } },
    });
  });

  it('export then import gives back the same claims', () => {
    fc.assert(
      fc.property(fc.uniqueArray(savedArb, { selector: (s) => s.id, maxLength: 8 }), (claims) => {
        const back = parseImport(exportSaved(claims));
        expect(back).toEqual({ ok: true, claims });
      }),
      { numRuns: 60 },
    );
  });

  it('accepts a plain array of annotations with a string body (as other tools write them)', () => {
    const r = parseImport(JSON.stringify([{ type: 'Annotation', body: 'my note', target: { source: 'https://rnz.co.nz/x', selector: { type: 'TextQuoteSelector', exact: 'no evidence' } } }]));
    expect(r.ok && r.claims[0]).toMatchObject({ words: 'no evidence', note: 'my note', url: 'https://rnz.co.nz/x' });
  });
});

describe('a bad import changes nothing', () => {
  type Item = Record<string, unknown>;
  const corruptions: fc.Arbitrary<(item: Item) => unknown> = fc.constantFrom<(item: Item) => unknown>(
    () => null,
    () => 'not an annotation',
    (i: Item) => ({ ...i, target: undefined }),
    (i: Item) => ({ ...i, target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } } }),
    (i: Item) => ({ ...i, target: { source: 'https://rnz.co.nz/', selector: { type: 'TextQuoteSelector', exact: '   ' } } }),
    (i: Item) => ({ ...i, target: { source: 'https://rnz.co.nz/', selector: { type: 'XPathSelector', value: '/p' } } }),
    (i: Item) => ({ ...i, type: 'Comment' }),
    (i: Item) => ({ ...i, created: 'yesterday' }),
    (i: Item) => ({ ...i, body: 42 }),
  );

  it('one malformed item among good ones: the whole file is refused with a message naming it, and the store is unchanged', async () => {
    await store.importSaved([{ id: 'mine', words: 'kept', url: 'https://rnz.co.nz/k', title: '', published: null, createdAt: '2022-01-01T00:00:00.000Z', note: '' }]);
    const before = await savedNow();
    await fc.assert(
      fc.asyncProperty(fc.array(savedArb, { minLength: 1, maxLength: 6 }), fc.nat(), corruptions, async (claims, at, corrupt) => {
        const file = JSON.parse(exportSaved(claims));
        const idx = at % claims.length;
        file.first.items[idx] = corrupt(file.first.items[idx]);
        const r = await importText(store, JSON.stringify(file));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problem).toContain(`Annotation ${idx + 1} cannot be imported`);
        expect(await savedNow()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('arbitrary JSON that is not an export is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const r = await importText(store, JSON.stringify(value));
        if (r.ok) expect(r.count).toBe(0);
        expect(await savedNow()).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('refuses files that are not JSON, too many items, or too large', async () => {
    expect(await importText(store, '{"type": "AnnotationCollection", ')).toEqual({ ok: false, problem: 'The file is not valid JSON; nothing was imported.' });
    const item = { type: 'Annotation', target: { source: 'https://rnz.co.nz/', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const many = await importText(store, JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => item)));
    expect(!many.ok && many.problem).toMatch(/more than the 10000 allowed/);
    const big = await importText(store, JSON.stringify([{ ...item, bodyValue: 'x'.repeat(5 * 1024 * 1024) }]));
    expect(!big.ok && big.problem).toMatch(/larger than 5 MB/);
    expect(await savedNow()).toEqual([]);
  });
});
