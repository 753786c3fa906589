// The ways into the story page: the sidebar header, a card's dispute, the popup, and the background opening the tab.
import { fakeBrowser } from '@webext-core/fake-browser';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import type { Responses } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { STORY_PAGE, readStoryTarget, storyPagePath, type StoryTarget } from '../../src/shared/story-link';
import type { PopupApi } from '../../src/ui/popup/api';
import { PopupApp } from '../../src/ui/popup/app';
import { buildModel } from '../../src/ui/sidebar/model';
import { Sidebar, type SidebarProps } from '../../src/ui/sidebar/sidebar';
import { TIMELINE, sampleResult } from './helpers/sidebar-sample';

let root: HTMLElement;
let win: { Event: typeof Event };
beforeEach(() => {
  const dom = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  win = dom as unknown as { Event: typeof Event };
  (globalThis as { document?: unknown }).document = dom.document;
  root = dom.document.getElementById('m') as unknown as HTMLElement;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
  vi.restoreAllMocks();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the story page address', () => {
  it('carries the story, where the reader came from, and the place, and reads back the same', () => {
    const target: StoryTarget = { story: 'sharma-2022', article: '000_x.txt', from: 'https://www.rnz.co.nz/a?b=c&d', published: '2022-08-15', place: 'dispute-whips-conduct' };
    const path = storyPagePath(target);
    expect(path.startsWith(`${STORY_PAGE}?`)).toBe(true);
    expect(path.endsWith('#dispute-whips-conduct')).toBe(true);
    expect(readStoryTarget(`chrome-extension://id/${path}`)).toEqual(target);
  });

  it('drops a place that is not a dispute or a claim', () => {
    expect(storyPagePath({ story: 's', place: 'x"><script>' })).toBe(`${STORY_PAGE}?story=s`);
    expect(readStoryTarget(`moz-extension://id/${STORY_PAGE}#javascript:alert(1)`).place).toBeNull();
    expect(readStoryTarget('not a url')).toEqual({ story: null });
  });
});

describe('the sidebar\'s links', () => {
  function mount(onOpenStory: (t: StoryTarget) => void) {
    const result = sampleResult();
    const model = buildModel(result, TIMELINE, '2022-08-15T17:21:00+12:00')!;
    const props: SidebarProps = {
      model,
      layout: { mode: 'narrow' },
      activeKey: null,
      expanded: new Set(),
      drawerOpen: true,
      status: '',
      onShow: () => {},
      onToggle: () => {},
      onOpenDrawer: () => {},
      onCloseDrawer: () => {},
      onOpenStory,
    };
    render(h(Sidebar, props), root);
  }
  const button = (label: string) => [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label));

  it('"The whole story" in the header opens the story page for this story and article', () => {
    const opened: StoryTarget[] = [];
    mount((t) => opened.push(t));
    button('The whole story')!.click();
    expect(opened).toEqual([{ story: 'sharma-2022', article: '000_de6308f5bd6f12f4.txt', published: '2022-08-15T17:21:00+12:00', place: null }]);
  });

  it('"The whole dispute" under a dispute\'s summary lands on that dispute', () => {
    const opened: StoryTarget[] = [];
    mount((t) => opened.push(t));
    const link = button('The whole dispute')!;
    expect(text(link)).toBe('The whole dispute: Whether MPs, Sharma among them, were bullied');
    // Not click(): linkedom calls an ancestor's Preact listener (the card's) with `this` set to the button, so the
    // button's own handler would run twice; a real browser runs it once.
    link.dispatchEvent(new win.Event('click'));
    expect(opened.map((t) => t.place)).toEqual(['dispute-bullying']);
  });

  it('has neither link when nothing can open the page', () => {
    mount(undefined as unknown as (t: StoryTarget) => void);
    expect(button('The whole')).toBeUndefined();
  });
});

