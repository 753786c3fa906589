// The story page in Firefox ESR (WebDriver BiDi): opened from a story article's sidebar header, from a card's dispute
// link (landing on that dispute) and from the popup, with every dispute, claim, event and article of the dataset on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, openTab, waitUntil, type ExtensionFirefox } from './firefox';
import { fixturePages, fixtureUrl, popupUrl } from './firefox-harness';
import { STORY_FACTS, STORY_READY, articleAt, builtStory, expectLandedOn, expectWholeStory, type StoryFacts } from './story-harness';

const PAGE = 'rnz-caucus-to-meet';
const dataset = builtStory();
const FILE = articleAt(dataset, fixtureUrl(PAGE));
const ROOT = "document.querySelector('counterpoint-root')?.shadowRoot";

let ff: ExtensionFirefox;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension({ pages: fixturePages([PAGE]) });
});
afterAll(async () => {
  await ff?.close();
});

interface Tree {
  contexts: { context: string; url: string }[];
}

async function storyTabs(): Promise<string[]> {
  const { contexts } = await ff.bidi.send<Tree>('browsingContext.getTree', { maxDepth: 0 });
  return contexts.filter((c) => c.url.includes('/src/story/index.html')).map((c) => c.context);
}

/** The story page tab that `act` opens (a new top-level context), once it has rendered. */
async function storyPageFrom(act: () => Promise<unknown>): Promise<string> {
  const before = new Set(await storyTabs());
  await act();
  for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const tab = (await storyTabs()).find((c) => !before.has(c));
    if (tab && (await waitUntil(ff.bidi, tab, STORY_READY, 15_000))) return tab;
  }
  throw new Error('no story page tab opened');
}

const facts = async (tab: string) => JSON.parse(await ff.bidi.evaluate<string>(tab, STORY_FACTS)) as StoryFacts;
const close = (context: string) => ff.bidi.send('browsingContext.close', { context });

/** The story article with its notes in the drawer (the saved page has no column, so the margin is too narrow). */
async function articleWithDrawerOpen(): Promise<string> {
  const tab = await openTab(ff.bidi, fixtureUrl(PAGE));
  expect(await waitUntil(ff.bidi, tab, `${ROOT}?.querySelector('button.tab')`)).toBe(true);
  await ff.bidi.evaluate(tab, `${ROOT}.querySelector('button.tab').click()`);
  expect(await waitUntil(ff.bidi, tab, `${ROOT}.querySelector('[role=dialog] button.whole-story')`)).toBe(true);
  return tab;
}

describe('the story page in Firefox', () => {
  it('opens from the sidebar header with the whole dataset, and this article marked', async () => {
    const article = await articleWithDrawerOpen();
    const story = await storyPageFrom(() => ff.bidi.evaluate(article, `${ROOT}.querySelector('button.whole-story').click()`));
    expectWholeStory(await facts(story), dataset, FILE);
    await close(story);
    await close(article);
  });

  it('opens from a card\'s dispute link, landing on that dispute', async () => {
    const article = await articleWithDrawerOpen();
    // The card's first dispute (its summary may be the card's heading rather than a line inside it).
    const id = await ff.bidi.evaluate<string>(article, `${ROOT}.querySelector('[role=dialog] .dispute[data-dispute]').dataset.dispute`);
    const summary = dataset.disputes.find((d) => d.id === id)!.summary;
    const story = await storyPageFrom(() => ff.bidi.evaluate(article, `${ROOT}.querySelector('[role=dialog] .dispute[data-dispute] button.dispute-link').click()`));
    // Focus moves once the page has rendered the dispute.
    expect(await waitUntil(ff.bidi, story, `document.activeElement?.id === 'dispute-${id}'`)).toBe(true);
    const got = await facts(story);
    expectLandedOn(got, `dispute-${id}`);
    expect(await ff.bidi.evaluate<string>(story, `document.querySelector('#dispute-${id} h3').textContent`)).toBe(summary);
    expectWholeStory(got, dataset, FILE);
    await close(story);
    await close(article);
  });

  it('opens from the popup', async () => {
    const popup = await openTab(ff.bidi, popupUrl(ff));
    expect(await waitUntil(ff.bidi, popup, "document.querySelector('.story-link a')")).toBe(true);
    const story = await storyPageFrom(() => ff.bidi.evaluate(popup, "document.querySelector('.story-link a').click()"));
    // The popup opened as a tab has no story tab behind it: it offers the stories, and nothing is marked as read.
    expectWholeStory(await facts(story), dataset, null);
    await close(story);
    await close(popup).catch(() => undefined); // the popup closes itself after opening the page
  });

  it('asks the network for nothing, and axe finds no violations in Firefox either', async () => {
    const refused = ff.proxy.refused.length;
    const story = await openTab(ff.bidi, `moz-extension://${ff.extensionUuid}/src/story/index.html?article=${FILE}`);
    expect(await waitUntil(ff.bidi, story, STORY_READY)).toBe(true);
    // axe-core's own script, evaluated by the test (the page's CSP allows no injected scripts, and needs none).
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await ff.bidi.evaluate(story, `${axe};0`);
    const violations = await ff.bidi.evaluate<string>(
      story,
      "axe.run(document).then((r) => JSON.stringify(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))",
    );
    expect(JSON.parse(violations)).toEqual([]);
    // Firefox's own polls (remote settings, updates, media plugins: pointed at .invalid hosts by the harness's prefs)
    // are not the page's.
    expect(ff.proxy.refused.slice(refused).filter((u) => !/^(?:CONNECT |https?:\/\/)[^/:]+\.invalid[/:]/.test(u))).toEqual([]);
    await close(story);
  });
});
