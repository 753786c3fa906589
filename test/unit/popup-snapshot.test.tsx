// The popup lists claims at once from its own snapshot while the background is slow, then shows the background's list.

import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledSearchClaims } from '../../src/background/store-seed';
import type { Responses, SearchClaim } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { PopupApi } from '../../src/ui/popup/api';
import { PopupApp } from '../../src/ui/popup/app';
import { makeDataset } from '../fixtures/db/dataset';

const CLAIMS = bundledSearchClaims([makeDataset()]);

/** A background that answers only when told to, and a snapshot store in memory. */
class SlowApi implements PopupApi {
  snapshot: SearchClaim[] | null = null;
  private answer: (r: Responses['popup/get-claims']) => void = () => undefined;
  getClaims() {
    return new Promise<Responses['popup/get-claims']>((resolve) => (this.answer = resolve));
  }
  respond(claims: SearchClaim[]) {
    this.answer({ claims, status: { ok: true } });
  }
  async getTabState() {
    return null;
  }
  async setSettings() {
    return { settings: DEFAULT_SETTINGS };
  }
  async open() {
    return { ok: true as const, tabId: 1 };
  }
  claimsSnapshot() {
    return this.snapshot;
  }
  saveClaimsSnapshot(claims: readonly SearchClaim[]) {
    this.snapshot = [...claims];
  }
}

let root: HTMLElement;
beforeEach(() => {
  const doc = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>').document as unknown as Document;
  root = doc.getElementById('app') as HTMLElement;
  (globalThis as { document?: unknown }).document = doc;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

const listed = () => [...root.querySelectorAll('.results .words')].map((e) => e.textContent);
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

describe('popup start-up snapshot', () => {
  it('waits for the background the first time, then lists the saved snapshot at once on the next open', async () => {
    const api = new SlowApi();
    await act(async () => void render(<PopupApp api={api} />, root));
    expect(root.querySelector('#q')).toBeNull();
    expect(root.textContent).toContain('Loading claims');
    await act(async () => api.respond(CLAIMS));
    await settle();
    const firstList = listed();
    expect(firstList.length).toBeGreaterThan(0);
    expect(api.snapshot?.length).toBe(firstList.length);

    render(null, root);
    const reopened = new SlowApi();
    reopened.snapshot = api.snapshot;
    await act(async () => void render(<PopupApp api={reopened} />, root));
    // The background has not answered, yet the search box and the same list are there.
    expect(root.querySelector('#q')).not.toBeNull();
    expect(listed()).toEqual(firstList);
  });

  it("replaces the snapshot with the background's list when it answers (a claim deleted since is gone)", async () => {
    const api = new SlowApi();
    api.snapshot = CLAIMS.slice(0, 3);
    await act(async () => void render(<PopupApp api={api} />, root));
    expect(listed()).toHaveLength(3);
    // Assistive technology (and tests) are told the list is provisional until the background answers.
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    await act(async () => api.respond(CLAIMS.slice(1, 2)));
    await settle();
    expect(listed()).toEqual([CLAIMS[1]!.words]);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(api.snapshot).toEqual(CLAIMS.slice(1, 2));
  });
});
