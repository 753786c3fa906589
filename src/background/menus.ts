// Context menu "Save as claim" on a text selection: stores the words with the page's address and title.

import type { Menus, Tabs } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import { isHttpUrl } from '../shared/messages';
import { setBadgeCount } from './badge';
import type { ClaimStore, Outcome } from './store';
import { getTabState } from '../shared/tab-state';
import type { SavedClaim } from '../shared/messages';

export const SAVE_MENU_ID = 'counterpoint-save-claim';

/** Menus persist across worker restarts; create them once per install/update (removing first avoids duplicate ids). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save as claim', contexts: ['selection'] });
}

export async function onMenuClicked(
  store: ClaimStore,
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<Outcome<{ saved: SavedClaim }> | undefined> {
  if (info.menuItemId !== SAVE_MENU_ID) return undefined;
  const words = (info.selectionText ?? '').trim();
  const url = info.pageUrl ?? tab?.url ?? '';
  if (!words || !isHttpUrl(url)) return { ok: false, problem: 'Only text selected on a web page can be saved.' };
  const result = await store.saveClaim({ words: words.slice(0, 20_000), url, title: tab?.title ?? '', published: null });
  // The popup shows store problems; on success the badge shows a tick briefly, then the tab's note count again.
  const tabId = tab?.id;
  if (result.ok && tabId !== undefined) {
    await browser.action.setBadgeText({ tabId, text: '✓' }).catch(() => undefined);
    setTimeout(() => {
      void getTabState(tabId).then((s) => setBadgeCount(tabId, s?.count ?? 0)).catch(() => undefined);
    }, 1500);
  }
  return result;
}
