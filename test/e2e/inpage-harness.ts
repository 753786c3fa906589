// Shared set-up for the in-page e2e tests: the extension in Chromium with the in-page fixture pages routed in.
import type { BrowserContext, Page } from 'playwright-core';
import { ALL_INPAGE } from '../fixtures/inpage/pages';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

export async function launchInpage(): Promise<ExtensionBrowser> {
  const b = await launchWithExtension();
  await routeInpage(b.context);
  return b;
}

/** Serves the in-page fixtures; other requests fall through to the harness's fixture-only route. */
export async function routeInpage(context: BrowserContext): Promise<void> {
  const byUrl = new Map(ALL_INPAGE.map((p) => [p.url, p.html]));
  await context.route('**/*', (route) => {
    const html = byUrl.get(route.request().url().replace(/^http:/, 'https:'));
    if (html === undefined) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Collects layout-shift entries from the start of the page, and which happened after content/main began. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; time: number }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) shifts.push({ value: e.value, time: e.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Layout shift after content/main started (performance mark set by main.ts). */
export function shiftsAfterMain(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = performance.getEntriesByName('counterpoint:main')[0]?.startTime ?? 0;
    const shifts = (window as unknown as { __shifts: { value: number; time: number }[] }).__shifts;
    return shifts.filter((s) => s.time >= main).reduce((n, s) => n + s.value, 0);
  });
}

/** Which page paragraph each card is for ("p3": the extractor's 1-based order, a test hook, not shown), in order. */
export function cardParagraphs(page: Page): Promise<string[]> {
  return page.locator('counterpoint-root article.card').evaluateAll((cards) => cards.map((c) => `p${c.getAttribute('data-paragraph')}`));
}

export async function waitForCards(page: Page): Promise<void> {
  await page.locator('counterpoint-root article.card').first().waitFor({ state: 'attached', timeout: 15_000 });
}
