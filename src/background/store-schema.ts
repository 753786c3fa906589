// IndexedDB schema of the claims store and its versioned upgrades (v1: object stores, v2: saved-claim indexes + notes).

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Article, Claim, Dispute, Story } from '../dataset/types';
import type { SavedClaim } from '../shared/messages';

export const DB_NAME = 'counterpoint';
export const DB_VERSION = 2;

/** Dataset records carry their story id so one story's records can be replaced as a block. */
export type StoredArticle = Article & { storyId: string };
export type StoredClaim = Claim & { storyId: string };
export type StoredDispute = Dispute & { storyId: string };

export interface Visit {
  url: string;
  storyId: string | null;
  count: number;
  /** ISO time of the latest visit. */
  lastVisited: string;
}

export interface DatasetMeta {
  storyId: string;
  version: string;
  loadedAt: string;
}

export interface CounterpointDB extends DBSchema {
  stories: { key: string; value: Story };
  articles: { key: [string, string]; value: StoredArticle };
  claims: { key: [string, string]; value: StoredClaim };
  disputes: { key: [string, string]; value: StoredDispute };
  savedClaims: { key: string; value: SavedClaim; indexes: { byUrl: string; byCreatedAt: string } };
  visits: { key: string; value: Visit };
  /** Out-of-line keys: `dataset:<storyId>` -> DatasetMeta. */
  meta: { key: string; value: DatasetMeta };
}

export type Db = IDBPDatabase<CounterpointDB>;
type UpgradeTx = IDBPTransaction<CounterpointDB, StoreNames<CounterpointDB>[], 'versionchange'>;

/** The stores the dataset occupies (written together in one transaction). */
export const DATASET_STORES = ['stories', 'articles', 'claims', 'disputes', 'meta'] as const;

/** v1: one object store per record kind. Saved claims had no note field and no indexes. */
export function upgradeV1(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('stories', { keyPath: 'id' });
  db.createObjectStore('articles', { keyPath: ['storyId', 'file'] });
  db.createObjectStore('claims', { keyPath: ['storyId', 'id'] });
  db.createObjectStore('disputes', { keyPath: ['storyId', 'id'] });
  db.createObjectStore('savedClaims', { keyPath: 'id' });
  db.createObjectStore('visits', { keyPath: 'url' });
  db.createObjectStore('meta');
}

/**
 * v2: saved claims get a `note` (empty for claims saved under v1) and indexes by page URL (for "saved on this
 * page") and by creation time (for the options list, newest first). Runs inside the upgrade transaction, so a
 * failure leaves the v1 database as it was.
 */
export async function upgradeV2(tx: UpgradeTx): Promise<void> {
  const saved = tx.objectStore('savedClaims');
  saved.createIndex('byUrl', 'url');
  saved.createIndex('byCreatedAt', 'createdAt');
  let cursor = await saved.openCursor();
  while (cursor) {
    const rec = cursor.value as Partial<SavedClaim>;
    if (typeof rec.note !== 'string') await cursor.update({ ...(rec as SavedClaim), note: '' });
    cursor = await cursor.continue();
  }
}

/** The upgrade callback for openDB: runs every step between the stored version and DB_VERSION, in order. */
export function upgrade(db: Db, oldVersion: number, _newVersion: number | null, tx: UpgradeTx): Promise<void> | void {
  if (oldVersion < 1) upgradeV1(db as unknown as IDBPDatabase<unknown>);
  if (oldVersion < 2) {
    // A failed step aborts the upgrade transaction: the database stays at its old version and openDB rejects.
    return upgradeV2(tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // already aborted
      }
    });
  }
}
