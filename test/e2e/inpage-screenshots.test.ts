// Screenshots of the notes on each site, wide (1400px, margin cards) and narrow (600px, drawer open).
// Written to docs/screenshot-<site>-<wide|narrow>.png when UPDATE_SCREENSHOTS=1, else to a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import type { ExtensionBrowser } from './chromium';
import { launchInpage, waitForCards } from './inpage-harness';

const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(import.meta.dirname, '../../docs') : mkdtempSync(join(tmpdir(), 'cp-shots-'));

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchInpage();
});
afterAll(async () => {
  await b?.close();
});

describe('screenshots', () => {
  for (const site of ['rnz', 'herald', 'newshub', 'stuff'] as const) {
    it(`${site}: wide margin cards and narrow drawer`, async () => {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(INPAGE[site].url);
      await waitForCards(page);
      // Open the first card with a conflicting account, as a reader clicking its paragraph would.
      await page.locator('counterpoint-root article.card button.toggle').first().click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `screenshot-${site}-wide.png`), fullPage: true });
      await page.setViewportSize({ width: 600, height: 1000 });
      const tab = page.locator('counterpoint-root button.tab');
      await tab.waitFor();
      await tab.click();
      await page.locator('counterpoint-root [role="dialog"] article.card').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `screenshot-${site}-narrow.png`) });
      expect(await page.locator('counterpoint-root [role="dialog"] article.card').count()).toBeGreaterThan(0);
      await page.close();
    });
  }
});
