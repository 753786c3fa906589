// The options page's saved-claims section over a real store: list, edit, delete, export, and a refused import.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import { exportSaved, parseImport } from '../../src/shared/web-annotation';
import { SavedClaims, type OptionsApi } from '../../src/ui/options/saved-claims';
import { makeDataset } from '../fixtures/db/dataset';

let store: ClaimStore;
let root: HTMLElement;
let win: { Event: typeof Event };
let downloads: string[];

function apiFor(s: ClaimStore): OptionsApi {
  return {
    list: () => s.listSaved(),
    update: (id, p) => s.updateSaved(id, p),
    remove: (id) => s.deleteSaved(id),
    importText: (t) => importText(s, t),
    exportJson: async () => {
      const l = await s.listSaved();
      return l.ok ? { ok: true, json: exportSaved(l.saved) } : l;
    },
    download: (json) => void downloads.push(json),
  };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = new ClaimStore(() => [makeDataset()]);
  await store.open();
  await store.saveClaim({ words: 'We are a great whānau', url: 'https://www.newshub.co.nz/a', title: 'Newshub', published: '2022-08-12' });
  const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = dom.document;
  win = dom as unknown as { Event: typeof Event };
  root = dom.document.getElementById('app') as unknown as HTMLElement;
  downloads = [];
  await act(async () => render(<SavedClaims api={apiFor(store)} />, root));
  await settle();
});
afterEach(() => {
  render(null, root);
  store.close();
  delete (globalThis as { document?: unknown }).document;
});

async function settle() {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}
async function click(el: Element) {
  await act(async () => void el.dispatchEvent(new win.Event('click', { bubbles: true })));
  await settle();
}
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(label))!;

describe('saved claims on the options page', () => {
  it('lists saved claims and saves an edited note', async () => {
    const note = root.querySelector('textarea[id^="n-"]') as HTMLTextAreaElement;
    expect((root.querySelector('textarea[id^="w-"]') as HTMLTextAreaElement).value).toBe('We are a great whānau');
    expect(button('Save changes').disabled).toBe(true);
    await act(async () => {
      note.value = 'Compare with Sharma';
      note.dispatchEvent(new win.Event('input', { bubbles: true }));
    });
    await click(button('Save changes'));
    const list = await store.listSaved();
    expect(list.ok && list.saved[0]?.note).toBe('Compare with Sharma');
    expect(root.querySelector('[role=status]')?.textContent).toBe('Saved.');
  });

  it('deletes a claim', async () => {
    await click(button('Delete'));
    expect(root.querySelector('[data-testid=saved-empty]')).not.toBeNull();
    const list = await store.listSaved();
    expect(list.ok && list.saved).toEqual([]);
  });

  it('exports the saved claims as a Web Annotation collection', async () => {
    await click(button('Export'));
    expect(JSON.parse(downloads[0]!).first.items[0].target.selector.exact).toBe('We are a great whānau');
  });

  it('a malformed import shows why and leaves the list as it was', async () => {
    const input = root.querySelector('[data-testid=import]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [{ text: async () => '[{"type":"Annotation","target":{}}]' }], configurable: true });
    await act(async () => void input.dispatchEvent(new win.Event('change', { bubbles: true })));
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/Annotation 1 cannot be imported.*nothing was imported/);
    expect(root.querySelectorAll('.saved-item')).toHaveLength(1);
  });
});

describe('whose words a saved claim is', () => {
  it("says a saved quote is the speaker's own words and a saved report is the outlet's, and exports both ways", async () => {
    await store.saveClaim({ words: "I've never seen it. We're a great whanau", url: 'https://www.newshub.co.nz/b', title: 'Newshub', published: '2022-08-12', attribution: { form: 'quote', speaker: 'Willie Jackson', outlet: 'Newshub' } });
    await store.saveClaim({ words: 'Ardern said she had "seen no evidence" of his allegations of bullying.', url: 'https://www.nzherald.co.nz/c', title: 'Herald', published: '2022-08-12', attribution: { form: 'reported', speaker: 'Jacinda Ardern', outlet: 'NZ Herald' } });
    await act(async () => render(<SavedClaims api={apiFor(store)} key="again" />, root));
    await settle();
    // Saved in the same millisecond, their order is the store's: compare them as sets.
    const lines = [...root.querySelectorAll('.attribution')].map((p) => p.textContent).sort();
    expect(lines).toEqual(['NZ Herald’s report of Jacinda Ardern’s account (not Jacinda Ardern’s own words)', 'Willie Jackson’s own words, as Newshub quoted them']);
    const l = await store.listSaved();
    const exported = exportSaved(l.ok ? l.saved : []);
    const json = JSON.parse(exported) as { first: { items: { 'counterpoint:attribution'?: { form: string } }[] } };
    const forms = (xs: (string | null)[]) => xs.map(String).sort();
    expect(forms(json.first.items.map((i) => i['counterpoint:attribution']?.form ?? null))).toEqual(['null', 'quote', 'reported']);
    expect(json.first.items.find((i) => i['counterpoint:attribution']?.form === 'quote')!['counterpoint:attribution']).toEqual({ form: 'quote', speaker: 'Willie Jackson', outlet: 'Newshub' });
    // ...and an import of that file keeps them.
    const back = parseImport(exported);
    expect(back.ok && forms(back.claims.map((c) => c.attribution?.form ?? null))).toEqual(['null', 'quote', 'reported']);
  });

  it("drops the attribution when the reader edits the words: edited words are no longer the speaker's", async () => {
    const r = await store.saveClaim({ words: "I've never seen it.", url: 'https://www.newshub.co.nz/b', title: 'Newshub', published: null, attribution: { form: 'quote', speaker: 'Willie Jackson', outlet: 'Newshub' } });
    if (!r.ok) throw new Error('not saved');
    const edited = await store.updateSaved(r.saved.id, { words: 'Jackson has never seen it' });
    expect(edited.ok && edited.saved.attribution).toBe(undefined);
    const noted = await store.updateSaved(r.saved.id, { note: 'check' });
    expect(noted.ok && noted.saved.words).toBe('Jackson has never seen it');
  });
});