describe('the popup\'s link', () => {
  function api(state: Responses['popup/get-tab-state']['state']): PopupApi {
    return {
      getClaims: async () => ({ claims: [], status: { ok: true } }),
      getTabState: async () => ({ state, settings: DEFAULT_SETTINGS, host: 'rnz.co.nz', status: { ok: true } }),
      setSettings: async () => ({ settings: DEFAULT_SETTINGS }),
      open: async () => ({ ok: true, tabId: 1 }),
    };
  }
  const link = () => root.querySelector('.story-link a')!;

  it('on a story page, opens the whole story with the tab\'s address, in a new tab', async () => {
    const url = 'https://www.rnz.co.nz/news/political/472903/x';
    await act(async () => render(<PopupApp api={api({ url, storyId: 'sharma-2022', count: 2, counts: { conflict: 1, earlier: 1 } })} />, root));
    await act(() => new Promise((r) => setTimeout(r, 0))); // the tab state's answer
    expect(text(link())).toBe('The whole story: every dispute, claim and article');
    expect(link().getAttribute('target')).toBe('_blank');
    expect(readStoryTarget(`chrome-extension://id${link().getAttribute('href')}`)).toMatchObject({ story: 'sharma-2022', from: url });
  });

  it('a click opens the page through the tabs API (the popup would otherwise stay put over it)', async () => {
    const opened: string[] = [];
    const withTabs = { ...api({ url: 'https://www.rnz.co.nz/a', storyId: 'sharma-2022', count: 1, counts: { conflict: 1, earlier: 0 } }), openPage: async (p: string) => void opened.push(p) };
    await act(async () => render(<PopupApp api={withTabs} />, root));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const click = new win.Event('click', { cancelable: true }) as MouseEvent;
    Object.defineProperty(click, 'button', { value: 0 });
    link().dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(opened).toEqual([link().getAttribute('href')!.slice(1)]);
  });

  it('elsewhere, still offers the stories Counterpoint knows', async () => {
    await act(async () => render(<PopupApp api={api(null)} />, root));
    expect(text(link())).toBe('Read a story Counterpoint knows, as a whole');
    expect(link().getAttribute('href')).toBe(`/${STORY_PAGE}`);
  });
});

describe('the background opens the story page', () => {
  const ARTICLE = 'https://www.rnz.co.nz/news/political/472903/x';
  const fromContent: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: ARTICLE, tab: { id: 7, index: 2, windowId: 1, url: ARTICLE } as never };
  let store: ClaimStore;
  let created: { url?: string; index?: number }[];
  beforeEach(() => {
    fakeBrowser.reset();
    store = new ClaimStore(() => []);
    created = [];
    (fakeBrowser.tabs as unknown as { create: unknown }).create = async (p: { url?: string; index?: number }) => (created.push(p), { id: 99, ...p });
    (fakeBrowser.permissions as unknown as { getAll: unknown }).getAll = async () => ({ origins: [], permissions: [] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  const msg = { type: 'content/open-story', story: 'sharma-2022', article: '000_x.txt', published: null, place: 'claim-ardern-no-evidence' };

  it('in a new tab next to the reader\'s, at the place the sidebar asked for', async () => {
    expect(await handleMessage(store, msg, fromContent)).toEqual({ ok: true, tabId: 99 });
    expect(created).toHaveLength(1);
    expect(created[0]!.index).toBe(3);
    expect(created[0]!.url).toBe(fakeBrowser.runtime.getURL(storyPagePath({ story: 'sharma-2022', article: '000_x.txt', place: 'claim-ardern-no-evidence' })));
  });

  it('refuses a place that is not a dispute or claim id, and a sender that is not our content script', async () => {
    expect(await handleMessage(store, { ...msg, place: '../../options' }, fromContent)).toBeUndefined();
    expect(await handleMessage(store, msg, { ...fromContent, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } as never })).toBeUndefined();
    expect(created).toHaveLength(0);
  });
});
