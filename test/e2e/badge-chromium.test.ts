// The toolbar badge in real Chromium: on each site's story page it shows exactly the number of cards (and highlighted
// paragraphs) the page renders, and follows a kind switch without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import type { ExtensionBrowser } from './chromium';
import { launchInpage, waitForCards } from './inpage-harness';
import { badgeFor, cardCount, highlightedCount, openWide, worker } from './reader-harness';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchInpage();
});
afterAll(async () => {
  await b?.close();
});

describe('toolbar badge', () => {
  for (const site of ['rnz', 'herald', 'newshub', 'stuff'] as const) {
    it(`${site}: the badge equals the cards in the sidebar and the highlighted paragraphs`, async () => {
      const page = await openWide(b.context, INPAGE[site].url);
      await waitForCards(page);
      // The stuff page's body arrives late: let the count settle on what is rendered.
      await expect.poll(async () => (await badgeFor(b, INPAGE[site].url)) === String(await cardCount(page))).toBe(true);
      const cards = await cardCount(page);
      expect(cards).toBeGreaterThan(0);
      expect(await highlightedCount(page)).toBe(cards);
      await page.close();
    });
  }

  it('hiding "Conflicting accounts" leaves only the cards with earlier reporting, and the badge follows', async () => {
    const url = INPAGE.rnz.url;
    const page = await openWide(b.context, url);
    await waitForCards(page);
    const all = await cardCount(page);
    const withEarlier = await page.locator('counterpoint-root article.card:has(.earlier-line)').count();
    expect(withEarlier).toBeGreaterThan(0);
    expect(withEarlier).toBeLessThan(all);
    const setKinds = (conflict: boolean) =>
      worker(b).evaluate(
        (c) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({
          settings: { enabled: true, sites: {}, kinds: { conflict: c, earlier: true } },
        }),
        conflict,
      );
    await setKinds(false);
    try {
      await expect.poll(() => cardCount(page)).toBe(withEarlier);
      await expect.poll(() => badgeFor(b, url)).toBe(String(withEarlier));
    } finally {
      await setKinds(true);
    }
    await expect.poll(() => badgeFor(b, url)).toBe(String(all));
    await page.close();
  });
});
