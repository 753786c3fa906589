// Shared checks for the story page e2e files (Chromium and Firefox): what the page shows, read by one expression.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Dataset } from '../../src/dataset/types';

/** The story the page must show in full, as `npm run build:data` wrote it (ids and counts are never hard-coded). */
export function builtStory(): Dataset {
  const [dataset] = JSON.parse(readFileSync(join(import.meta.dirname, '../../build/data/datasets.json'), 'utf8')) as Dataset[];
  if (!dataset) throw new Error('build/data/datasets.json has no story: run npm run build:data');
  return dataset;
}

/** The dataset article whose address is `url` (the fixture pages are served at the articles' own addresses). */
export function articleAt(dataset: Dataset, url: string): string {
  const strip = (u: string) => u.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const found = dataset.articles.find((a) => strip(a.url) === strip(url));
  if (!found) throw new Error(`no dataset article at ${url}`);
  return found.file;
}

export interface StoryFacts {
  h1: string;
  disputes: string[];
  claims: string[];
  eventMarks: (string | null)[];
  articleMarks: (string | null)[];
  /** hrefs of the article marks drawn as the reader's article. */
  current: (string | null)[];
  focused: string | null;
  /** The focused element's top, as a share of the window's height (on screen: 0 to 1). */
  focusedTop: number | null;
  hash: string;
}

/** Evaluated in the story page: everything the checks below read (JSON, so BiDi and Playwright both carry it). */
export const STORY_FACTS = `(() => {
  const marks = (kind) => [...document.querySelectorAll('svg.chart a.mark-' + kind)];
  const focused = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  return JSON.stringify({
    h1: document.querySelector('h1')?.textContent ?? '',
    disputes: [...document.querySelectorAll('section.dispute')].map((e) => e.id),
    claims: [...document.querySelectorAll('article.claim')].map((e) => e.id),
    eventMarks: marks('event').map((a) => a.getAttribute('aria-label')),
    articleMarks: marks('article').map((a) => a.getAttribute('aria-label')),
    current: marks('article').filter((a) => a.querySelector('.current-ring')).map((a) => a.getAttribute('href')),
    focused: focused?.id || null,
    focusedTop: focused ? focused.getBoundingClientRect().top / innerHeight : null,
    hash: location.hash,
  });
})()`;

/**
 * Ready once the story has rendered and the saved claims have been asked for. A function for Playwright: the story
 * page's CSP forbids eval, and Playwright polls a string predicate with eval, so a string fails whenever the first
 * check comes too early. The string form is for Firefox over BiDi, which evaluates it outside the page's CSP.
 */
export const storyReady = (): boolean => !!document.querySelector('article.claim') && !document.querySelector('#saved [aria-live]');
export const STORY_READY = `(${storyReady.toString()})()`;

/** Every dispute and claim of the dataset, one labelled mark per event and per article, the reader's article marked. */
export function expectWholeStory(facts: StoryFacts, dataset: Dataset, currentFile: string | null): void {
  expect(facts.h1).toBe(dataset.story.title);
  expect(facts.disputes.sort()).toEqual(dataset.disputes.map((d) => `dispute-${d.id}`).sort());
  expect(facts.claims.sort()).toEqual(dataset.claims.map((c) => `claim-${c.id}`).sort());
  expect(facts.eventMarks).toHaveLength(dataset.story.timeline.length);
  expect(facts.articleMarks).toHaveLength(dataset.articles.length);
  for (const label of [...facts.eventMarks, ...facts.articleMarks]) expect(label ?? '').toMatch(/^(Event \d+|.+ article), \d+ \w{3} 2022/);
  expect(facts.current).toEqual(currentFile ? [`#article-${currentFile}`] : []);
}

/** Landed on a dispute: the address names it, it has focus, and it is on screen near the top. */
export function expectLandedOn(facts: StoryFacts, place: string): void {
  expect(facts.hash).toBe(`#${place}`);
  expect(facts.focused).toBe(place);
  expect(facts.focusedTop).toBeGreaterThanOrEqual(-0.01);
  expect(facts.focusedTop).toBeLessThan(0.5);
}
