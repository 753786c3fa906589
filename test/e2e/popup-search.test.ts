// Real Chromium with the built extension: popup search, a saved claim surviving a restart, and the toolbar badge.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

async function openPopup(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
  await page.locator('#q').waitFor();
  // Search the background's full list, not the popup's start-up snapshot of the newest claims.
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 15_000 });
  return page;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  // A function, not a string: the popup's CSP forbids the eval Playwright would poll a string with.
  await page.waitForFunction(
    (q) => document.querySelector('#result-count')?.textContent !== '' && (document.querySelector('#q') as HTMLInputElement).value === q,
    query,
  );
  return page.locator('.results .result').allTextContents();
}

describe('popup search in Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => b?.close());

  it('finds Ardern\'s "no evidence", Jackson\'s "whanau" (typed with or without the macron) and Sharma\'s "gaslit"', async () => {
    const page = await openPopup(b);
    const noEvidence = await search(page, 'no evidence');
    expect(noEvidence[0]).toMatch(/seen no evidence/i);
    expect(noEvidence[0]).toContain('Jacinda Ardern');
    for (const q of ['whanau', 'Whānau']) {
      const whanau = await search(page, q);
      expect(whanau.some((r) => r.includes("We're a great whanau") && r.includes('Willie Jackson'))).toBe(true);
    }
    const gaslit = await search(page, 'gaslit');
    expect(gaslit[0]).toContain('threatened and gaslit him');
    expect(await page.locator('[data-testid=store-problem]').count()).toBe(0);
    await page.close();
  });

  it('the badge shows the count the story page\'s content script reported', async () => {
    const page = await b.context.newPage();
    await page.goto(SITE_PAGES.rnzSharmaArticle.url);
    const worker = b.context.serviceWorkers()[0]!;
    // Wait for the content script's 'content/annotated' report to reach the background.
    const report = await worker.evaluate<{ tabId: number; count: number; badge: string }>(`(async () => {
      for (let i = 0; i < 100; i++) {
        const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(SITE_PAGES.rnzSharmaArticle.url)} });
        const state = tab && (await chrome.storage.session.get('tab:' + tab.id))['tab:' + tab.id];
        if (state) return { tabId: tab.id, count: state.count, badge: await chrome.action.getBadgeText({ tabId: tab.id }) };
        await new Promise((r) => setTimeout(r, 100));
      }
      return { tabId: -1, count: -1, badge: 'no report from the content script' };
    })()`);
    expect(report.count).toBeGreaterThan(0);
    expect(report.badge).toBe(String(report.count));
    await page.close();
  });
});

describe('saved claims survive a browser restart', () => {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('a claim imported on the options page is still there, and searchable, after restarting with the same profile', async () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'check against the caucus minutes' },
      target: { source: 'https://www.stuff.co.nz/politics/kept-claim', selector: { type: 'TextQuoteSelector', exact: 'The caucus meeting was brought forward' } },
    };
    let b = await launchWithExtension({ userDataDir: profile });
    try {
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
      await options.locator('[data-testid=import]').setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([annotation])) });
      await options.getByText('Imported 1 saved claim.').waitFor();
    } finally {
      await b.close();
    }

    b = await launchWithExtension({ userDataDir: profile });
    try {
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
      await options.locator('[data-testid=saved-list] textarea').first().waitFor();
      expect(await options.locator('[data-testid=saved-list] textarea').first().inputValue()).toBe('The caucus meeting was brought forward');
      const popup = await openPopup(b);
      const results = await search(popup, 'caucus brought forward');
      expect(results[0]).toContain('The caucus meeting was brought forward');
      expect(results[0]).toContain('Saved by you');
    } finally {
      await b.close();
    }
  });
});
