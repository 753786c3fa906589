// Updating the extension over a database left by EVERY earlier schema version keeps every saved claim and visit.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimStore } from '../../src/background/store';
import { DB_NAME, DB_VERSION } from '../../src/background/store-schema';
import { makeDataset } from '../fixtures/db/dataset';
import { SNAPSHOTS, restoreDump, savedIn } from '../fixtures/db/snapshots';

const stores: ClaimStore[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('extension update over every earlier schema version', () => {
  it('has a frozen database snapshot for every schema version up to the current one', () => {
    expect(Object.keys(SNAPSHOTS).map(Number)).toEqual(versions);
  });

  for (const version of versions) {
    it(`v${version} -> v${DB_VERSION}: 0 saved claims lost, notes kept, visits kept, dataset brought up to date`, async () => {
      const dump = SNAPSHOTS[version]!(makeDataset(`old-${version}`));
      await restoreDump({ factory: indexedDB, name: DB_NAME, dump });
      const store = new ClaimStore(() => [makeDataset('current')]);
      stores.push(store);
      await store.open();
      expect(store.status()).toEqual({ ok: true });

      const expected = savedIn(dump);
      const list = await store.listSaved();
      if (!list.ok) throw new Error(list.problem);
      expect(list.saved).toHaveLength(expected.length);
      for (const e of expected) expect(list.saved.find((s) => s.id === e.id)).toEqual(e);
      // Newest first, as the options page lists them.
      const times = list.saved.map((s) => s.createdAt);
      expect([...times].sort().reverse()).toEqual(times);

      const search = await store.searchClaims();
      expect(search.filter((c) => c.source === 'saved').map((c) => c.id).sort()).toEqual(expected.map((e) => `saved:${e.id}`).sort());
      store.close();

      const db = await openDB(DB_NAME);
      expect(db.version).toBe(DB_VERSION);
      expect(await db.count('visits')).toBe(1);
      expect(((await db.get('meta', 'dataset:sharma-2022')) as { version: string }).version).toBe('current');
      db.close();
    });
  }

  it('a second start after the upgrade changes nothing (the upgrade ran once)', async () => {
    await restoreDump({ factory: indexedDB, name: DB_NAME, dump: SNAPSHOTS[1]!(makeDataset('old')) });
    const first = new ClaimStore(() => [makeDataset('current')]);
    stores.push(first);
    await first.open();
    const before = await first.listSaved();
    first.close();
    const second = new ClaimStore(() => [makeDataset('current')]);
    stores.push(second);
    await second.open();
    expect(await second.listSaved()).toEqual(before);
  });
});
