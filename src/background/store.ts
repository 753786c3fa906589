// The background's claims store (IndexedDB via idb): dataset records, the reader's saved claims, visits, and a status.

import { openDB, type IDBPTransaction } from 'idb';
import type { Dataset } from '../dataset/types';
import type { Attribution, SavedClaim, SearchClaim, StoreStatus } from '../shared/messages';
import { DB_NAME, DB_VERSION, upgrade, type CounterpointDB, type Db } from './store-schema';
import { PendingClaims } from './store-pending';
import { NOT_FOUND, describeProblem, pendingProblem, reasonOf } from './store-problems';
import { abortQuietly, bundledSearchClaims, datasetSearchClaims, savedSearchClaim, seedDatasets } from './store-seed';

export { describeProblem };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: string };

export interface NewSavedClaim {
  words: string;
  url: string;
  title: string;
  published: string | null;
  note?: string;
  attribution?: Attribution;
}

export class ClaimStore {
  private db: Db | null = null;
  private problem: string | null = null;
  /** True once the bundled datasets are in the database at their bundled version. */
  private seeded = false;
  /** Saved claims IndexedDB refused, waiting in storage.local; `failure` is the latest refusal. */
  private readonly pending = new PendingClaims();
  private failure: unknown = null;

  constructor(
    private readonly datasets: () => readonly Dataset[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** What the popup shows: claims kept aside (if any), then the store's problem (if any). */
  status(): StoreStatus {
    const parts = [this.pending.count > 0 ? pendingProblem(this.pending.count, reasonOf(this.failure)) : '', this.problem ?? ''];
    const problem = parts.filter(Boolean).join(' ');
    return problem ? { ok: false, problem } : { ok: true };
  }

  /**
   * Opens (and upgrades) the database and loads the bundled datasets. Never throws: failures become the status.
   * A blocked upgrade keeps waiting in the background; meanwhile callers carry on with the bundled data.
   */
  open(): Promise<void> {
    if (!this.connecting) {
      this.blocked = new Promise<void>((resolve) => (this.markBlocked = resolve));
      this.connecting = this.connect().finally(() => {
        this.connecting = null;
      });
    }
    return Promise.race([this.connecting, this.blocked]);
  }

  private connecting: Promise<void> | null = null;
  private blocked: Promise<void> = Promise.resolve();
  private markBlocked: () => void = () => undefined;

  private async connect(): Promise<void> {
    await this.pending.list(); // refreshes the count the status line shows
    try {
      if (typeof indexedDB === 'undefined') throw Object.assign(new Error('no IndexedDB'), { name: 'MissingStorage' });
      const db = await openDB<CounterpointDB>(DB_NAME, DB_VERSION, {
        upgrade,
        blocked: () => {
          this.failure = { name: 'Blocked' };
          this.problem = describeProblem(this.failure, '');
          this.markBlocked();
        },
        // Another page wants a newer version: let it, and reopen on next use.
        blocking: () => this.close(),
        terminated: () => {
          this.db = null;
        },
      });
      this.db = db;
      this.problem = null;
      await this.seed(db);
      await this.flushPending(db);
    } catch (err) {
      this.failure = err;
      this.problem = describeProblem(err, 'saving and loading claims');
    }
  }

  /** Writes the claims kept aside into IndexedDB in one transaction, then drops them from the queue. */
  private async flushPending(db: Db): Promise<void> {
    const list = this.pending.count > 0 ? await this.pending.list() : [];
    if (list.length === 0) return;
    const tx = db.transaction(['savedClaims'], 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      for (const c of list) writes.push(tx.objectStore('savedClaims').put(c));
      await Promise.all(writes);
      await tx.done;
    } catch (err) {
      this.failure = err;
      abortQuietly(tx);
      await Promise.allSettled([...writes, tx.done]);
      return;
    }
    await this.pending.remove(list.map((c) => c.id)).catch(() => undefined);
    if (this.problem?.includes('no storage space')) this.problem = null; // a write went through: there is room again
  }

  private async seed(db: Db): Promise<void> {
    try {
      await seedDatasets(db, this.datasets(), this.now());
      this.seeded = true;
      if (this.problem?.includes('updating the story data')) this.problem = null;
    } catch (err) {
      this.seeded = false;
      this.problem = describeProblem(err, 'updating the story data');
    }
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.seeded = false;
  }

  /** The open database, (re)opening it and retrying an unfinished dataset update or queued claims as needed. */
  private async handle(): Promise<Db | null> {
    if (!this.db) await this.open();
    else if (!this.seeded) await this.seed(this.db);
    if (this.db && this.pending.count > 0) await this.flushPending(this.db);
    return this.db;
  }

  /** Everything the popup searches: dataset claims (stored, or bundled when the store cannot serve them) + saved claims. */
  async searchClaims(): Promise<SearchClaim[]> {
    const db = await this.handle();
    let dataset: SearchClaim[] | null = null;
    let saved: SavedClaim[] = [];
    if (db) {
      try {
        const tx = db.transaction(['articles', 'claims', 'savedClaims'], 'readonly');
        const [articles, claims, s] = await Promise.all([
          tx.objectStore('articles').getAll(),
          tx.objectStore('claims').getAll(),
          tx.objectStore('savedClaims').getAll(),
        ]);
        if (this.seeded) dataset = datasetSearchClaims(articles, claims);
        saved = s;
      } catch (err) {
        this.problem = describeProblem(err, 'loading saved claims');
      }
    }
    const kept = await this.keptAside(saved);
    return [...(dataset ?? bundledSearchClaims(this.datasets())), ...[...saved, ...kept].map(savedSearchClaim)];
  }

  /** Queued claims not (yet) in `stored`. */
  private async keptAside(stored: readonly SavedClaim[]): Promise<SavedClaim[]> {
    if (this.pending.count === 0) return [];
    const ids = new Set(stored.map((s) => s.id));
    return (await this.pending.list()).filter((c) => !ids.has(c.id));
  }

  /** Saved claims, newest first, including any kept aside. */
  async listSaved(): Promise<Outcome<{ saved: SavedClaim[] }>> {
    return this.run('loading saved claims', async (db) => {
      const saved = await db.getAllFromIndex('savedClaims', 'byCreatedAt');
      const all = [...saved, ...(await this.keptAside(saved))].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { saved: all.reverse() };
    });
  }

  /** Saves a claim; when IndexedDB refuses it, it is kept aside (`pending: true`) and stored later. */
  async saveClaim(input: NewSavedClaim): Promise<Outcome<{ saved: SavedClaim; pending?: true }>> {
    const saved: SavedClaim = {
      id: crypto.randomUUID(),
      words: input.words.trim(),
      url: input.url,
      title: input.title,
      published: input.published,
      createdAt: this.now().toISOString(),
      note: input.note ?? '',
      ...(input.attribution ? { attribution: input.attribution } : {}),
    };
    const stored = await this.write('saving the claim', ['savedClaims'], async (tx) => {
      await tx.objectStore('savedClaims').add(saved);
      return { saved };
    });
    if (stored.ok) return stored;
    // IndexedDB refused it: keep it aside rather than lose it; the popup says so until it is stored.
    try {
      await this.pending.add(saved);
    } catch {
      return stored;
    }
    if (this.problem?.includes('no storage space')) this.problem = null;
    return { ok: true, saved, pending: true };
  }

  async updateSaved(id: string, patch: { words?: string; note?: string }): Promise<Outcome<{ saved: SavedClaim }>> {
    const change = (old: SavedClaim): SavedClaim => withWords({ ...old, ...(patch.note !== undefined ? { note: patch.note } : {}) }, patch.words);
    if (this.pending.count > 0) {
      const kept = (await this.pending.list()).find((c) => c.id === id);
      if (kept && (await this.pending.edit(id, change).catch(() => false))) return { ok: true, saved: change(kept) };
    }
    return this.write('saving your change', ['savedClaims'], async (tx) => {
      const store = tx.objectStore('savedClaims');
      const old = await store.get(id);
      if (!old) throw Object.assign(new Error('gone'), { name: 'NotFound' });
      const saved = change(old);
      await store.put(saved);
      return { saved };
    });
  }

  async deleteSaved(id: string): Promise<Outcome<object>> {
    if (this.pending.count > 0 && (await this.pending.edit(id, () => null).catch(() => false))) return { ok: true };
    return this.write('deleting the claim', ['savedClaims'], async (tx) => {
      await tx.objectStore('savedClaims').delete(id);
      return {};
    });
  }

  /** Adds already-validated claims in one transaction: all of them or none. Claims with an existing id replace it. */
  async importSaved(claims: readonly SavedClaim[]): Promise<Outcome<{ count: number }>> {
    return this.write('the import', ['savedClaims'], async (tx) => {
      const store = tx.objectStore('savedClaims');
      const writes: Promise<unknown>[] = [];
      try {
        for (const c of claims) writes.push(store.put(c));
        await Promise.all(writes);
      } finally {
        await Promise.allSettled(writes);
      }
      return { count: claims.length };
    });
  }

  async recordVisit(url: string, storyId: string | null, count: number): Promise<void> {
    await this.write('recording the visit', ['visits'], async (tx) => {
      await tx.objectStore('visits').put({ url, storyId, count, lastVisited: this.now().toISOString() });
      return {};
    });
  }

  private async run<T extends object>(doing: string, fn: (db: Db) => Promise<T>): Promise<Outcome<T>> {
    const db = await this.handle();
    if (!db) return { ok: false, problem: this.problem ?? describeProblem(null, doing) };
    try {
      return { ok: true, ...(await fn(db)) };
    } catch (err) {
      return { ok: false, problem: describeProblem(err, doing) };
    }
  }

  /** One readwrite transaction; any failure aborts it, so nothing partial is ever stored. */
  private async write<T extends object>(
    doing: string,
    stores: ('savedClaims' | 'visits')[],
    fn: (tx: IDBPTransaction<CounterpointDB, typeof stores, 'readwrite'>) => Promise<T>,
  ): Promise<Outcome<T>> {
    const db = await this.handle();
    if (!db) return { ok: false, problem: this.problem ?? describeProblem(null, doing) };
    let tx: IDBPTransaction<CounterpointDB, typeof stores, 'readwrite'>;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (err) {
      // The connection closed under us (another page upgraded or deleted the database): reopen next time.
      this.close();
      this.failure = err;
      return { ok: false, problem: describeProblem(err, doing) };
    }
    try {
      const out = await fn(tx);
      await tx.done;
      if (this.problem?.includes('no storage space')) this.problem = null;
      return { ok: true, ...out };
    } catch (err) {
      abortQuietly(tx);
      await tx.done.catch(() => undefined);
      const notFound = (err as { name?: string }).name === 'NotFound';
      const problem = notFound ? NOT_FOUND : describeProblem(err, doing);
      if (!notFound) this.failure = err;
      if ((err as { name?: string }).name === 'QuotaExceededError') this.problem = problem;
      return { ok: false, problem };
    }
  }
}

/**
 * The claim with new words: edited words are no longer what the outlet printed, so they lose the attribution
 * (never "X's words" for words X did not say).
 */
function withWords(claim: SavedClaim, words: string | undefined): SavedClaim {
  if (words === undefined || words.trim() === claim.words) return claim;
  const { attribution: _dropped, ...rest } = claim;
  return { ...rest, words: words.trim() };
}
