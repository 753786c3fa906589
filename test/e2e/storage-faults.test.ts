// Real Chromium with the built extension: storage faults simulated in the real service worker and extension pages
// (old databases of every schema version, a blocked upgrade, no IndexedDB, a full quota, a dataset update aborted
// halfway, malformed messages). Saved claims are counted after each, and the popup's message is read as shown.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { makeDataset } from '../fixtures/db/dataset';
import { SNAPSHOTS, restoreDump, savedIn, type DbDump } from '../fixtures/db/snapshots';
import { launchWithExtension, waitForGate, type ExtensionBrowser } from './chromium';

let b: ExtensionBrowser;
let page: Page; // an extension page (the options page) used to work on the database directly
const tally = { expected: 0, lost: 0 };

beforeAll(async () => {
  b = await launchWithExtension();
  page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
});
afterAll(async () => {
  console.info(`storage-faults: saved claims lost ${tally.lost} of ${tally.expected}`);
  await b?.close();
});

const worker = () => b.context.serviceWorkers()[0]!;

/** Replaces the extension's database with a dump (the worker lets go of its connection when asked to). */
async function restore(dump: DbDump, keepOpen = false): Promise<void> {
  await page.evaluate(`(${restoreDump.toString()})({ factory: indexedDB, name: 'counterpoint', dump: ${JSON.stringify(dump)}, keepOpen: ${keepOpen} })
    .then((db) => { globalThis.heldDb = db; })`);
}

/** The database as it is now: version, saved claims, dataset version and claim count. */
async function inspect(): Promise<{ version: number; saved: { id: string; note?: string; words: string }[]; dataset: string; claims: number }> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('counterpoint');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['savedClaims', 'meta', 'claims']);
      const saved = tx.objectStore('savedClaims').getAll();
      const meta = tx.objectStore('meta').getAll();
      const claims = tx.objectStore('claims').count();
      tx.oncomplete = () => { db.close(); resolve({ version: db.version, saved: saved.result, dataset: meta.result.map((m) => m.version).join(','), claims: claims.result }); };
    };
  })`);
}

/** Opens the popup, waits for its claims, and returns the store problem it shows ('' when none). */
async function popupProblem(): Promise<string> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
  await popup.locator('#q').waitFor();
  // The store's status comes with the background's answer; the first render shows the popup's snapshot.
  await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 15_000 });
  const el = popup.locator('[data-testid=store-problem]');
  const text = (await el.count()) ? await el.textContent() : '';
  await popup.close();
  return text ?? '';
}

function countLost(expected: { id: string }[], saved: { id: string }[]): number {
  tally.expected += expected.length;
  const lost = expected.filter((e) => !saved.some((s) => s.id === e.id)).length;
  tally.lost += lost;
  return lost;
}

/** Runs an expression in the content-script world of a real news page (where content scripts' messages come from). */
async function inContentScript<T>(context: BrowserContext, tab: Page, expression: string): Promise<T> {
  await waitForGate(context, tab, b.extensionId);
  const cdp = await context.newCDPSession(tab);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const ctx = contexts.find((c) => c.origin === `chrome-extension://${b.extensionId}` && c.auxData?.type === 'isolated')!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

const SAVE = (words: string) => `chrome.runtime.sendMessage({ type: 'content/save-claim', words: ${JSON.stringify(words)}, url: location.href, title: document.title, published: null })`;

