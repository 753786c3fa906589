// The reader's saved claims: the v1 -> v2 migration keeps them, saving/editing/deleting works, a full disk loses nothing.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStore } from '../../src/background/store';
import { DB_NAME, DB_VERSION } from '../../src/background/store-schema';
import { makeDataset } from '../fixtures/db/dataset';
import { V1_SAVED, makeV1Database } from '../fixtures/db/v1';

const stores: ClaimStore[] = [];
function newStore(version = 'v1'): ClaimStore {
  const s = new ClaimStore(() => [makeDataset(version)]);
  stores.push(s);
  return s;
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

describe('migration from a version-1 database', () => {
  it('keeps every saved claim, gives them an empty note, and lists them newest first', async () => {
    await makeV1Database(makeDataset('v1'));
    const store = newStore('v1');
    await store.open();
    expect(store.status()).toEqual({ ok: true });
    const list = await store.listSaved();
    if (!list.ok) throw new Error(list.problem);
    expect(list.saved.map((s) => s.id)).toEqual(['saved-2', 'saved-1']);
    expect(list.saved.find((s) => s.id === 'saved-1')).toEqual({ ...V1_SAVED[0], note: '' });
  });

  it('adds the v2 indexes, so claims saved on a page can be found by its URL', async () => {
    await makeV1Database(makeDataset('v1'));
    await newStore('v1').open();
    stores[0]!.close();
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    const onPage = await db.getAllFromIndex('savedClaims', 'byUrl', V1_SAVED[1]!.url);
    db.close();
    expect(onPage.map((s: { id: string }) => s.id)).toEqual(['saved-2']);
  });

  it('migrates and updates the dataset in the same open without touching saved claims', async () => {
    await makeV1Database(makeDataset('v1'));
    const store = newStore('v2');
    await store.open();
    const all = await store.searchClaims();
    expect(all.filter((c) => c.source === 'saved').map((c) => c.words).sort()).toEqual(V1_SAVED.map((s) => s.words).sort());
  });
});

describe('saved claims', () => {
  it('saves, edits and deletes a claim, and search sees each change', async () => {
    const store = newStore();
    await store.open();
    const r = await store.saveClaim({ words: '  Bullying is rampant  ', url: 'https://www.rnz.co.nz/x', title: 'X', published: '2022-08-12' });
    if (!r.ok) throw new Error(r.problem);
    expect(r.saved).toMatchObject({ words: 'Bullying is rampant', note: '', published: '2022-08-12' });
    const edited = await store.updateSaved(r.saved.id, { note: 'check this', words: 'Bullying is "rampant"' });
    expect(edited.ok && edited.saved).toMatchObject({ note: 'check this', words: 'Bullying is "rampant"', createdAt: r.saved.createdAt });
    expect((await store.searchClaims()).find((c) => c.source === 'saved')?.words).toBe('Bullying is "rampant"');
    expect((await store.deleteSaved(r.saved.id)).ok).toBe(true);
    expect((await store.searchClaims()).some((c) => c.source === 'saved')).toBe(false);
  });

  it('editing a claim that was deleted meanwhile says so', async () => {
    const store = newStore();
    await store.open();
    const r = await store.updateSaved('missing', { note: 'x' });
    expect(r).toEqual({ ok: false, problem: 'That saved claim no longer exists.' });
  });

  it('when the disk is full while saving: the claim is kept aside with a clear message, then stored once there is space', async () => {
    const store = newStore();
    await store.open();
    const first = await store.saveClaim({ words: 'kept', url: 'https://www.rnz.co.nz/a', title: 'A', published: null });
    expect(first.ok).toBe(true);
    const realAdd = IDBObjectStore.prototype.add;
    // Like a real quota failure: the write is issued, then the browser refuses it.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      realAdd.apply(this, args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await store.saveClaim({ words: 'too much', url: 'https://www.rnz.co.nz/b', title: 'B', published: null });
    expect(r.ok && r.pending).toBe(true);
    const status = store.status();
    expect(!status.ok && status.problem).toMatch(/^1 saved claim is waiting to be stored \(no storage space left; free some disk space\)/);
    // Nothing partial in IndexedDB: only the earlier claim is there; the new one is listed from the queue.
    const db = await openDB(DB_NAME);
    expect((await db.getAll('savedClaims')).map((s: { words: string }) => s.words)).toEqual(['kept']);
    db.close();
    vi.restoreAllMocks();
    const list = await store.listSaved();
    expect(list.ok && list.saved.map((s) => s.words).sort()).toEqual(['kept', 'too much']);
    expect(store.status()).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('pendingSavedClaims')).toEqual({});
  });

  it('an import writes all claims or none', async () => {
    const store = newStore();
    await store.open();
    const good = { id: 'a', words: 'one', url: 'https://rnz.co.nz/1', title: '', published: null, createdAt: '2022-01-01T00:00:00.000Z', note: '' };
    // The second record is not storable (an object where a string belongs is fine for IDB, a function is not).
    const bad = { ...good, id: 'b', note: (() => 'x') as unknown as string };
    const r = await store.importSaved([good, bad]);
    expect(r.ok).toBe(false);
    const list = await store.listSaved();
    expect(list.ok && list.saved).toEqual([]);
    expect((await store.importSaved([good])).ok).toBe(true);
  });
});
