// The background's claims store (IndexedDB via idb): dataset records, the reader's saved claims, visits, and a status.

import { openDB, type IDBPTransaction } from 'idb';
import type { Dataset } from '../dataset/types';
import type { SavedClaim, SearchClaim, StoreStatus } from '../shared/messages';
import { DB_NAME, DB_VERSION, upgrade, type CounterpointDB, type Db } from './store-schema';
import { abortQuietly, bundledSearchClaims, datasetSearchClaims, savedSearchClaim, seedDatasets } from './store-seed';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: string };

export interface NewSavedClaim {
  words: string;
  url: string;
  title: string;
  published: string | null;
  note?: string;
}

/** Turns a storage failure into a sentence for the popup and options page. */
export function describeProblem(err: unknown, doing: string): string {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError')
    return `Your browser has no storage space left for Counterpoint, so ${doing} did not happen. Free some disk space and try again.`;
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'MissingStorage')
    return `This browser window does not let Counterpoint keep data (a private window?), so ${doing} is not possible here. Annotations still work.`;
  if (name === 'Blocked')
    return 'Counterpoint is waiting to upgrade its storage while another of its pages is open. Close other Counterpoint pages; annotations still work.';
  return `Counterpoint's storage failed (${name || 'error'}), so ${doing} did not happen. Annotations still work from the built-in data.`;
}

export class ClaimStore {
  private db: Db | null = null;
  private problem: string | null = null;
  /** True once the bundled datasets are in the database at their bundled version. */
  private seeded = false;

  constructor(
    private readonly datasets: () => readonly Dataset[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  status(): StoreStatus {
    return this.problem ? { ok: false, problem: this.problem } : { ok: true };
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
    try {
      if (typeof indexedDB === 'undefined') throw Object.assign(new Error('no IndexedDB'), { name: 'MissingStorage' });
      const db = await openDB<CounterpointDB>(DB_NAME, DB_VERSION, {
        upgrade,
        blocked: () => {
          this.problem = describeProblem({ name: 'Blocked' }, '');
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
    } catch (err) {
      this.problem = describeProblem(err, 'saving and loading claims');
    }
  }

  private async seed(db: Db): Promise<void> {
    try {
      await seedDatasets(db, this.datasets(), this.now());
      this.seeded = true;
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

  private async handle(): Promise<Db | null> {
    if (!this.db) await this.open();
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
    return [...(dataset ?? bundledSearchClaims(this.datasets())), ...saved.map(savedSearchClaim)];
  }

  async listSaved(): Promise<Outcome<{ saved: SavedClaim[] }>> {
    return this.run('loading saved claims', async (db) => {
      const saved = await db.getAllFromIndex('savedClaims', 'byCreatedAt');
      return { saved: saved.reverse() };
    });
  }

  async saveClaim(input: NewSavedClaim): Promise<Outcome<{ saved: SavedClaim }>> {
    const saved: SavedClaim = {
      id: crypto.randomUUID(),
      words: input.words.trim(),
      url: input.url,
      title: input.title,
      published: input.published,
      createdAt: this.now().toISOString(),
      note: input.note ?? '',
    };
    return this.write('saving the claim', ['savedClaims'], async (tx) => {
      await tx.objectStore('savedClaims').add(saved);
      return { saved };
    });
  }

  async updateSaved(id: string, patch: { words?: string; note?: string }): Promise<Outcome<{ saved: SavedClaim }>> {
    return this.write('saving your change', ['savedClaims'], async (tx) => {
      const store = tx.objectStore('savedClaims');
      const old = await store.get(id);
      if (!old) throw Object.assign(new Error('gone'), { name: 'NotFound' });
      const saved: SavedClaim = { ...old, ...(patch.words !== undefined ? { words: patch.words.trim() } : {}) };
      if (patch.note !== undefined) saved.note = patch.note;
      await store.put(saved);
      return { saved };
    });
  }

  async deleteSaved(id: string): Promise<Outcome<object>> {
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
    const tx = db.transaction(stores, 'readwrite');
    try {
      const out = await fn(tx);
      await tx.done;
      if (this.problem?.includes('no storage space')) this.problem = null;
      return { ok: true, ...out };
    } catch (err) {
      abortQuietly(tx);
      await tx.done.catch(() => undefined);
      const problem =
        (err as { name?: string }).name === 'NotFound' ? 'That saved claim no longer exists.' : describeProblem(err, doing);
      if ((err as { name?: string }).name === 'QuotaExceededError') this.problem = problem;
      return { ok: false, problem };
    }
  }
}
