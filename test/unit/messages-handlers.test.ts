// Background message handling: only our own pages and content scripts are heard, bad messages are dropped, and the
// badge, tab state, search records, saving and "open the source" behave as the reader sees them.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import { classifySender, type Responses } from '../../src/shared/messages';
import { makeDataset } from '../fixtures/db/dataset';

const ID = fakeBrowser.runtime.id;
const PAGE = `chrome-extension://${ID}/src/popup/index.html`;
const ARTICLE = 'https://www.newshub.co.nz/home/politics/2022/08/labour-bullying-allegations-newshub-understands-staff-made-complaints-against-dr-gaurav-sharma.html';

let store: ClaimStore;
let warn: ReturnType<typeof vi.spyOn>;
let sent: { tabId: number; msg: unknown }[];

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  store = new ClaimStore(() => [makeDataset()]);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  sent = [];
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = async (tabId: number, msg: unknown) => void sent.push({ tabId, msg });
  (fakeBrowser.permissions as unknown as { getAll: unknown }).getAll = async () => ({ origins: ['https://example.org/*'], permissions: [] });
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

const fromPage: Runtime.MessageSender = { id: ID, url: PAGE };
const fromContent = (tabId: number, url = ARTICLE): Runtime.MessageSender => ({ id: ID, url, tab: { id: tabId, url } as never });

function ask<K extends keyof Responses>(msg: { type: K } & Record<string, unknown>, sender: Runtime.MessageSender) {
  return handleMessage(store, msg, sender) as Promise<Responses[K] | undefined> | undefined;
}

describe('who may talk to the background', () => {
  it('accepts our pages, and content scripts on the news sites or on origins the reader granted', () => {
    const base = `chrome-extension://${ID}/`;
    expect(classifySender(fromPage, ID, base)).toBe('page');
    expect(classifySender(fromContent(1), ID, base)).toBe('content');
    expect(classifySender(fromContent(1, 'https://rnz.co.nz/news/x'), ID, base)).toBe('content');
    expect(classifySender(fromContent(1, 'https://example.org/a'), ID, base)).toBeNull();
    expect(classifySender(fromContent(1, 'https://example.org/a'), ID, base, ['https://example.org/*'])).toBe('content');
    // The options page's "other sites" grant.
    expect(classifySender(fromContent(1, 'https://www.example-syndicate.co.nz/news/sharma-caucus'), ID, base, ['*://*/*'])).toBe('content');
  });

  it('ignores other extensions, lookalike hosts, and content senders without a tab', () => {
    const base = `chrome-extension://${ID}/`;
    expect(classifySender({ ...fromPage, id: 'someone-else' }, ID, base)).toBeNull();
    expect(classifySender(fromContent(1, 'https://evilrnz.co.nz/x'), ID, base)).toBeNull();
    expect(classifySender(fromContent(1, 'https://rnz.co.nz.evil.com/x'), ID, base)).toBeNull();
    expect(classifySender({ id: ID, url: ARTICLE }, ID, base)).toBeNull();
    expect(classifySender({ id: ID, url: `chrome-extension://other/${PAGE}` }, ID, base)).toBeNull();
  });

  it('a web page cannot read claims or change settings', async () => {
    const outsider = { id: ID, url: 'https://www.newshub.co.nz/x', tab: { id: 3 } as never };
    expect(await ask({ type: 'popup/get-claims' }, outsider)).toBeUndefined();
    expect(await ask({ type: 'popup/set-settings', patch: { enabled: false } }, outsider)).toBeUndefined();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });

  it('any malformed message is dropped with a warning and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('content/annotated', 'content/save-claim', 'popup/open-source', 'options/import'), url: fc.anything(), count: fc.anything() })),
        fc.constantFrom(fromPage, fromContent(2)),
        async (raw, sender) => {
          const r = await handleMessage(store, raw, sender);
          // A malformed message gets no answer; only a well-formed one (rare from random data) may be answered.
          if (r !== undefined) expect(typeof r).toBe('object');
        },
      ),
      { numRuns: 150 },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
  });

  it('leaves the gate message to its own listener', () => {
    expect(handleMessage(store, { type: 'content/gate-passed' }, fromContent(1))).toBeUndefined();
  });
});

describe('content reports', () => {
  it('the badge of each tab shows the count its page reported, and the popup sees the same state', async () => {
    const counts = { conflict: 3, earlier: 2 };
    expect(await ask({ type: 'content/annotated', url: ARTICLE, storyId: 'sharma-2022', count: 5, counts }, fromContent(7))).toEqual({ ok: true });
    await ask({ type: 'content/annotated', url: 'https://www.rnz.co.nz/x', storyId: null, count: 0, counts: { conflict: 0, earlier: 0 } }, fromContent(8, 'https://www.rnz.co.nz/x'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    const state = await ask({ type: 'popup/get-tab-state', tabId: 7 }, fromPage);
    expect(state?.state).toEqual({ url: ARTICLE, storyId: 'sharma-2022', count: 5, counts });
    expect(state?.host).toBe('newshub.co.nz');
  });

  it('answers the popup for Chromium-sized tab ids (over a billion), not only small ones', async () => {
    const tabId = 1_734_567_890;
    await ask({ type: 'content/annotated', url: ARTICLE, storyId: 'sharma-2022', count: 2, counts: { conflict: 1, earlier: 1 } }, fromContent(tabId));
    const state = await ask({ type: 'popup/get-tab-state', tabId }, fromPage);
    expect(state?.state?.count).toBe(2);
  });

  it('saving a selection from the page makes it searchable in the popup', async () => {
    const r = await ask({ type: 'content/save-claim', words: 'he instead claimed Webb threatened and gaslit him', url: ARTICLE, title: 'Labour bullying', published: '2022-08-12' }, fromContent(7));
    expect(r?.ok).toBe(true);
    const all = await ask({ type: 'popup/get-claims' }, fromPage);
    expect(all?.claims.filter((c) => c.source === 'saved').map((c) => c.published)).toEqual(['2022-08-12']);
    expect(all?.status).toEqual({ ok: true });
  });
});

describe('opening a search result', () => {
  it('activates a tab already showing the article and scrolls it to the paragraph', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${ARTICLE}?ref=home#top`, active: false });
    await fakeBrowser.tabs.create({ url: 'https://www.rnz.co.nz/', active: true });
    const r = await ask({ type: 'popup/open-source', url: ARTICLE, file: '004_f67e6a7c87161c73.txt', paragraph: 9 }, fromPage);
    expect(r).toEqual({ ok: true, tabId: tab.id });
    expect((await fakeBrowser.tabs.get(tab.id!)).active).toBe(true);
    expect(sent).toEqual([{ tabId: tab.id, msg: { type: 'background/scroll-to', file: '004_f67e6a7c87161c73.txt', paragraph: 9 } }]);
  });

  it('opens a new tab when the article is not open', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    const r = await ask({ type: 'popup/open-source', url: ARTICLE, file: null, paragraph: null }, fromPage);
    expect(r?.ok).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.some((t) => t.url === ARTICLE)).toBe(true);
    expect(sent).toEqual([]);
  });
});
