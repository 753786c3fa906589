// Saved claims IndexedDB could not take (full disk, storage unavailable), kept in storage.local until the store is healthy.

import { browser } from '../shared/browser';
import type { SavedClaim } from '../shared/messages';

export const PENDING_KEY = 'pendingSavedClaims';

/**
 * A small queue in browser.storage.local (a different store from IndexedDB, with its own quota), so a claim the
 * reader saved is never silently dropped. Changes are serialised: the worker may get two saves at once.
 */
export class PendingClaims {
  private chain: Promise<unknown> = Promise.resolve();
  /** Last known length, for the synchronous status line. */
  count = 0;

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** The queued claims, oldest first; an unreadable queue reads as empty (it is never overwritten then). */
  async list(): Promise<SavedClaim[]> {
    return this.serial(() => this.read()).catch(() => []);
  }

  private async read(): Promise<SavedClaim[]> {
    const got = await browser.storage.local.get(PENDING_KEY);
    const list = got[PENDING_KEY];
    const out = Array.isArray(list) ? (list as SavedClaim[]) : [];
    this.count = out.length;
    return out;
  }

  private async write(list: SavedClaim[]): Promise<void> {
    if (list.length === 0) await browser.storage.local.remove(PENDING_KEY);
    else await browser.storage.local.set({ [PENDING_KEY]: list });
    this.count = list.length;
  }

  /** Queues a claim (replacing one with the same id). Rejects when storage.local cannot take it either. */
  add(claim: SavedClaim): Promise<void> {
    return this.serial(async () => {
      const list = (await this.read()).filter((c) => c.id !== claim.id);
      await this.write([...list, claim]);
    });
  }

  /** Changes or removes (`change` returns null) a queued claim; false when it is not queued. */
  edit(id: string, change: (c: SavedClaim) => SavedClaim | null): Promise<boolean> {
    return this.serial(async () => {
      const list = await this.read();
      const at = list.findIndex((c) => c.id === id);
      if (at < 0) return false;
      const next = change(list[at]!);
      await this.write(next ? list.map((c, i) => (i === at ? next : c)) : list.filter((_, i) => i !== at));
      return true;
    });
  }

  /** Drops the claims now safely in IndexedDB (claims queued meanwhile stay). */
  remove(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    return this.serial(async () => this.write((await this.read()).filter((c) => !gone.has(c.id))));
  }
}
