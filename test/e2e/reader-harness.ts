// Shared steps for the reader-controls e2e tests in Chromium: the real popup, the background's own listeners, cards.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

/** The parts of the extension's `chrome` global these tests call (the project has no @types/chrome). */
interface Chrome {
  tabs: { query(q: { url: string }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; openPopup(): Promise<void> };
  /** Chromium's extension events can be dispatched to their listeners. */
  commands: { onCommand: { dispatch(...args: unknown[]): void } };
  contextMenus: { onClicked: { dispatch(...args: unknown[]): void } };
  extension: { getViews(f: { type: string }): Window[] };
}
type G = { chrome: Chrome };

export function worker(b: ExtensionBrowser): Worker {
  const w = b.context.serviceWorkers()[0];
  if (!w) throw new Error('the extension has no running service worker');
  return w;
}

/** A story page opened at a wide viewport (margin cards beside the article). */
export async function openWide(context: BrowserContext, url: string, width = 1400): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  return page;
}

/** Cards in the page's Counterpoint shadow root (0 when the root is gone). */
export function cardCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('counterpoint-root')?.shadowRoot?.querySelectorAll('article.card').length ?? 0);
}

/** Paragraphs the page highlights (CSS Custom Highlight ranges of both kinds). */
export function highlightedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return ['counterpoint-conflict', 'counterpoint-earlier'].reduce((n, k) => n + (reg.get(k)?.size ?? 0), 0);
  });
}

/** The toolbar badge of the tab showing `url`, read in the service worker. */
export function badgeFor(b: ExtensionBrowser, url: string): Promise<string> {
  return worker(b).evaluate(async (u) => {
    const api = (globalThis as unknown as G).chrome;
    const [tab] = await api.tabs.query({ url: u });
    return tab?.id === undefined ? 'no tab' : api.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/**
 * Runs the background's registered `commands.onCommand` listeners for `command`, as the browser does when the
 * shortcut is pressed (the listener gets the active tab). Extension events in Chromium expose dispatch().
 */
export function runCommand(b: ExtensionBrowser, command: string, url: string): Promise<void> {
  return worker(b).evaluate(
    async ([c, u]) => {
      const api = (globalThis as unknown as G).chrome;
      const [tab] = await api.tabs.query({ url: u! });
      api.commands.onCommand.dispatch(c, tab);
    },
    [command, url],
  );
}

/** Runs the background's registered context-menu listener as a click on "Save as claim" over `selectionText`. */
export function clickSaveMenu(b: ExtensionBrowser, url: string, selectionText: string): Promise<void> {
  return worker(b).evaluate(
    async ([u, text]) => {
      const api = (globalThis as unknown as G).chrome;
      const [tab] = await api.tabs.query({ url: u! });
      const info = { menuItemId: 'counterpoint-save-claim', selectionText: text, pageUrl: tab!.url, editable: false };
      api.contextMenus.onClicked.dispatch(info, tab);
    },
    [url, selectionText],
  );
}

/**
 * Opens the real toolbar popup over `story` (action.openPopup, so the popup's active tab is the story tab).
 * Code runs in it through another extension page (`helper`): Playwright does not list popup views as pages.
 */
export async function openToolbarPopup(b: ExtensionBrowser, helper: Page, story: Page): Promise<void> {
  await story.bringToFront();
  await worker(b).evaluate(() => (globalThis as unknown as G).chrome.action.openPopup());
  await helper.waitForFunction(() => (globalThis as unknown as G).chrome.extension.getViews({ type: 'popup' }).length === 1);
}

/** Waits until the open popup shows a button whose text starts with `label`. */
export async function waitForPopupButton(helper: Page, label: string): Promise<void> {
  await helper.waitForFunction(
    (l) => [...((globalThis as unknown as G).chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelectorAll('button') ?? [])].some((x) => x.textContent?.startsWith(l)),
    label,
  );
}

/** Clicks the open popup's button whose text starts with `label` (waiting for it to render). */
export async function clickInPopup(helper: Page, label: string): Promise<void> {
  await waitForPopupButton(helper, label);
  await helper.evaluate((l) => {
    const popup = (globalThis as unknown as G).chrome.extension.getViews({ type: 'popup' })[0]!;
    [...popup.document.querySelectorAll('button')].find((x) => x.textContent?.startsWith(l))!.click();
  }, label);
}

/** The popup opened as a tab (for search), ready to type into. */
export async function openPopupTab(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
  await page.locator('#q').waitFor();
  // Search the background's full list, not the popup's start-up snapshot of the newest claims.
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 15_000 });
  return page;
}

/** Types a query into the popup's search box and returns the result rows' text. */
export async function searchPopup(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.waitForFunction(
    (q) => document.querySelector('#result-count')?.textContent !== '' && (document.querySelector('#q') as HTMLInputElement).value === q,
    query,
  );
  return page.locator('.results .result').allTextContents();
}

/** Selects `text` inside the first article paragraph containing it, as a reader's drag would. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.includes(t));
    const node = p?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no paragraph text node with: ${t}`);
    const start = node.textContent!.indexOf(t);
    getSelection()!.setBaseAndExtent(node, start, node, start + t.length);
  }, text);
}
