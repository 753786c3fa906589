// Background message handlers: checks who sent each message, validates it, and answers from the store and settings.

import type { Runtime, Tabs } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import {
  ContentToBackgroundSchema,
  OptionsToBackgroundSchema,
  PopupToBackgroundSchema,
  classifySender,
  parseMessage,
  type BackgroundToContent,
  type ContentToBackground,
  type OptionsToBackground,
  type PopupToBackground,
  type Responses,
  type SenderLike,
} from '../shared/messages';
import type { Dataset } from '../dataset/types';
import { getSettings, setSettings, siteKey, subscribe } from '../shared/settings';
import { storyPagePath, type StoryTarget } from '../shared/story-link';
import { parseImport, exportSaved } from '../shared/web-annotation';
import { clearBadge, setBadgeCount } from './badge';
import { onCommand } from './commands';
import { createMenus, onMenuClicked } from './menus';
import { ClaimStore } from './store';
import { bundledDatasets } from './store-bundled';
import { annotatePage } from './warm-engine';
import { annotatedTabs, clearTabState, getTabState, setTabState } from '../shared/tab-state';

type Answer = Responses[keyof Responses];

/** Validates an import file whole, then writes it in one transaction: all of it, or nothing. */
export async function importText(store: ClaimStore, text: string): Promise<Responses['options/import']> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return store.importSaved(parsed.claims);
}

/** Runs once per message. Returns undefined (no answer) for messages that are not ours or not acceptable. */
export function handleMessage(store: ClaimStore, raw: unknown, sender: Runtime.MessageSender): Promise<Answer | undefined> | undefined {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  // The gate's and main's injection requests are answered by inject-main.ts; returning nothing lets that listener reply.
  if (type === 'content/gate-passed' || type === 'content/need-readability') return undefined;
  if (typeof type !== 'string' || !/^(content|popup|options)\//.test(type)) {
    console.warn('Counterpoint: ignored a message without a known type');
    return undefined;
  }
  return dispatch(store, type, raw, sender);
}

async function dispatch(store: ClaimStore, type: string, raw: unknown, sender: Runtime.MessageSender): Promise<Answer | undefined> {
  const kind = await senderKind(sender);
  if (type.startsWith('content/')) {
    if (kind !== 'content') return ignored(type, sender);
    const msg = parseMessage(ContentToBackgroundSchema, raw, 'content');
    return msg ? onContent(store, msg, sender) : undefined;
  }
  if (kind !== 'page') return ignored(type, sender);
  if (type.startsWith('popup/')) {
    const msg = parseMessage(PopupToBackgroundSchema, raw, 'popup');
    return msg ? onPopup(store, msg) : undefined;
  }
  const msg = parseMessage(OptionsToBackgroundSchema, raw, 'options');
  return msg ? onOptions(store, msg) : undefined;
}

function ignored(type: string, sender: SenderLike): undefined {
  console.warn(`Counterpoint: ignored ${type.slice(0, 60)} from an unexpected sender (${String(sender.url).slice(0, 80)})`);
  return undefined;
}

async function senderKind(sender: Runtime.MessageSender) {
  const base = browser.runtime.getURL('');
  const first = classifySender(sender, browser.runtime.id, base);
  if (first || !sender.tab || sender.id !== browser.runtime.id) return first;
  // Not one of the news sites: accept content scripts only on origins the reader granted.
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return classifySender(sender, browser.runtime.id, base, granted);
}

async function onContent(store: ClaimStore, msg: ContentToBackground, sender: Runtime.MessageSender): Promise<Answer | undefined> {
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'content/annotate':
      return annotatePage(msg.page);
    case 'content/annotated': {
      if (tabId === undefined) return { ok: false, problem: 'no tab' };
      await setTabState(tabId, { url: msg.url, storyId: msg.storyId, count: msg.count, counts: msg.counts });
      await setBadgeCount(tabId, msg.count);
      if (msg.storyId !== null) await store.recordVisit(msg.url, msg.storyId, msg.count);
      return { ok: true };
    }
    case 'content/save-claim':
      return store.saveClaim({ words: msg.words, url: msg.url, title: msg.title, published: msg.published, attribution: msg.attribution });
    case 'content/open-story':
      return openStoryPage({ story: msg.story, article: msg.article, published: msg.published, place: msg.place }, sender.tab);
    default:
      return undefined;
  }
}

