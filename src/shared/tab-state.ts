// What each tab's content script last reported (URL, story, note counts), kept in storage.session so it outlives a sleeping worker.

import { browser } from './browser';
import type { TabState } from './messages';

const key = (tabId: number) => `tab:${tabId}`;

/** storage.session where the browser has it (Chrome 102+, Firefox 115+); memory otherwise. */
function area(): { get(k: string): Promise<Record<string, unknown>>; set(o: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> } | null {
  return (browser.storage as unknown as { session?: never }).session ?? null;
}

const memory = new Map<number, TabState>();

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await area()?.set({ [key(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const a = area();
  if (!a) return memory.get(tabId) ?? null;
  const got = await a.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function clearTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  await area()?.remove(key(tabId));
}

/** Tabs that currently show annotations (they get settings changes pushed to them). */
export async function annotatedTabs(): Promise<number[]> {
  const a = area();
  if (!a) return [...memory.keys()];
  const all = await (a as unknown as { get(k: null): Promise<Record<string, unknown>> }).get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)));
}
