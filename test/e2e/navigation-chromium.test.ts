// A reader who reaches the story by in-page navigation (no page load, as on the client-rendered Herald and Stuff)
// still gets the notes; navigating in-page to an unrelated article adds nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { waitForDecision } from './hostile-world';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const fixture = (file: string) => readFileSync(join('test/fixtures/sites', file), 'utf8');

/** Does what a client-rendered site does on a link click: push the new address, swap in the new page's body and title. */
async function navigateInPage(page: import('playwright-core').Page, to: { url: string; file: string }) {
  const html = fixture(to.file);
  await page.evaluate(
    ({ url, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
    },
    { url: to.url, html },
  );
}

describe('in-page navigation in Chromium', () => {
  it('annotates the story when the reader arrives from the home page without a page load', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzHome.url);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await navigateInPage(page, SITE_PAGES.rnzSharmaArticle);
    await page.locator('counterpoint-root').waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForFunction(() => (document.querySelector('counterpoint-root')?.shadowRoot?.querySelectorAll('article.card').length ?? 0) > 0, undefined, { timeout: 15_000 });
    await page.close();
  });

  it('adds nothing when the in-page navigation leads to an unrelated article', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzHome.url);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    await navigateInPage(page, SITE_PAGES.rnzUnrelatedArticle);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    // The load's check and both re-checks after the navigation (at once and a second later) turned it away.
    expect(await waitForDecision(browser.context, page, browser.extensionId, 3)).toBe('turned away');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(after);
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await page.close();
  });
});
