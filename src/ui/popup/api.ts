// What the popup asks of the browser and the background, behind one interface so tests can supply their own.

import { browser } from '../../shared/browser';
import type { PopupToBackground, Responses, SearchClaim } from '../../shared/messages';
import { getSettings, siteKey, type SettingsPatch } from '../../shared/settings';
import { getTabState } from '../../shared/tab-state';

export interface PopupApi {
  getClaims(): Promise<Responses['popup/get-claims']>;
  /** State of the active tab (null when there is no active tab). */
  getTabState(): Promise<Responses['popup/get-tab-state'] | null>;
  setSettings(patch: SettingsPatch): Promise<Responses['popup/set-settings']>;
  open(claim: SearchClaim): Promise<Responses['popup/open-source']>;
  /**
   * The claims the popup listed when it was last open (newest first, at most one screenful), read synchronously
   * from the popup's own localStorage so the first render lists them without waiting for the background (which
   * may be asleep, and opens IndexedDB before answering); null when there is none.
   */
  claimsSnapshot?(): SearchClaim[] | null;
  saveClaimsSnapshot?(claims: readonly SearchClaim[]): void;
  /** Opens one of the extension's pages (a path from its root) in a new tab; absent: links open as links do. */
  openPage?(path: string): Promise<void>;
}

/** localStorage key of the popup's snapshot of its first screen of claims (a cache: the background's list wins). */
const SNAPSHOT_KEY = 'counterpoint:popup-claims';

function send<T extends PopupToBackground>(msg: T): Promise<Responses[T['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Responses[T['type']]>;
}

export const browserApi: PopupApi = {
  getClaims: () => send({ type: 'popup/get-claims' }),
  async getTabState() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    // Read where the background keeps it (storage.session, settings in storage.local) rather than waking the
    // background to read it for us; the store's status comes with the claims.
    const [state, settings] = await Promise.all([getTabState(tab.id), getSettings()]);
    const url = tab.url ?? state?.url;
    const host = url && /^https?:/.test(url) ? siteKey(url) : null;
    return { state, settings, host, status: { ok: true } };
  },
  setSettings: (patch) => send({ type: 'popup/set-settings', patch }),
  open: (c) => send({ type: 'popup/open-source', url: c.url, file: c.file, paragraph: c.paragraph }),
  async openPage(path) {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
  },
  claimsSnapshot() {
    try {
      const got: unknown = JSON.parse(globalThis.localStorage?.getItem(SNAPSHOT_KEY) ?? 'null');
      return Array.isArray(got) ? (got as SearchClaim[]) : null;
    } catch {
      return null; // storage disabled or a damaged entry: wait for the background instead
    }
  },
  saveClaimsSnapshot(claims) {
    try {
      globalThis.localStorage?.setItem(SNAPSHOT_KEY, JSON.stringify(claims));
    } catch {
      // storage full or disabled: the next open waits for the background, nothing else is lost
    }
  },
};
