// Opening a fixture page in Chromium with the extension, at its own address, wide (margin) or narrow (drawer open).
import type { BrowserContext, Page } from 'playwright-core';
import type { NotePage } from '../fixtures/note-pages';

/**
 * Serves this page at its address for this tab only (other requests fall through to the harness's routes) and waits
 * for the notes. `optional`: a page may show none (the gate finds no story word in its address or title); then the
 * page is closed and null returned.
 */
export async function openNotePage(context: BrowserContext, p: NotePage, width: number, optional: true): Promise<Page | null>;
export async function openNotePage(context: BrowserContext, p: NotePage, width: number): Promise<Page>;
export async function openNotePage(context: BrowserContext, p: NotePage, width: number, optional = false): Promise<Page | null> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/*', (route) => {
    if (route.request().url().replace(/^http:/, 'https:') !== p.url) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html });
  });
  await page.goto(p.url);
  // The sidebar is there (cards, or the tab, or only the "not shown" list), and has been placed.
  try {
    await page.locator('counterpoint-root aside').waitFor({ state: 'attached', timeout: optional ? 6_000 : 15_000 });
  } catch (e) {
    await page.close();
    if (optional) return null;
    throw new Error(`${p.name} (${p.url}) shows no notes: ${(e as Error).message}`);
  }
  await page.waitForFunction(() => document.querySelector('counterpoint-root')?.shadowRoot?.querySelector('.slot[style*="top"], button.tab') !== null, null, { timeout: 5_000 }).catch(() => undefined);
  // Let late layout settle (web fonts, a body rendered by the page's script, the re-placing that follows).
  await page.waitForTimeout(800);
  return page;
}

/** Opens the narrow window's drawer, where every card is shown in full. */
export async function openDrawer(page: Page): Promise<void> {
  await page.locator('counterpoint-root button.tab').click();
  await page.locator('counterpoint-root [role="dialog"]').waitFor();
}
