// A reader who reaches the story by in-page navigation (no page load, as on the client-rendered Herald and Stuff)
// still gets the notes; navigating in-page to an unrelated article adds nothing. RNZ loads each article as a page:
// its fronts run no script at all and its articles are looked at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { evaluateInExtensionWorld, waitForDecision } from './hostile-world';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** A Herald front page: headlines, none of them the story. */
const HERALD_FRONT = {
  url: 'https://www.nzherald.co.nz/',
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NZ Herald - Latest news</title></head><body>
<header><a href="/">NZ Herald</a></header><main><h2><a href="/nz/heavy-rain-warning">Heavy rain warning for Coromandel</a></h2>
<h2><a href="/sport/cricket">Black Caps name squad for India tour</a></h2></main></body></html>`,
};

/** Serves `pages` at their addresses in this tab (over the fixtures the context serves). */
async function serve(page: Page, ...pages: { url: string; html: string }[]) {
  for (const p of pages) await page.route(p.url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html }));
}

/** Does what a client-rendered site does on a link click: push the new address, swap in the new page's body and title. */
async function navigateInPage(page: Page, to: { url: string; html: string }) {
  await page.evaluate(
    ({ url, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
    },
    to,
  );
}

const gateChecks = (page: Page) =>
  evaluateInExtensionWorld<{ count: number; passed: boolean } | null>(browser.context, page, browser.extensionId, 'globalThis.CounterpointGate?.checks ?? null');

describe('in-page navigation in Chromium', () => {
  it('annotates the story when the reader arrives from the Herald front page without a page load', async () => {
    const page = await browser.context.newPage();
    await serve(page, HERALD_FRONT);
    await page.goto(HERALD_FRONT.url);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await navigateInPage(page, INPAGE.herald);
    await page.locator('counterpoint-root').waitFor({ state: 'attached', timeout: 15_000 });
    // Cards in the margin, or (the front's styles leave no margin) the drawer's tab counting them.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('counterpoint-root')?.shadowRoot;
        return (root?.querySelectorAll('article.card').length ?? 0) > 0 || /\b[1-9]\d* notes?$/.test(root?.querySelector('button.tab')?.textContent?.trim() ?? '');
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.close();
  });

  it('adds nothing when the in-page navigation leads to an unrelated article', async () => {
    const page = await browser.context.newPage();
    await serve(page, HERALD_FRONT);
    await page.goto(HERALD_FRONT.url);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    await navigateInPage(page, INPAGE.heraldWeather);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    // The load's check and both re-checks after the navigation (at once and a second later) turned it away.
    expect(await waitForDecision(browser.context, page, browser.extensionId, 3)).toBe('turned away');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(after);
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await page.close();
  });

  it('runs no script at all on an RNZ front page, which is never an article', async () => {
    const page = await browser.context.newPage();
    // An RNZ article first, in the same tab: the gate runs there, so its absence below is the address, not the harness.
    const article = SITE_PAGES.rnzUnrelatedArticle.url;
    await page.goto(article);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    await page.goto(SITE_PAGES.rnzHome.url, { waitUntil: 'load' });
    // document_idle comes at the latest just after load; give it a generous second more.
    await page.waitForTimeout(1_000);
    expect(await gateChecks(page)).toBeNull();
    await page.close();
  });

  it('looks at an RNZ article once: RNZ loads each article as a page, so no listener waits for in-page navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(SITE_PAGES.rnzUnrelatedArticle.url);
    expect(await waitForDecision(browser.context, page, browser.extensionId)).toBe('turned away');
    await navigateInPage(page, { url: SITE_PAGES.rnzSharmaArticle.url, html: readFileSync(join('test/fixtures/sites', SITE_PAGES.rnzSharmaArticle.file), 'utf8') });
    // The Herald's re-checks come at once and a second later; wait past both.
    await page.waitForTimeout(1_500);
    expect(await gateChecks(page)).toEqual({ count: 1, passed: false });
    expect(await page.locator('counterpoint-root').count()).toBe(0);
    await page.close();
  });
});
