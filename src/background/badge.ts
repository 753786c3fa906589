// The toolbar badge: each tab shows how many margin notes its page carries (cleared when the tab navigates away).

import { browser } from '../shared/browser';

const COLOR = '#5b3a8c';

/** Shows `count` on the tab's toolbar button; zero shows nothing. */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: COLOR });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
