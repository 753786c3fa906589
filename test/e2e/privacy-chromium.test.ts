// Privacy: while the extension annotates the story pages and its popup and options pages are used, it makes no
// network request at all. Every request in the browser context (pages, extension pages, the service worker) is recorded.
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import type { ExtensionBrowser } from './chromium';
import { launchInpage, waitForCards } from './inpage-harness';

let b: ExtensionBrowser;
const requests: { url: string; type: string; fromWorker: boolean; frameUrl: string }[] = [];

beforeAll(async () => {
  b = await launchInpage();
  b.context.on('request', (r: Request) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      // Service worker requests have no frame.
    }
    requests.push({ url: r.url(), type: r.resourceType(), fromWorker: r.serviceWorker() !== null, frameUrl });
  });
});
afterAll(async () => {
  await b?.close();
});

describe('privacy', () => {
  it('the extension makes 0 network requests on the story pages, in the popup and in the options page', async () => {
    const stories = [INPAGE.rnz, INPAGE.herald, INPAGE.newshub, INPAGE.stuff];
    for (const story of stories) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(story.url);
      await waitForCards(page);
      // Open a card's details (links to the sources are rendered, never fetched).
      await page.locator('counterpoint-root button.toggle').first().click();
      await page.waitForTimeout(500);
      await page.close();
    }
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
    const search = popup.getByRole('searchbox').or(popup.locator('input[type="search"], input[type="text"]')).first();
    await search.waitFor({ timeout: 10_000 });
    await search.fill('no evidence');
    await popup.waitForTimeout(800);
    await popup.close();
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await options.locator('body *').first().waitFor();
    await options.waitForTimeout(800);
    await options.close();

    const served = new Set(stories.map((s) => s.url));
    const network = requests.filter((r) => /^(https?|wss?|ftp):/i.test(r.url));
    // Allowed: exactly the navigations to the pages the test itself opened.
    const byExtension = network.filter((r) => !(served.has(r.url) && r.type === 'document' && !r.fromWorker));
    expect(byExtension).toEqual([]);
    expect(network.length).toBe(stories.length);
    // The extension pages loaded only their own packaged files.
    const extensionFiles = requests.filter((r) => r.url.startsWith('chrome-extension://'));
    expect(extensionFiles.every((r) => r.url.startsWith(`chrome-extension://${b.extensionId}/`))).toBe(true);
    console.log(`privacy: ${requests.length} requests recorded, ${network.length} network (the ${stories.length} served story pages), ${byExtension.length} by the extension`);
  });
});
