// Saving claims in real Chromium: from the sidebar (a selection in the article, a quoted account's Save button) and
// through the context menu's background listener; all of them survive a browser restart and an extension update.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import { CHROME_DIST, launchWithExtension, type ExtensionBrowser } from './chromium';
import { routeInpage, waitForCards } from './inpage-harness';
import { clickSaveMenu, openPopupTab, openWide, searchPopup, selectInArticle, worker } from './reader-harness';

const URL = INPAGE.rnz.url;
const SELECTED = 'not due to meet until next Tuesday';
const MENU_WORDS = 'because it is a recess week at Parliament';

async function launch(profile: string, extensionDir: string, args: string[] = []): Promise<ExtensionBrowser> {
  const b = await launchWithExtension({ userDataDir: profile, extensionDir, args });
  await routeInpage(b.context);
  return b;
}

/** The dataset versions the background's IndexedDB store holds (its 'meta' records). */
function storedVersions(b: ExtensionBrowser): Promise<string[]> {
  return worker(b).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('counterpoint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const metas = await new Promise<{ version: string }[]>((resolve, reject) => {
      const req = db.transaction('meta').objectStore('meta').getAll();
      req.onsuccess = () => resolve(req.result as { version: string }[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return metas.map((m) => m.version);
  });
}

/** Saved results (the popup marks them "Saved by you", or "X’s words, saved by you") containing `words`. */
async function savedResults(b: ExtensionBrowser, words: string): Promise<string[]> {
  const popup = await openPopupTab(b);
  const rows = await searchPopup(popup, words);
  await popup.close();
  return rows.filter((r) => /saved by you/i.test(r) && r.includes(words));
}

describe('saved claims in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-saved-'));
  // Loaded from a copy, so the "update" can replace the files at the same path (an unpacked extension's id is its path).
  const extensionDir = join(profile, '..', `${profile.split('/').pop()}-ext`);
  cpSync(CHROME_DIST, extensionDir, { recursive: true });
  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  });
  let quote = '';
  let firstVersions: string[] = [];

  it('saves a selection from the article and a quoted account from a card (confirmed in a status line), and from the context menu', async () => {
    const b = await launch(profile, extensionDir);
    try {
      const page = await openWide(b.context, URL);
      await waitForCards(page);
      const status = page.locator('counterpoint-root .saver [role=status]');

      await selectInArticle(page, SELECTED);
      const save = page.locator('counterpoint-root button.save-selection');
      await expect(save.textContent()).resolves.toBe('Save selection as claim');
      await save.click();
      await status.filter({ hasText: `Saved as a claim: “${SELECTED}”` }).waitFor();
      expect(await save.textContent()).toBe('Saved');

      // A quoted account: open a card, press its Save (by keyboard).
      const card = page.locator('counterpoint-root article.card.has-conflict').first();
      await card.locator('button.toggle').click();
      quote = (await card.locator('.conflict .words').first().textContent())!;
      await card.locator('.conflict button.save-quote').first().focus();
      await page.keyboard.press('Enter');
      await status.filter({ hasText: 'Saved as a claim' }).filter({ hasText: quote.slice(0, 30) }).waitFor();

      // The context menu's "Save as claim", through the background's registered listener.
      await clickSaveMenu(b, URL, MENU_WORDS);
      for (const words of [SELECTED, quote, MENU_WORDS]) await expect.poll(() => savedResults(b, words)).toHaveLength(1);
      firstVersions = await storedVersions(b);
      expect(firstVersions.length).toBe(1);
    } finally {
      await b.close();
    }
  });

  it('they are still saved, and found by search, after restarting the browser with the same profile', async () => {
    const b = await launch(profile, extensionDir);
    try {
      for (const words of [SELECTED, quote, MENU_WORDS]) expect(await savedResults(b, words)).toHaveLength(1);
    } finally {
      await b.close();
    }
  });

  it('they survive an extension update that brings a new dataset version, which replaces the stored dataset', async () => {
    // Lets the test reload the unpacked extension over CDP (Extensions.loadUnpacked), as "Reload" on chrome://extensions
    // does. Relaunching with changed files is not an update: Chromium keeps running the cached service worker.
    const b = await launch(profile, extensionDir, ['--enable-unsafe-extension-debugging']);
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const oldVersion = manifest.version;
    manifest.version = `${oldVersion.split('.').slice(0, 2).join('.')}.${Number(oldVersion.split('.')[2] ?? 0) + 1}`;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    // The bundled dataset's version string, changed in the background bundle (what a data update does): in the
    // dataset the store seeds from and in the index snapshot the warm engine builds from, which carries it too.
    const bgPath = join(extensionDir, 'background.js');
    const bg = readFileSync(bgPath, 'utf8');
    const [version] = firstVersions;
    expect(bg.split(version!).length).toBe(3);
    writeFileSync(bgPath, bg.split(version!).join('e2e-update-0002'));

    try {
      const cdp = await b.context.browser()!.newBrowserCDPSession();
      const next = b.context.waitForEvent('serviceworker');
      const { id } = (await cdp.send('Extensions.loadUnpacked' as 'Browser.getVersion', { path: extensionDir } as never)) as unknown as { id: string };
      expect(id).toBe(b.extensionId);
      await next;
      expect(await worker(b).evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(manifest.version);
      for (const words of [SELECTED, quote, MENU_WORDS]) expect(await savedResults(b, words)).toHaveLength(1);
      await expect.poll(() => storedVersions(b)).toEqual(['e2e-update-0002']);
      // The re-seeded dataset still answers searches.
      const popup = await openPopupTab(b);
      expect((await searchPopup(popup, 'gaslit'))[0]).toContain('threatened and gaslit him');
    } finally {
      await b.close();
    }
  });
});
