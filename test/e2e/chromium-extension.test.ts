// Chromium with the built extension: main is injected on a story article, pages it should not touch stay untouched,
// and the popup renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { evaluateInExtensionWorld, waitForDecision } from './hostile-world';

let browser: ExtensionBrowser;

/** The bits of the service worker's `chrome` global this test calls. */
interface WorkerChrome {
  tabs: { query(q: { url: string }): Promise<{ id: number }[]> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('content scripts in Chromium', () => {
  it('injects content/main on a story article: the Counterpoint root and its UI appear', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzSharmaArticle.url);
    const root = page.locator('counterpoint-root');
    await root.waitFor({ state: 'attached', timeout: 15_000 });
    // The extension's UI lives in the root's open shadow root.
    await page.waitForFunction(() => (document.querySelector('counterpoint-root')?.shadowRoot?.childNodes.length ?? 0) > 0);
    // A second injection (say, a repeated gate message) must not add a second sidebar host.
    const [worker] = browser.context.serviceWorkers();
    await worker!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const [tab] = await api.tabs.query({ url });
      await api.scripting.executeScript({ target: { tabId: tab!.id }, files: ['content/main.js'] });
    }, SITE_PAGES.rnzSharmaArticle.url);
    expect(await page.locator('counterpoint-root').count()).toBe(1);
    await page.close();
  });

  it('leaves an unrelated RNZ article exactly as it was once the gate has turned it away', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzUnrelatedArticle.url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // Turned away, the gate asks the background for nothing, so nothing can be injected later.
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await page.close();
  });

  it('leaves the RNZ home page exactly as it was: the manifest runs no script on a front', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzHome.url, { waitUntil: 'load' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // document_idle comes at the latest just after load; a generous second more, then no world of ours exists.
    await page.waitForTimeout(1_000);
    expect(await evaluateInExtensionWorld(browser.context, page, browser.extensionId, 'globalThis.CounterpointGate ?? null')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await page.close();
  });
});

describe('extension pages in Chromium', () => {
  it('renders the Counterpoint heading and a tab status without script errors', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Counterpoint');
    const status = page.getByRole('status');
    await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.includes('Checking'));
    expect((await status.textContent())?.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options page offers to allow other sites', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.getByRole('button', { name: 'Allow on other sites' }).waitFor();
    await page.getByText('Only the four news sites.').waitFor();
    await page.close();
  });
});
