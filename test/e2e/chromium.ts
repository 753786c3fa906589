// Launches Chromium with the built extension (dist/chrome) and serves saved pages at their real addresses offline.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureFor } from '../fixtures/sites/sites';
import { CHROMIUM_PATH } from './browsers';

export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Serves fixture pages at their real URLs (so the manifest's host matches apply unchanged) and aborts every
 * other request, so nothing reaches the network. Extension pages are not network requests and pass through.
 */
export async function routeFixturesOnly(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = fixtureFor(url);
    if (html === null) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * `userDataDir`: reuse (and keep) this profile, e.g. to test what survives a browser restart.
 * `extensionDir`: load the extension from here instead of dist/chrome (an unpacked extension's id comes from its path).
 * `args`: extra command-line switches.
 */
export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; extensionDir?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'counterpoint-chromium-'));
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  await routeFixturesOnly(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the extension's content-script world exists in the page and gate.js has finished running. */
export async function waitForGate(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable'); // reports the contexts that already exist
  const origin = `chrome-extension://${extensionId}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const ctx of contexts.filter((c) => c.origin === origin && c.auxData?.type === 'isolated')) {
      // The gate's IIFE assigns this global when it has run to the end.
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'typeof CounterpointGate', contextId: ctx.id });
      if (result.value === 'object') return void (await cdp.detach());
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.detach();
  throw new Error('the gate content script never ran in this page');
}
