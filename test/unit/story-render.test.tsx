// The story page as a reader sees it: every dispute and claim with a deep-link id, the chart's marks, quotes as
// quotes and reports as reports, the filter, where the reader came from, saved claims, and text never parsed as HTML.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/types';
import type { SavedClaim } from '../../src/shared/messages';
import type { StoryTarget } from '../../src/shared/story-link';
import { StoryPage } from '../../src/ui/story/app';
import type { SavedApi } from '../../src/ui/story/saved-view';
import { builtDatasets, sampleStory } from './helpers/story-sample';

let root: HTMLElement;
let win: { Event: typeof Event };
beforeEach(() => {
  const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as { document?: unknown }).document = dom.document;
  win = dom as unknown as { Event: typeof Event };
  root = dom.document.getElementById('app') as unknown as HTMLElement;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

const noSaved: SavedApi = { list: async () => ({ ok: true, saved: [] }) };
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(datasets: Dataset[], target: StoryTarget = { story: null }, saved: SavedApi = noSaved) {
  await act(async () => {
    render(<StoryPage datasets={datasets} target={target} saved={saved} />, root);
  });
}

describe('the story page over the built dataset', () => {
  const [built] = builtDatasets();

  it('has every dispute and every claim, each under an id a link can point at', async () => {
    await mount([built!]);
    for (const d of built!.disputes) expect(root.querySelector(`#dispute-${d.id} h3`)?.textContent, d.id).toBe(d.summary);
    for (const c of built!.claims) expect(root.querySelector(`#claim-${c.id} h3`)?.textContent, c.id).toBe(c.summary);
    expect(root.querySelectorAll('section.dispute')).toHaveLength(built!.disputes.length);
    expect(root.querySelectorAll('article.claim')).toHaveLength(built!.claims.length);
  });

  it('draws one labelled mark per event and per article, each a link to an entry that exists', async () => {
    await mount([built!]);
    const svg = root.querySelector('svg.chart')!;
    expect(svg.querySelectorAll('a.mark-event')).toHaveLength(built!.story.timeline.length);
    expect(svg.querySelectorAll('a.mark-article')).toHaveLength(built!.articles.length);
    for (const mark of svg.querySelectorAll('a.mark')) {
      expect(mark.getAttribute('aria-label')).toBeTruthy();
      const id = mark.getAttribute('href')!.slice(1);
      expect(root.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });

  it('shows every side of a dispute in its own column, with what each side says first', async () => {
    await mount([built!]);
    for (const d of built!.disputes) {
      const sides = root.querySelectorAll(`#dispute-${d.id} section.side`);
      expect([...sides].map((s) => text(s.querySelector('h4')))).toEqual(d.sides.map((s) => s.label));
      for (const side of sides) expect(text(side.querySelector('.first-line'))).toMatch(/^First/);
    }
  });

  it('sets quoted words in quotation marks under the speaker, and reported speech as the outlet\'s report', async () => {
    await mount([built!]);
    const quote = built!.claims.flatMap((c) => c.evidence.map((e) => ({ c, e }))).find(({ e }) => e.form === 'quote')!;
    const reported = built!.claims.flatMap((c) => c.evidence.map((e) => ({ c, e }))).find(({ e }) => e.form === 'reported')!;
    const trail = (id: string) => [...root.querySelectorAll(`#claim-${id} li.step`)];
    const quoted = trail(quote.c.id).find((li) => li.querySelector('blockquote')?.textContent === quote.e.words)!;
    expect(text(quoted.querySelector('.who'))).toBe(quote.e.speakerName);
    const told = trail(reported.c.id).find((li) => text(li.querySelector('.reported')).endsWith(reported.e.words.replace(/\s+/g, ' ').trim()))!;
    expect(told.querySelector('blockquote')).toBeNull();
    expect(told.querySelector('.who')).toBeNull();
    expect(text(told.querySelector('.reporter'))).toMatch(/ reported$/);
  });
});

describe('the story page, hand-made story', () => {
  const story = sampleStory();

  it('marks where the reader came from when the popup passes the tab\'s address (even with a tracking query)', async () => {
    await mount([story], { story: 'sample-story', from: `${story.articles[3]!.url}?ref=home` });
    expect(text(root.querySelector('.came-from'))).toContain("You came from RNZ's article");
    expect(root.querySelector('a.mark-article[href="#article-d.txt"] .current-ring')).not.toBeNull();
    expect(root.querySelector('#article-d\\.txt')?.className).toBe('current');
  });

  it('filters by person: only their accounts and claims, and says how many of each are shown', async () => {
    await mount([story]);
    const person = root.querySelector('#f-person') as HTMLSelectElement;
    await act(async () => {
      // linkedom's select has no value setter: choose the option as a click in the list would.
      person.querySelector('option[value="webb"]')!.setAttribute('selected', '');
      person.dispatchEvent(new win.Event('change', { bubbles: true }));
    });
    expect(text(root.querySelector('.shown'))).toBe('Showing 1 of 1 disputes and 1 of 3 claims.');
    expect([...root.querySelectorAll('article.claim')].map((c) => c.id)).toEqual(['claim-webb-good-faith']);
    expect(text(root.querySelector('#dispute-bullying .side-0 .none'))).toBe('No account matches the filter on this side.');
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show everything')!;
    await act(async () => clear.click());
    expect(root.querySelectorAll('article.claim')).toHaveLength(3);
  });

  it('lists the reader\'s saved claims from the story\'s articles, linked to the story\'s claims in that paragraph', async () => {
    const saved: SavedClaim[] = [
      { id: '1', words: 'seen no evidence', url: story.articles[0]!.url, title: 'x', published: '2022-08-12', createdAt: '2024-03-01T10:00:00Z', note: 'check' },
      { id: '2', words: 'unrelated', url: 'https://example.org/elsewhere', title: 'y', published: null, createdAt: '2024-03-01T10:00:00Z', note: '' },
    ];
    await mount([story], { story: null }, { list: async () => ({ ok: true, saved }) });
    const items = root.querySelectorAll('[data-testid=saved-list] li');
    expect(items).toHaveLength(1);
    expect(text(items[0])).toContain('You saved: seen no evidence');
    expect(text(items[0])).toContain('Your note: check');
    expect(items[0]!.querySelector('a[href="#claim-ardern-no-evidence"]')).not.toBeNull();
  });

  it('says so when the saved claims cannot be read', async () => {
    await mount([story], { story: null }, { list: async () => ({ ok: false, problem: 'The store is closed.' }) });
    expect(text(root.querySelector('#saved [role=alert]'))).toBe('The store is closed.');
  });

  it('renders dataset text as text, never as markup, and never links a non-http address', async () => {
    const hostile = sampleStory();
    hostile.disputes[0]!.summary = '<img src=x onerror=alert(1)>';
    hostile.articles[0]!.url = 'javascript:alert(1)';
    await mount([hostile]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('#dispute-bullying h3')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect([...root.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('javascript:'))).toBe(false);
  });

  it('opens the first story when the address names none it knows', async () => {
    await mount([story], { story: 'no-such-story' });
    expect(text(root.querySelector('h1'))).toBe('A sample story');
  });
});
