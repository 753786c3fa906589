// Reads Counterpoint's content-script world (Chromium's isolated world for the extension) through the DevTools
// protocol: the stats global (src/content/stats.ts), the gate's decision, and evaluations that prove what that world sees.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ContentStats } from '../../src/content/stats';

/** Evaluates `expression` in the extension's isolated world of `page` (the newest one); null when there is none. */
export async function evaluateInExtensionWorld<T>(context: BrowserContext, page: Page, extensionId: string, expression: string): Promise<T | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const ours = contexts.filter((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated');
    const ctx = ours[ours.length - 1];
    if (!ctx) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`in the extension world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Counterpoint's own task timings and observer counts in this page (null before content/main ran). */
export function contentStats(context: BrowserContext, page: Page, extensionId: string): Promise<ContentStats | null> {
  return evaluateInExtensionWorld<ContentStats | null>(context, page, extensionId, `globalThis[Symbol.for('counterpoint.stats')] ?? null`);
}

/** What Counterpoint decided about a page: its gate turned the page away, or content/main read it to the end. */
export type Decision = 'turned away' | 'read';

/**
 * Resolves once Counterpoint has decided about this page: the gate has looked at it `checks` times (1 on load; an
 * in-page navigation adds two) and turned it away, or it passed and content/main finished its first run (the
 * 'first notes' step in the stats). Tests that expect nothing on a page wait for this first: a content script that
 * never ran, or crashed, fails them instead of passing in silence.
 */
export async function waitForDecision(context: BrowserContext, page: Page, extensionId: string, checks = 1): Promise<Decision> {
  const gate = () => evaluateInExtensionWorld<{ count: number; passed: boolean } | null>(context, page, extensionId, 'globalThis.CounterpointGate?.checks ?? null');
  await expect.poll(async () => (await gate())?.count ?? 0, { timeout: 15_000, message: `the gate looked at ${page.url()} ${checks} time(s)` }).toBeGreaterThanOrEqual(checks);
  if (!(await gate())?.passed) return 'turned away';
  await expect
    .poll(async () => (await contentStats(context, page, extensionId))?.first.some(([n]) => n === 'first notes') ?? false, {
      timeout: 20_000,
      message: `content/main finished its first run on ${page.url()}`,
    })
    .toBe(true);
  return 'read';
}
