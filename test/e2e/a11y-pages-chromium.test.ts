// The popup and the options page are usable with a keyboard and a screen reader: axe finds no violations, light or dark.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const PAGES = { popup: 'src/popup/index.html', options: 'src/options/index.html' } as const;

describe('extension pages and axe', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`the ${name} page has no axe violations (${scheme})`, async () => {
        const page = await b.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${b.extensionId}/${path}`);
        await page.locator('h1, h2').first().waitFor({ timeout: 15_000 });
        if (name === 'popup') {
          // Results as well as the empty state: type a query a reader would.
          await page.getByRole('searchbox').first().fill('gaslit');
          await page.waitForTimeout(300);
        }
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.close();
      });
    }
  }
});
