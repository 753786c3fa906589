// Reads Counterpoint's content-script world (Chromium's isolated world for the extension) through the DevTools
// protocol: the stats global (src/content/stats.ts) and evaluations that prove what that world sees.
import type { BrowserContext, Page } from 'playwright-core';
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