describe('storage faults in Chromium', () => {
  for (const version of Object.keys(SNAPSHOTS).map(Number)) {
    it(`an update over a schema v${version} database keeps every saved claim and brings the dataset up to date`, async () => {
      const dump = SNAPSHOTS[version]!(makeDataset(`old-${version}`));
      await restore(dump);
      expect(await popupProblem()).toBe('');
      const after = await inspect();
      expect(after.version).toBe(Object.keys(SNAPSHOTS).length);
      expect(countLost(savedIn(dump), after.saved)).toBe(0);
      for (const e of savedIn(dump)) expect(after.saved.find((s) => s.id === e.id)).toEqual(e);
      expect(after.dataset).not.toBe(`old-${version}`);
    });
  }

  it('an upgrade blocked by an old page: the popup says so, search works, and the upgrade finishes when the page closes', async () => {
    const dump = SNAPSHOTS[1]!(makeDataset('old-1'));
    await restore(dump, true); // this page keeps a v1 connection open and ignores requests to close it
    expect(await popupProblem()).toBe('Counterpoint is waiting to upgrade its storage while another of its pages is open. Close other Counterpoint pages; annotations still work.');
    await page.evaluate('globalThis.heldDb.close()');
    await expect.poll(popupProblem, { timeout: 10_000 }).toBe('');
    expect(countLost(savedIn(dump), (await inspect()).saved)).toBe(0);
  });

  it('without IndexedDB: the popup says so, a claim saved from a page is kept aside, and stored when IndexedDB is back', async () => {
    const dump = SNAPSHOTS[2]!(makeDataset('old-2'));
    await worker().evaluate(`globalThis.idbDescriptor = Object.getOwnPropertyDescriptor(self, 'indexedDB') ?? Object.getOwnPropertyDescriptor(WorkerGlobalScope.prototype, 'indexedDB');
      Object.defineProperty(self, 'indexedDB', { value: undefined, configurable: true });`);
    await restore(dump); // the worker lets go of the database and cannot reopen it
    expect(await popupProblem()).toBe('This browser window does not let Counterpoint keep data (a private window?), so saving and loading claims is not possible here. Annotations still work.');

    const tab = await b.context.newPage();
    await tab.goto(SITE_PAGES.rnzSharmaArticle.url);
    const saved = await inContentScript<{ ok: boolean; pending?: boolean; saved: { id: string } }>(b.context, tab, SAVE('saved while IndexedDB was gone'));
    expect(saved).toMatchObject({ ok: true, pending: true });
    expect(await popupProblem()).toMatch(/^1 saved claim is waiting to be stored \(storage is not available in this window\)\. Counterpoint keeps it aside/);

    await worker().evaluate(`Object.defineProperty(self, 'indexedDB', globalThis.idbDescriptor)`);
    expect(await popupProblem()).toBe('');
    const after = await inspect();
    expect(countLost([...savedIn(dump), saved.saved], after.saved)).toBe(0);
    expect(await worker().evaluate(`chrome.storage.local.get('pendingSavedClaims')`)).toEqual({});
    await tab.close();
  });

  it('quota exceeded while saving: the claim is kept aside, the popup says so, and it is stored once there is room', async () => {
    const dump = SNAPSHOTS[2]!(makeDataset('old-2'));
    await restore(dump);
    expect(await popupProblem()).toBe('');
    // Chromium ignores CDP's Storage.overrideQuotaForOrigin for extension origins (navigator.storage.estimate still
    // reports ~10 GB), so the worker's IndexedDB raises the browser's QuotaExceededError itself, after issuing the write.
    await worker().evaluate(`globalThis.realWrites = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
      for (const m of ['add', 'put']) IDBObjectStore.prototype[m] = function (...args) {
        globalThis.realWrites[m].apply(this, args);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };`);
    const tab = await b.context.newPage();
    try {
      await tab.goto(SITE_PAGES.rnzSharmaArticle.url);
      const saved = await inContentScript<{ ok: boolean; pending?: boolean; saved: { id: string } }>(b.context, tab, SAVE(`a long selection ${'x'.repeat(19_000)}`));
      expect(saved).toMatchObject({ ok: true, pending: true });
      expect(await popupProblem()).toMatch(/^1 saved claim is waiting to be stored \(no storage space left; free some disk space\)/);
      expect((await inspect()).saved.some((s) => s.id === saved.saved.id)).toBe(false);

      await worker().evaluate(`Object.assign(IDBObjectStore.prototype, globalThis.realWrites)`);
      expect(await popupProblem()).toBe('');
      expect(countLost([...savedIn(dump), saved.saved], (await inspect()).saved)).toBe(0);
    } finally {
      await worker().evaluate(`Object.assign(IDBObjectStore.prototype, globalThis.realWrites)`);
      await tab.close();
    }
  });

  it('a dataset update aborted halfway: the old dataset stays whole, the popup says so, and the update is retried', async () => {
    const old = makeDataset('old-2');
    const dump = SNAPSHOTS[2]!(old);
    // The worker's next dataset update is aborted after a few claim records, as a crash midway would.
    await worker().evaluate(`globalThis.realPut = IDBObjectStore.prototype.put; let n = 0;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'claims' && ++n === 4) this.transaction.abort();
        return globalThis.realPut.apply(this, args);
      };`);
    await restore(dump);
    expect(await popupProblem()).toMatch(/^Counterpoint's storage failed \(\w+\), so updating the story data did not happen\. Annotations still work from the built-in data\.$/);
    const during = await inspect();
    expect(during.dataset).toBe('old-2');
    expect(during.claims).toBe(old.claims.length);
    expect(countLost(savedIn(dump), during.saved)).toBe(0);

    await worker().evaluate(`IDBObjectStore.prototype.put = globalThis.realPut`);
    expect(await popupProblem()).toBe('');
    const after = await inspect();
    expect(after.dataset).not.toBe('old-2');
    expect(countLost(savedIn(dump), after.saved)).toBe(0);
  });
});

describe('malformed messages in Chromium', () => {
  const BAD: unknown[] = [
    null, 42, 'content/save-claim', [], {}, { type: 7 }, { type: 'content/' }, { type: 'popup/nope' },
    { type: 'content/save-claim', words: '', url: 'https://www.rnz.co.nz/x', title: '', published: null },
    { type: 'content/save-claim', words: 'x', url: 'javascript:alert(1)', title: '', published: null },
    { type: 'content/save-claim', words: 'x'.repeat(20_001), url: 'https://www.rnz.co.nz/x', title: '', published: null },
    { type: 'content/annotated', url: 'https://www.rnz.co.nz/x', storyId: 'x', count: -1, counts: { conflict: 0, earlier: 0 } },
    { type: 'content/annotated', url: 'https://www.rnz.co.nz/x', storyId: 'x', count: 1e9, counts: null },
    { type: 'options/import', text: 42 }, { type: 'options/delete-saved', id: '' }, { type: 'popup/get-tab-state', tabId: 'x' },
    { type: 'popup/set-settings', patch: { enabled: 'yes' } }, { type: 'popup/open-source', url: 'file:///etc/passwd', file: null, paragraph: null },
    { type: 'options/update-saved', id: 'x', words: '   ' }, { type: '__proto__' }, { type: 'content/annotated', __proto__: { count: 1 } },
  ];
  const sendAll = (from: string) => `Promise.all(${JSON.stringify(BAD)}.map((m) => chrome.runtime.sendMessage(m).then((r) => r ?? null, () => null)))`;

  it('from an extension page and from a real content script: none is answered, the settings do not change, the worker still answers', async () => {
    const before = await worker().evaluate(`chrome.storage.local.get(null)`);
    const fromPage = (await page.evaluate(sendAll('page'))) as unknown[];
    expect(fromPage.filter((r) => r !== null)).toEqual([]);

    const tab = await b.context.newPage();
    await tab.goto(SITE_PAGES.rnzSharmaArticle.url);
    const fromContent = await inContentScript<unknown[]>(b.context, tab, sendAll('content'));
    expect(fromContent.filter((r) => r !== null)).toEqual([]);
    // Well-formed popup and options requests from a content script are not ours to answer either.
    const foreign = await inContentScript<unknown[]>(b.context, tab, `Promise.all([{ type: 'popup/set-settings', patch: { enabled: false } }, { type: 'options/list-saved' }, { type: 'options/delete-saved', id: 'v2-a' }]
      .map((m) => chrome.runtime.sendMessage(m).then((r) => r ?? null, () => null)))`);
    expect(foreign).toEqual([null, null, null]);
    await tab.close();

    const after = (await worker().evaluate(`chrome.storage.local.get(null)`)) as Record<string, unknown>;
    expect(after['settings']).toEqual((before as Record<string, unknown>)['settings']);
    const answer = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'popup/get-claims' })`)) as { claims: unknown[] };
    expect(answer.claims.length).toBeGreaterThan(0);
    expect((await inspect()).saved.some((s) => s.id === 'v2-a')).toBe(true);
  });
});
