// Keyboard shortcut "toggle-annotations": flips annotations for the current tab's site.
//
// Why the per-site setting rather than a message to the tab: the choice then survives reloads and applies to
// every open tab of that site, the popup's "this site" switch shows it, and the content script already applies
// settings live through storage.onChanged, so there is exactly one path by which annotations are shown or hidden.

import type { Tabs } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import { getSettings, setSettings, siteKey, toggleSitePatch, type Settings } from '../shared/settings';
import { getTabState } from '../shared/tab-state';

export const TOGGLE_COMMAND = 'toggle-annotations';

/** Flips the site of `tab` (or of the active tab); returns the new settings, or null when the tab has no web page. */
export async function toggleForTab(tab: Tabs.Tab | undefined): Promise<Settings | null> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!target) return null;
  // Without the "tabs" permission the URL is visible only on sites we may annotate; the content script's report covers the rest.
  const url = target.url ?? (target.id !== undefined ? (await getTabState(target.id))?.url : undefined);
  if (!url || !/^https?:/.test(url)) return null;
  return setSettings(toggleSitePatch(await getSettings(), siteKey(url)));
}

export function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<Settings | null> | undefined {
  return command === TOGGLE_COMMAND ? toggleForTab(tab) : undefined;
}