async function onPopup(store: ClaimStore, msg: PopupToBackground): Promise<Answer> {
  switch (msg.type) {
    case 'popup/get-claims': {
      const claims = await store.searchClaims();
      return { claims, status: store.status() } satisfies Responses['popup/get-claims'];
    }
    case 'popup/get-tab-state': {
      const [state, settings, tab] = await Promise.all([
        getTabState(msg.tabId),
        getSettings(),
        browser.tabs.get(msg.tabId).catch(() => null),
      ]);
      const url = tab?.url ?? state?.url;
      const host = url && /^https?:/.test(url) ? siteKey(url) : null;
      return { state, settings, host, status: store.status() } satisfies Responses['popup/get-tab-state'];
    }
    case 'popup/set-settings':
      return { settings: await setSettings(msg.patch) };
    case 'popup/open-source':
      return openSource(msg.url, msg.file, msg.paragraph);
  }
}

async function onOptions(store: ClaimStore, msg: OptionsToBackground): Promise<Answer> {
  switch (msg.type) {
    case 'options/list-saved':
      return store.listSaved();
    case 'options/update-saved':
      return store.updateSaved(msg.id, { words: msg.words, note: msg.note });
    case 'options/delete-saved':
      return store.deleteSaved(msg.id);
    case 'options/import':
      return importText(store, msg.text);
    case 'options/export': {
      const list = await store.listSaved();
      return list.ok ? { ok: true, json: exportSaved(list.saved) } : list;
    }
  }
}

/** Same article? Compares host (without www.) and path, ignoring query, fragment and a trailing slash. */
export function sameArticle(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return siteKey(x.hostname) === siteKey(y.hostname) && path(x) === path(y);
  } catch {
    return false;
  }
}

/**
 * Opens a search result. Done here rather than in the popup, which the browser closes as soon as another tab
 * takes focus. A tab already showing the article is activated and scrolled to the paragraph; otherwise a new tab.
 */
export async function openSource(url: string, file: string | null, paragraph: number | null): Promise<Responses['popup/open-source']> {
  const tabs: Tabs.Tab[] = await browser.tabs.query({});
  const open = tabs.find((t) => t.id !== undefined && t.url !== undefined && sameArticle(t.url, url));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    if (file !== null && paragraph !== null) await sendToTab(open.id, { type: 'background/scroll-to', file, paragraph });
    return { ok: true, tabId: open.id };
  }
  const created = await browser.tabs.create({ url });
  return created.id === undefined ? { ok: false, problem: 'The browser did not open a tab.' } : { ok: true, tabId: created.id };
}

/**
 * Opens the story page in a new tab next to the reader's. Done here because a web page (where the sidebar lives)
 * may not navigate to an extension page that is not web-accessible, and we expose none.
 */
export async function openStoryPage(target: StoryTarget, beside?: Tabs.Tab): Promise<Responses['content/open-story']> {
  const url = browser.runtime.getURL(storyPagePath(target));
  const near = beside?.index !== undefined ? { index: beside.index + 1, windowId: beside.windowId } : {};
  const created = await browser.tabs.create({ url, ...near });
  return created.id === undefined ? { ok: false, problem: 'The browser did not open a tab.' } : { ok: true, tabId: created.id };
}

/** Sends to a tab's content script; a tab without one (not annotated, or navigated away) is not an error. */
export async function sendToTab(tabId: number, msg: BackgroundToContent): Promise<void> {
  await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}

/** A tab that navigates or closes loses its state and badge. */
export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> {
  if (change.status === 'loading' && change.url !== undefined) {
    await clearTabState(tabId);
    await clearBadge(tabId);
  }
}

/**
 * Registers every listener this module family owns, synchronously (a woken worker must see the waking event).
 * Called once from background/index.ts. Returns the store for tests.
 */
export function registerHandlers(datasets: () => readonly Dataset[] = bundledDatasets): ClaimStore {
  const store = new ClaimStore(datasets);
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => handleMessage(store, raw, sender));
  browser.runtime.onInstalled.addListener(() => {
    void store.open();
    void createMenus().catch((err: unknown) => console.warn('Counterpoint: could not create the context menu', err));
  });
  browser.runtime.onStartup.addListener(() => void store.open());
  browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.contextMenus?.onClicked.addListener((info, tab) => void onMenuClicked(store, info, tab));
  // Tabs showing annotations hear settings changes at once (they may also subscribe to storage themselves).
  subscribe((settings) => {
    void annotatedTabs().then((ids) => Promise.all(ids.map((id) => sendToTab(id, { type: 'background/settings-changed', settings }))));
  });
  return store;
}
