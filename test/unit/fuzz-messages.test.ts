// Generated malformed messages from a content script, and well-formed ones from foreign senders, sent to the background
// handler: each is ignored and logged, none throws, none gets an answer, and nothing the reader has changes.

import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import { ContentToBackgroundSchema, OptionsToBackgroundSchema, PopupToBackgroundSchema } from '../../src/shared/messages';
import { makeDataset } from '../fixtures/db/dataset';
import { LONG, scaled } from '../long';

/** Generated runs take seconds, thousands of them under CP_LONG. */
const SLOW = { timeout: LONG ? 600_000 : 60_000 };

const ID = fakeBrowser.runtime.id;
const ARTICLE = 'https://www.rnz.co.nz/news/political/472370/labour-mp-gaurav-sharma';
const content = (url = ARTICLE, tabId = 5): Runtime.MessageSender => ({ id: ID, url, tab: { id: tabId, url } as never });
const page: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/src/popup/index.html` };

/** Senders that must never be heard (whatever they send). */
const FOREIGN: [string, Runtime.MessageSender][] = [
  ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: `chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html` }],
  ['another extension claiming our page URL', { id: 'other', url: page.url }],
  ['a content script on a site we do not cover', content('https://example.com/news')],
  ['a lookalike host', content('https://www.rnz.co.nz.evil.example/news')],
  ['a lookalike suffix', content('https://evilrnz.co.nz/news')],
  ['a news page URL without a tab', { id: ID, url: ARTICLE }],
  ['no URL at all', { id: ID, tab: { id: 9 } as never }],
  ['an empty sender', {}],
  ['a file: page', content('file:///home/reader/page.html')],
];

const VALID: Record<string, unknown>[] = [
  { type: 'content/annotated', url: ARTICLE, storyId: 'sharma-2022', count: 3, counts: { conflict: 2, earlier: 1 } },
  { type: 'content/save-claim', words: 'seen no evidence', url: ARTICLE, title: 'RNZ', published: null },
  { type: 'popup/get-claims' },
  { type: 'popup/get-tab-state', tabId: 5 },
  { type: 'popup/set-settings', patch: { enabled: false } },
  { type: 'popup/open-source', url: ARTICLE, file: null, paragraph: null },
  { type: 'options/list-saved' },
  { type: 'options/delete-saved', id: 'x' },
  { type: 'options/update-saved', id: 'x', note: 'n' },
  { type: 'options/import', text: '[]' },
  { type: 'options/export' },
];

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(-1, 1.5, 1e9, Number.NaN, Infinity, '', ' ', 'javascript:alert(1)', 'data:,x', 'x'.repeat(20_001), null),
);

/** A content message with one field broken (wrong type, out of range, not http, too long, missing). */
const malformedContent = fc
  .tuple(fc.constantFrom('content/annotated', 'content/save-claim'), fc.nat(), junk, fc.boolean())
  .map(([type, at, value, drop]) => {
    const msg = { ...VALID.find((m) => m.type === type)! };
    const fields = Object.keys(msg).filter((k) => k !== 'type');
    const field = fields[at % fields.length]!;
    if (drop && field !== 'storyId' && field !== 'published') delete msg[field];
    else msg[field] = field === 'counts' ? { conflict: value, earlier: 0 } : value;
    return msg;
  })
  // The receiver's own schema is the oracle for "malformed" (e.g. a null storyId is a valid message).
  .filter((m) => !v.safeParse(ContentToBackgroundSchema, m).success);

/** A popup or options message with one field broken. */
const malformedPage = fc
  .tuple(fc.constantFrom(...VALID.filter((m) => !(m.type as string).startsWith('content/'))), fc.nat(), junk)
  .map(([valid, at, value]) => {
    const fields = Object.keys(valid);
    return { ...valid, [fields[at % fields.length]!]: value };
  })
  .filter((m) => !v.safeParse(PopupToBackgroundSchema, m).success && !v.safeParse(OptionsToBackgroundSchema, m).success);

const anythingElse = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ type: fc.oneof(fc.string(), fc.constantFrom('content/', 'content/unknown', 'popup', 'options/', 'background/scroll-to', 'CONTENT/annotated')) }),
  fc.record({ type: fc.constantFrom(...VALID.map((m) => m.type as string)), extra: junk }, { requiredKeys: ['type'] }).map((m) => ({ ...m, type: ` ${m.type}` })),
);

let store: ClaimStore;
let warn: ReturnType<typeof vi.spyOn>;
const tally = { sent: 0, answered: 0, threw: 0, unlogged: 0 };

beforeAll(async () => {
  fakeBrowser.reset();
  (fakeBrowser.permissions as unknown as { getAll: unknown }).getAll = async () => ({ origins: [], permissions: [] });
  globalThis.indexedDB = new IDBFactory();
  store = new ClaimStore(() => [makeDataset()]);
  await store.open();
  await store.saveClaim({ words: 'kept', url: ARTICLE, title: 'RNZ', published: null });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(() => {
  store.close();
  vi.restoreAllMocks();
  console.info(`fuzz-messages: ${tally.sent} bad messages, ${tally.answered} answered, ${tally.threw} threw, ${tally.unlogged} not logged`);
});

/** What the reader could notice: saved claims, settings, badges, tab states. */
async function readerState(): Promise<string> {
  const saved = await store.listSaved();
  return JSON.stringify([saved, await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null), await fakeBrowser.action.getBadgeText({ tabId: 5 })]);
}

async function expectIgnored(raw: unknown, sender: Runtime.MessageSender): Promise<void> {
  tally.sent++;
  const warned = warn.mock.calls.length;
  let answer: unknown;
  try {
    answer = await handleMessage(store, raw, sender);
  } catch (err) {
    tally.threw++;
    throw err;
  }
  if (answer !== undefined) tally.answered++;
  if (warn.mock.calls.length === warned) tally.unlogged++;
  expect(answer).toBeUndefined();
  expect(warn.mock.calls.length).toBeGreaterThan(warned);
}

describe('malformed messages are ignored and logged', () => {
  it('from a content script on a news site: broken fields, unknown types, non-objects', SLOW, async () => {
    const before = await readerState();
    await fc.assert(
      fc.asyncProperty(fc.oneof(malformedContent, anythingElse), (raw) => expectIgnored(raw, content())),
      { numRuns: scaled(300, 3000) },
    );
    expect(await readerState()).toBe(before);
  });

  it('a content script may not send the popup or options messages', SLOW, async () => {
    const before = await readerState();
    for (const msg of VALID.filter((m) => !(m.type as string).startsWith('content/'))) await expectIgnored(msg, content());
    expect(await readerState()).toBe(before);
  });

  it('an extension page may not send content messages, nor malformed page messages', SLOW, async () => {
    const before = await readerState();
    for (const msg of VALID.filter((m) => (m.type as string).startsWith('content/'))) await expectIgnored(msg, page);
    await fc.assert(
      fc.asyncProperty(malformedPage, (raw) => expectIgnored(raw, page)),
      { numRuns: scaled(100, 1000) },
    );
    expect(await readerState()).toBe(before);
  });

  for (const [who, sender] of FOREIGN) {
    it(`every message, even well-formed, from ${who}`, SLOW, async () => {
      const before = await readerState();
      for (const msg of VALID) await expectIgnored(msg, sender);
      await fc.assert(fc.asyncProperty(fc.oneof(malformedContent, anythingElse), (raw) => expectIgnored(raw, sender)), { numRuns: scaled(20, 200) });
      expect(await readerState()).toBe(before);
    });
  }

  it('after all that, a valid message is still answered', SLOW, async () => {
    const r = await handleMessage(store, { type: 'popup/get-claims' }, page);
    expect((r as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
  });
});
