// Generated malformed and oversized imports, fed through the options page and the background message handler:
// each is refused with a sentence on the page, and the saved-claims store is byte-identical before and after.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { openDB, type IDBPDatabase } from 'idb';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import { DB_NAME } from '../../src/background/store-schema';
import type { Responses, SavedClaim } from '../../src/shared/messages';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, exportSaved } from '../../src/shared/web-annotation';
import { SavedClaims, type OptionsApi } from '../../src/ui/options/saved-claims';
import { makeDataset } from '../fixtures/db/dataset';
import { LONG, scaled } from '../long';

/** Generated runs take seconds, thousands of them under CP_LONG. */
const SLOW = { timeout: LONG ? 600_000 : 60_000 };
import { badItemArb, existingClaims, savedArb } from '../fixtures/db/import-arbs';

const OPTIONS_PAGE: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/src/options/index.html` };

let store: ClaimStore;
let raw: IDBPDatabase;
let root: HTMLElement;
let input: HTMLInputElement;
let win: { Event: typeof Event };
let lastImport: Promise<Responses['options/import']> = Promise.resolve({ ok: true, count: 0 });
const counts = { cases: 0, refused: 0, changed: 0 };

/** The options page's API as the browser wires it: runtime message -> background handler -> store. */
const api: OptionsApi = {
  list: () => store.listSaved(),
  update: (id, p) => store.updateSaved(id, p),
  remove: (id) => store.deleteSaved(id),
  importText: (text) => (lastImport = handleMessage(store, { type: 'options/import', text }, OPTIONS_PAGE) as Promise<Responses['options/import']>),
  exportJson: async () => ({ ok: false, problem: 'unused' }),
  download: () => undefined,
};

beforeAll(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  globalThis.indexedDB = new IDBFactory();
  store = new ClaimStore(() => [makeDataset()]);
  await store.open();
  expect((await store.importSaved(existingClaims)).ok).toBe(true);
  raw = await openDB(DB_NAME);
  const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = dom.document;
  win = dom as unknown as { Event: typeof Event };
  root = dom.document.getElementById('app') as unknown as HTMLElement;
  await act(async () => render(h(SavedClaims, { api }), root));
  input = root.querySelector('[data-testid=import]') as HTMLInputElement;
});
afterAll(() => {
  render(null, root);
  raw.close();
  store.close();
  delete (globalThis as { document?: unknown }).document;
  vi.restoreAllMocks();
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  console.info(`fuzz-import: ${counts.cases} generated bad imports, ${counts.refused} refused with a message, ${counts.changed} changed the store`);
});

/** Every saved-claims record with its key, the queue of kept-aside claims, and the dataset stores' sizes, as one string. */
async function snapshot(): Promise<string> {
  const tx = raw.transaction(['savedClaims', 'claims', 'meta'], 'readonly');
  const [keys, values, claims, meta] = await Promise.all([
    tx.objectStore('savedClaims').getAllKeys(),
    tx.objectStore('savedClaims').getAll(),
    tx.objectStore('claims').count(),
    tx.objectStore('meta').getAll(),
  ]);
  return JSON.stringify([keys, values, claims, meta, await fakeBrowser.storage.local.get(null)]);
}

/** Chooses the file on the options page and returns what the page then shows. */
async function importOnPage(text: string): Promise<{ result: Responses['options/import']; alert: string; status: string }> {
  Object.defineProperty(input, 'files', { value: [{ text: async () => text }], configurable: true });
  await act(async () => {
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
  const result = await lastImport;
  await act(async () => undefined);
  return {
    result,
    alert: root.querySelector('[role=alert]')?.textContent ?? '',
    status: root.querySelector('[role=status]')?.textContent ?? '',
  };
}

/** A bad file must be refused, say why on the page, and leave the store exactly as it was. */
async function expectRefused(text: string, why: RegExp): Promise<void> {
  counts.cases++;
  const before = await snapshot();
  const { result, alert, status } = await importOnPage(text);
  const after = await snapshot();
  if (after !== before) counts.changed++;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  counts.refused++;
  expect(result.problem).toMatch(why);
  expect(result.problem).toMatch(/nothing was imported\.$|so the import did not happen/);
  expect(alert).toBe(result.problem);
  expect(status).not.toMatch(/^Imported/);
  expect(after).toBe(before);
}

describe('malformed imports through the options page', () => {
  it('text that is not JSON, or an export cut short, is refused', SLOW, async () => {
    const exported = exportSaved(existingClaims);
    const notJson = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.nat({ max: exported.length - 1 }).map((k) => exported.slice(0, k)),
      fc.tuple(fc.nat({ max: exported.length - 1 }), fc.constantFrom('\u0000', '"', '{', ',,', '\\x')).map(([k, junk]) => exported.slice(0, k) + junk + exported.slice(k + 1)),
    ).filter((t) => {
      try {
        JSON.parse(t);
        return false;
      } catch {
        return true;
      }
    });
    await fc.assert(fc.asyncProperty(notJson, (t) => expectRefused(t, /not valid JSON/)), { numRuns: scaled(100, 1000) });
  });

  it('an export with one bad annotation anywhere (even after good ones that replace saved claims) is refused whole', SLOW, async () => {
    const file = fc.tuple(fc.array(savedArb, { minLength: 1, maxLength: 8 }), fc.nat(), badItemArb);
    await fc.assert(
      fc.asyncProperty(file, async ([claims, at, bad]) => {
        // Half the good annotations carry the id of a claim already saved: importing them would replace it.
        const mixed = claims.map((c, j) => (j % 2 ? c : { ...c, id: existingClaims[j % existingClaims.length]!.id }));
        const json = JSON.parse(exportSaved(mixed)) as { first: { items: unknown[] } };
        const idx = at % (claims.length + 1);
        json.first.items.splice(idx, 0, bad(json.first.items[idx % claims.length] as Record<string, unknown>));
        await expectRefused(JSON.stringify(json), new RegExp(`^Annotation ${idx + 1} cannot be imported`));
      }),
      { numRuns: scaled(150, 2000) },
    );
  });

  it('arbitrary JSON is refused (or, if it is an empty collection, imports nothing)', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const before = await snapshot();
        const { result, alert } = await importOnPage(JSON.stringify(value) ?? 'null');
        expect(await snapshot()).toBe(before);
        counts.cases++;
        if (result.ok) return void expect(result.count).toBe(0);
        counts.refused++;
        expect(result.problem).toMatch(/nothing was imported\.$/);
        expect(alert).toBe(result.problem);
      }),
      { numRuns: scaled(80, 800) },
    );
  });

  it('oversized files are refused before parsing: over 5 MB, over 10 000 annotations, a 30 MB line', SLOW, async () => {
    const item = JSON.parse(exportSaved(existingClaims.slice(0, 1))).first.items[0];
    await expectRefused(JSON.stringify([{ ...item, bodyValue: 'x'.repeat(MAX_IMPORT_BYTES) }]), /larger than 5 MB/);
    await expectRefused(' '.repeat(MAX_IMPORT_BYTES + 1), /larger than 5 MB/);
    await expectRefused('"' + 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) + '"', /larger than 5 MB/);
    await expectRefused('a'.repeat(30 * 1024 * 1024), /larger than 5 MB/);
    const small = { type: 'Annotation', target: { source: 'https://rnz.co.nz/', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    await expectRefused(JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => small)), /more than the 10000 allowed/);
  });
});

describe('a storage failure in the middle of a valid import', () => {
  it('the import is all or nothing: with the k-th write refused, the store is byte-identical', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(savedArb, { minLength: 2, maxLength: 12, selector: (s) => s.id }), fc.nat(), async (claims: SavedClaim[], k) => {
        const failAt = k % claims.length;
        const real = IDBObjectStore.prototype.put;
        let n = 0;
        const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
          const req = real.apply(this, args);
          if (n++ === failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return req;
        });
        try {
          await expectRefused(exportSaved(claims).replace(/\s+$/, ''), /no storage space left/);
        } finally {
          spy.mockRestore();
        }
      }),
      { numRuns: scaled(50, 500) },
    );
  });
});
