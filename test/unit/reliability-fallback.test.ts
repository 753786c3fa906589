// Claims saved while IndexedDB refuses writes (full disk, no IndexedDB, blocked upgrade) are kept aside and never lost.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStore } from '../../src/background/store';
import { PENDING_KEY } from '../../src/background/store-pending';
import { DB_NAME, upgradeV1 } from '../../src/background/store-schema';
import { makeDataset } from '../fixtures/db/dataset';

const stores: ClaimStore[] = [];
function newStore(): ClaimStore {
  const s = new ClaimStore(() => [makeDataset()]);
  stores.push(s);
  return s;
}
const claim = (i: number) => ({ words: `claim number ${i}`, url: `https://www.rnz.co.nz/news/${i}`, title: `T${i}`, published: null });

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

async function inIndexedDb(): Promise<string[]> {
  const db = await openDB(DB_NAME);
  const all = (await db.getAll('savedClaims')) as { words: string }[];
  db.close();
  return all.map((s) => s.words).sort();
}
async function queued(): Promise<unknown[]> {
  return ((await fakeBrowser.storage.local.get(PENDING_KEY))[PENDING_KEY] as unknown[] | undefined) ?? [];
}
/** Makes every add/put refuse with QuotaExceededError after issuing the write, as a full disk does at commit. */
function fillDisk(): void {
  for (const method of ['add', 'put'] as const) {
    const real = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
      real.apply(this, args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
  }
}

describe('quota exceeded while saving', () => {
  it('0 of 45 claims lost: each refused save is queued, listed, searchable, and written once space is free', async () => {
    const store = newStore();
    await store.open();
    const N = 45;
    const words: string[] = [];
    for (let i = 0; i < N; i++) {
      // The disk fills and frees itself a few times while the reader saves, and is full at the end.
      if (i % 10 === 3) fillDisk();
      if (i % 10 === 7 && i < 40) vi.restoreAllMocks();
      const r = await store.saveClaim(claim(i));
      expect(r.ok).toBe(true);
      words.push(`claim number ${i}`);
    }
    const waiting = store.status();
    expect(!waiting.ok && waiting.problem).toMatch(/saved claims are waiting to be stored \(no storage space left; free some disk space\)/);
    const listed = await store.listSaved();
    expect(listed.ok && listed.saved.map((s) => s.words).sort()).toEqual([...words].sort());
    expect((await store.searchClaims()).filter((c) => c.source === 'saved')).toHaveLength(N);

    vi.restoreAllMocks();
    await store.listSaved(); // the next use after space is freed writes the queue
    expect(await inIndexedDb()).toEqual([...words].sort());
    expect(await queued()).toEqual([]);
    expect(store.status()).toEqual({ ok: true });
  });

  it('a queued claim can be edited and deleted before it reaches IndexedDB', async () => {
    const store = newStore();
    await store.open();
    fillDisk();
    const a = await store.saveClaim(claim(1));
    const b = await store.saveClaim(claim(2));
    if (!a.ok || !b.ok) throw new Error('not kept');
    const edited = await store.updateSaved(a.saved.id, { note: 'read again' });
    expect(edited.ok && edited.saved.note).toBe('read again');
    expect((await store.deleteSaved(b.saved.id)).ok).toBe(true);
    vi.restoreAllMocks();
    const list = await store.listSaved();
    expect(list.ok && list.saved.map((s) => [s.words, s.note])).toEqual([['claim number 1', 'read again']]);
  });

  it('when storage.local refuses too, the save fails with the full-disk sentence instead of pretending', async () => {
    const store = newStore();
    await store.open();
    fillDisk();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await store.saveClaim(claim(1));
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/no storage space left for Counterpoint, so saving the claim did not happen/) });
  });
});

describe('IndexedDB unavailable', () => {
  it('claims saved meanwhile survive a worker restart and are written when IndexedDB is back', async () => {
    const idb = globalThis.indexedDB;
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    const down = newStore();
    await down.open();
    for (let i = 0; i < 5; i++) expect((await down.saveClaim(claim(i))).ok).toBe(true);
    const status = down.status();
    expect(!status.ok && status.problem).toMatch(/^5 saved claims are waiting to be stored \(storage is not available in this window\)/);
    down.close();

    globalThis.indexedDB = idb;
    // A new worker (same storage.local) opens the store: the queue goes into IndexedDB.
    const up = newStore();
    await up.open();
    expect(up.status()).toEqual({ ok: true });
    expect(await inIndexedDb()).toEqual([0, 1, 2, 3, 4].map((i) => `claim number ${i}`));
    expect(await queued()).toEqual([]);
  });
});

describe('upgrade blocked by another open page', () => {
  it('a claim saved while blocked is kept, then stored once the old page closes', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => upgradeV1(db) });
    const store = newStore();
    await store.open();
    const r = await store.saveClaim(claim(9));
    expect(r.ok && r.pending).toBe(true);
    const status = store.status();
    expect(!status.ok && status.problem).toMatch(/^1 saved claim is waiting to be stored \(waiting for other Counterpoint pages to close\)/);
    expect(!status.ok && status.problem).toMatch(/Close other Counterpoint pages/);
    old.close();
    await vi.waitFor(() => expect(store.status()).toEqual({ ok: true }));
    expect(await inIndexedDb()).toEqual(['claim number 9']);
  });
});
