// The reader's switches in real Chromium: the toolbar popup hides the notes on an open tab without a reload, the
// keyboard command's own background listener brings them back, and Escape closes an open margin card.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import type { ExtensionBrowser } from './chromium';
import { launchInpage, waitForCards } from './inpage-harness';
import { badgeFor, cardCount, clickInPopup, highlightedCount, openToolbarPopup, openWide, runCommand, waitForPopupButton } from './reader-harness';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchInpage();
});
afterAll(async () => {
  await b?.close();
});

/** Marks the page's window: still there later means the page was never reloaded. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { __cpMark: number }).__cpMark = 42));
const stillSameWindow = (page: Page) => page.evaluate(() => (window as unknown as { __cpMark?: number }).__cpMark === 42);

describe('show and hide without reloading', () => {
  it('"Hide notes on rnz.co.nz" in the toolbar popup removes the notes from the open tab; the shortcut brings them back', async () => {
    const url = INPAGE.rnz.url;
    const helper = await b.context.newPage();
    await helper.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    const story = await openWide(b.context, url);
    await waitForCards(story);
    const cards = await cardCount(story);
    expect(cards).toBeGreaterThan(0);
    await markWindow(story);

    await openToolbarPopup(b, helper, story);
    await clickInPopup(helper, 'Hide notes on rnz.co.nz');
    await story.locator('counterpoint-root').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await highlightedCount(story)).toBe(0);
    await expect.poll(() => badgeFor(b, url)).toBe('');
    // The popup now offers to show them again.
    await waitForPopupButton(helper, 'Show notes on rnz.co.nz');

    // The background's own "toggle-annotations" listener, as when Alt+Shift+C is pressed on this tab.
    await runCommand(b, 'toggle-annotations', url);
    await waitForCards(story);
    await expect.poll(() => cardCount(story)).toBe(cards);
    await expect.poll(() => badgeFor(b, url)).toBe(String(cards));
    expect(await stillSameWindow(story)).toBe(true);

    // And the shortcut hides them again: it is a toggle, not "show".
    await runCommand(b, 'toggle-annotations', url);
    await story.locator('counterpoint-root').waitFor({ state: 'detached', timeout: 10_000 });
    await runCommand(b, 'toggle-annotations', url);
    await waitForCards(story);
    expect(await stillSameWindow(story)).toBe(true);
    await story.close();
    await helper.close();
  });
});

describe('Escape on wide screens', () => {
  it('closes a card opened with Details and returns focus to that button', async () => {
    const page = await openWide(b.context, INPAGE.rnz.url);
    await waitForCards(page);
    const card = page.locator('counterpoint-root article.card.has-conflict').first();
    const toggle = card.locator('button.toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await card.locator('.conflict').waitFor();
    // Into the opened card, then Escape from there.
    await card.locator('.conflict a').first().focus();
    await page.keyboard.press('Escape');
    await card.locator('.conflict').waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await shadowFocus(page)).toBe('toggle');
    await page.close();
  });

  it('closes the card a paragraph click opened and gives focus back to the page', async () => {
    const page = await openWide(b.context, INPAGE.rnz.url);
    await waitForCards(page);
    const n = Number(await page.locator('counterpoint-root article.card').first().getAttribute('data-paragraph'));
    await page.locator('article p').nth(n - 1).click({ position: { x: 30, y: 8 } });
    await expect.poll(() => shadowFocus(page)).toMatch(/\bcard\b.*\bactive\b/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('counterpoint-root article.card.active').count()).toBe(0);
    expect(await shadowFocus(page)).toBe(null);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.close();
  });
});

/** The class of the focused element inside the Counterpoint shadow root, or null when focus is elsewhere. */
function shadowFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('counterpoint-root')?.shadowRoot?.activeElement?.className ?? null);
}
