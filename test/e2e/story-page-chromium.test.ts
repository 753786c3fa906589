// The story page in real Chromium: opened from a story article's sidebar header, from a card's dispute (landing on
// it) and from the toolbar popup; the whole dataset on it, a keyboard path through the chart, the reader's saved
// claim, axe in light and dark, and the wide and narrow screenshots (docs/ when UPDATE_SCREENSHOTS=1).
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPAGE } from '../fixtures/inpage/pages';
import type { ExtensionBrowser } from './chromium';
import { launchInpage, waitForCards } from './inpage-harness';
import { openToolbarPopup, openWide } from './reader-harness';
import { STORY_FACTS, storyReady, articleAt, builtStory, expectLandedOn, expectWholeStory, type StoryFacts } from './story-harness';

const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(import.meta.dirname, '../../docs') : mkdtempSync(join(tmpdir(), 'cp-story-'));
const dataset = builtStory();
const ARTICLE = INPAGE.rnz.url;
const FILE = articleAt(dataset, ARTICLE);

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchInpage();
});
afterAll(async () => {
  await b?.close();
});

/** The story page tab that `act` opens, once it has rendered. */
async function storyPageFrom(act: () => Promise<unknown>): Promise<Page> {
  const next = b.context.waitForEvent('page', { timeout: 15_000 });
  await act();
  const page = await next;
  await page.waitForURL(/\/src\/story\/index\.html/);
  await page.waitForFunction(storyReady, undefined, { timeout: 15_000 });
  return page;
}

const facts = async (page: Page) => JSON.parse(await page.evaluate(STORY_FACTS)) as StoryFacts;

async function storyArticle(): Promise<Page> {
  const page = await openWide(b.context, ARTICLE);
  await waitForCards(page);
  return page;
}

/** The first margin card with conflicting accounts, opened (as "Details" does). */
async function openConflictCard(article: Page) {
  const card = article.locator('counterpoint-root article.card.has-conflict').first();
  await card.locator('button.toggle').click();
  return card;
}

describe('the story page in Chromium', () => {
  it('opens from the sidebar header with every dispute, claim, event and article, and this article marked', async () => {
    const article = await storyArticle();
    const story = await storyPageFrom(() => article.locator('counterpoint-root button.whole-story').click());
    expect(new URL(story.url()).searchParams.get('article')).toBe(FILE);
    expectWholeStory(await facts(story), dataset, FILE);
    await story.close();
    await article.close();
  });

  it('opens from a card\'s dispute link, landing on that dispute', async () => {
    const article = await storyArticle();
    const card = await openConflictCard(article);
    // The card's first dispute (its summary may be the card's heading rather than a line inside it).
    const id = (await card.locator('.dispute[data-dispute]').first().getAttribute('data-dispute'))!;
    const summary = dataset.disputes.find((d) => d.id === id)!.summary;
    const story = await storyPageFrom(() => card.locator('.dispute[data-dispute] button.dispute-link').first().click());
    const got = await facts(story);
    expectLandedOn(got, `dispute-${id}`);
    expect(await story.locator(`#dispute-${id} h3`).textContent()).toBe(summary);
    expectWholeStory(got, dataset, FILE);
    await story.close();
    await article.close();
  });

  it('opens from the toolbar popup over the story article, marking that article', async () => {
    const article = await storyArticle();
    const helper = await b.context.newPage();
    await helper.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await openToolbarPopup(b, helper, article);
    const story = await storyPageFrom(() =>
      helper.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { extension: { getViews(f: { type: string }): Window[] } } }).chrome;
        for (let i = 0; i < 100; i++) {
          const link = chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector<HTMLAnchorElement>('.story-link a');
          if (link?.textContent?.startsWith('The whole story')) return link.click();
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the popup never offered the whole story');
      }),
    );
    expect(new URL(story.url()).searchParams.get('from')).toBe(ARTICLE);
    expectWholeStory(await facts(story), dataset, FILE);
    await story.close();
    await helper.close();
    await article.close();
  });

  it('loads nothing but its own files, and is usable by keyboard: Tab reaches the chart\'s marks, Enter moves to the entry', async () => {
    const story = await b.context.newPage();
    const requests: string[] = [];
    story.on('request', (r) => requests.push(r.url()));
    await story.goto(`chrome-extension://${b.extensionId}/src/story/index.html`);
    await story.waitForFunction(storyReady);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${b.extensionId}/`))).toEqual([]);
    let onMark = false;
    for (let i = 0; i < 30 && !onMark; i++) {
      await story.keyboard.press('Tab');
      onMark = await story.evaluate(() => document.activeElement?.classList.contains('mark') ?? false);
    }
    expect(onMark).toBe(true);
    const label = await story.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(label).toMatch(/^Event 1, /);
    await story.keyboard.press('Enter');
    await story.waitForFunction(() => document.activeElement?.id === 'event-1');
    expect(await story.evaluate(() => document.activeElement!.textContent)).toContain(dataset.story.timeline[0]!.what);
    await story.close();
  });

  it('lists a claim the reader saved from the story\'s article', async () => {
    const article = await storyArticle();
    const card = await openConflictCard(article);
    const words = (await card.locator('.conflict blockquote').first().textContent())!;
    await card.locator('.conflict button.save-quote').first().click();
    await article.locator('counterpoint-root .saver [role=status]').filter({ hasText: 'Saved as a claim' }).waitFor();
    const story = await storyPageFrom(() => article.locator('counterpoint-root button.whole-story').click());
    await story.locator('[data-testid=saved-list]').waitFor();
    expect(await story.locator('[data-testid=saved-list] li').allTextContents()).toEqual([expect.stringContaining(words)]);
    await story.close();
    await article.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${scheme})`, async () => {
      const story = await b.context.newPage();
      await story.emulateMedia({ colorScheme: scheme });
      await story.goto(`chrome-extension://${b.extensionId}/src/story/index.html?article=${FILE}`);
      await story.waitForFunction(storyReady);
      const results = await new AxeBuilder({ page: story }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await story.close();
    });
  }

  it('screenshots: wide (top of the page) and narrow (landed on a dispute)', async () => {
    const story = await b.context.newPage();
    await story.setViewportSize({ width: 1400, height: 2200 });
    await story.goto(`chrome-extension://${b.extensionId}/src/story/index.html?article=${FILE}`);
    await story.waitForFunction(storyReady);
    await story.screenshot({ path: join(OUT, 'screenshot-story-wide.png') });
    const [dispute] = dataset.disputes;
    await story.setViewportSize({ width: 420, height: 900 });
    await story.goto(`chrome-extension://${b.extensionId}/src/story/index.html?article=${FILE}#dispute-${dispute!.id}`);
    await story.waitForFunction(storyReady);
    await story.waitForFunction((id) => document.activeElement?.id === id, `dispute-${dispute!.id}`);
    await story.screenshot({ path: join(OUT, 'screenshot-story-narrow.png') });
    // Narrow: the page never scrolls sideways (the chart scrolls in its own box).
    expect(await story.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await story.close();
  });
});
