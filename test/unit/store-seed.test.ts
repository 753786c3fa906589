// The claims store: loading the bundled dataset, updating it atomically, and keeping the reader's saved claims.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStore } from '../../src/background/store';
import { DB_NAME, upgradeV1 } from '../../src/background/store-schema';
import type { Dataset } from '../../src/dataset/types';
import { makeDataset } from '../fixtures/db/dataset';

let bundled: Dataset[];
const stores: ClaimStore[] = [];
function newStore(): ClaimStore {
  const s = new ClaimStore(() => bundled);
  stores.push(s);
  return s;
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  bundled = [makeDataset('v1')];
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

async function storedVersion(): Promise<string | undefined> {
  const db = await openDB(DB_NAME);
  const meta = (await db.get('meta', 'dataset:sharma-2022')) as { version: string } | undefined;
  db.close();
  return meta?.version;
}

describe('dataset seeding', () => {
  it('loads the bundled dataset on first open and serves its claims for search', async () => {
    const store = newStore();
    await store.open();
    expect(store.status()).toEqual({ ok: true });
    expect(await storedVersion()).toBe('v1');
    const claims = await store.searchClaims();
    const jackson = claims.find((c) => c.words.includes('great whanau'));
    expect(jackson).toMatchObject({ claimant: 'Willie Jackson', outlet: 'Newshub', kind: 'quote', source: 'dataset' });
    // One record per report: Ardern's "no evidence" was reported by two articles.
    expect(claims.filter((c) => c.id.startsWith('ardern-no-evidence@'))).toHaveLength(2);
  });

  it('an update replaces the dataset records and keeps the saved claims', async () => {
    const first = newStore();
    await first.open();
    const saved = await first.saveClaim({ words: 'a claim I kept', url: 'https://www.rnz.co.nz/a', title: 'A', published: null });
    expect(saved.ok).toBe(true);
    first.close();

    const updated = makeDataset('v2');
    updated.claims = updated.claims.filter((c) => c.id !== 'sharma-gaslit');
    bundled = [updated];
    const second = newStore();
    await second.open();
    expect(await storedVersion()).toBe('v2');
    const claims = await second.searchClaims();
    expect(claims.some((c) => c.id.startsWith('sharma-gaslit@'))).toBe(false);
    expect(claims.filter((c) => c.source === 'saved').map((c) => c.words)).toEqual(['a claim I kept']);
  });

  it('skips loading when the same version is already stored', async () => {
    await newStore().open();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const again = newStore();
    await again.open();
    expect(put).not.toHaveBeenCalled();
    expect(again.status()).toEqual({ ok: true });
  });

  it('an update interrupted halfway aborts: the old dataset stays whole, the popup is told, search uses the bundled one', async () => {
    await newStore().open();
    const updated = makeDataset('v2');
    // A record that cannot be stored, late in the update: the transaction fails after many writes.
    (updated.claims[5] as unknown as { summary: unknown }).summary = () => 'not cloneable';
    updated.claims[0]!.summary = 'changed in v2';
    bundled = [updated];
    const store = newStore();
    await store.open();
    expect(store.status().ok).toBe(false);
    expect(await storedVersion()).toBe('v1');
    const db = await openDB(DB_NAME);
    const stored = (await db.get('claims', ['sharma-2022', updated.claims[0]!.id])) as { summary: string };
    const count = await db.count('claims');
    db.close();
    expect(stored.summary).toBe(makeDataset('v1').claims[0]!.summary);
    expect(count).toBe(makeDataset('v1').claims.length);
    // Searching still works, from the bundled (new) dataset.
    const claims = await store.searchClaims();
    expect(claims.find((c) => c.id.startsWith(`${updated.claims[0]!.id}@`))?.summary).toBe('changed in v2');
  });
});

describe('when IndexedDB cannot be used', () => {
  it('reports a problem sentence and still serves the bundled claims', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    try {
      const store = newStore();
      await store.open();
      const status = store.status();
      expect(status.ok).toBe(false);
      if (!status.ok) expect(status.problem).toMatch(/private window/);
      const claims = await store.searchClaims();
      expect(claims.some((c) => c.words.includes('gaslit'))).toBe(true);
      // A claim saved meanwhile is kept aside (see reliability-fallback.test.ts), and the popup says so.
      const result = await store.saveClaim({ words: 'x', url: 'https://rnz.co.nz/', title: '', published: null });
      expect(result.ok && result.pending).toBe(true);
      const after = store.status();
      expect(!after.ok && after.problem).toMatch(/^1 saved claim is waiting to be stored \(storage is not available in this window\)/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('a blocked upgrade reports the problem at once, serves bundled claims, and recovers when the old page closes', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => upgradeV1(db) });
    // This old connection ignores versionchange, like a stale page that never closes.
    const store = newStore();
    await store.open();
    const status = store.status();
    expect(status.ok).toBe(false);
    if (!status.ok) expect(status.problem).toMatch(/another of its pages/);
    expect((await store.searchClaims()).length).toBeGreaterThan(0);
    old.close();
    await vi.waitFor(() => expect(store.status()).toEqual({ ok: true }));
    expect(await storedVersion()).toBe('v1');
  });
});
