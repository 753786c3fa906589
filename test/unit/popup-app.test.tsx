// The popup as a reader uses it: tab state, switches, the store's problem, live search and opening a result.

import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledSearchClaims } from '../../src/background/store-seed';
import type { Responses, SearchClaim, StoreStatus } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, applyPatch, type Settings, type SettingsPatch } from '../../src/shared/settings';
import type { PopupApi } from '../../src/ui/popup/api';
import { PopupApp } from '../../src/ui/popup/app';
import { makeDataset } from '../fixtures/db/dataset';

const CLAIMS = bundledSearchClaims([makeDataset()]);
const ARTICLE = 'https://www.newshub.co.nz/home/politics/2022/08/x.html';

class FakeApi implements PopupApi {
  settings: Settings = DEFAULT_SETTINGS;
  opened: SearchClaim[] = [];
  patches: SettingsPatch[] = [];
  constructor(
    private status: StoreStatus = { ok: true },
    private tab: Responses['popup/get-tab-state']['state'] = { url: ARTICLE, storyId: 'sharma-2022', count: 4, counts: { conflict: 3, earlier: 1 } },
  ) {}
  async getClaims() {
    return { claims: CLAIMS, status: this.status };
  }
  async getTabState() {
    return { state: this.tab, settings: this.settings, host: 'newshub.co.nz', status: this.status };
  }
  async setSettings(patch: SettingsPatch) {
    this.patches.push(patch);
    this.settings = applyPatch(this.settings, patch);
    return { settings: this.settings };
  }
  async open(c: SearchClaim) {
    this.opened.push(c);
    return { ok: true as const, tabId: 1 };
  }
}

let doc: Document;
let root: HTMLElement;
let win: { Event: typeof Event };
beforeEach(() => {
  const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  doc = dom.document as unknown as Document;
  win = dom as unknown as { Event: typeof Event };
  root = doc.getElementById('app') as HTMLElement;
  (globalThis as { document?: unknown }).document = doc;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

async function mount(api: FakeApi) {
  await act(async () => {
    render(<PopupApp api={api} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}
const text = (sel: string) => (root.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
async function type(value: string) {
  const input = root.querySelector('#q') as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new win.Event('input', { bubbles: true }));
  });
}
const resultWords = () => [...root.querySelectorAll('.results .words')].map((e) => e.textContent);

describe('popup', () => {
  it('says whether this tab’s story is recognised, with its note counts', async () => {
    await mount(new FakeApi());
    expect(text('[data-testid=tab-status]')).toBe('Story recognised: 4 notes (3 conflicting, 1 earlier).');
    expect(root.querySelector('[data-testid=store-problem]')).toBeNull();
  });

  it('shows the store’s problem as an alert when it has one', async () => {
    await mount(new FakeApi({ ok: false, problem: 'Your browser has no storage space left for Counterpoint.' }));
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toBe('Your browser has no storage space left for Counterpoint.');
  });

  it('shows results as the reader types, with who, where and when', async () => {
    await mount(new FakeApi());
    await type('whanau');
    expect(resultWords()).toEqual(["I've never seen it. We're a great whanau"]);
    expect(text('.results .meta')).toBe('Willie Jackson · Newshub · 12 Aug 2022 · Quote');
    await type('gaslit');
    expect(resultWords()[0]).toBe('he instead claimed Webb threatened and gaslit him during the process');
    await type('zzzzqqq');
    expect(text('#result-count')).toBe('No claims match.');
  });

  it('opening a result asks the background to show that article at that paragraph', async () => {
    const api = new FakeApi();
    await mount(api);
    await type('no evidence');
    const link = root.querySelector('.results a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    await act(async () => {
      link.dispatchEvent(new win.Event('click', { bubbles: true, cancelable: true }));
    });
    expect(api.opened.map((c) => c.id.split('@')[0])).toEqual(['ardern-no-evidence']);
    expect(api.opened[0]?.paragraph).not.toBeNull();
  });

  it('the site button hides notes on this site, and the switches change global and per-kind settings', async () => {
    const api = new FakeApi();
    await mount(api);
    const siteButton = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('newshub.co.nz')) as HTMLButtonElement;
    expect(siteButton.textContent).toBe('Hide notes on newshub.co.nz');
    await act(async () => {
      siteButton.dispatchEvent(new win.Event('click', { bubbles: true }));
    });
    expect(api.settings.sites).toEqual({ 'newshub.co.nz': false });
    expect(siteButton.textContent).toBe('Show notes on newshub.co.nz');
    expect(siteButton.getAttribute('aria-pressed')).toBe('true');
    const boxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
    const earlier = boxes.find((b) => b.parentElement?.textContent?.includes('Earlier reporting'))!;
    await act(async () => {
      earlier.checked = false;
      earlier.dispatchEvent(new win.Event('change', { bubbles: true }));
    });
    expect(api.settings.kinds).toEqual({ conflict: true, earlier: false });
  });

  it('every form control has a label', async () => {
    await mount(new FakeApi());
    for (const el of root.querySelectorAll('input, select')) {
      const id = el.getAttribute('id');
      const labelled = (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label');
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
