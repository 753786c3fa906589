// The notes through the background (content/annotate, both checks, the warm engine) are the notes the page's own engine made before it.
//
// Before the warm engine, content/main built `createEngine(datasets)` in the page and annotated the extracted page
// itself; now it sends the page to the background and shows the validated answer. For every site fixture, page
// fixture and (when ../shared is there) the 130 real pages, the page is extracted as in the browser, then both
// paths run: the answer must equal the engine's result exactly, and the sidebar model built from it too.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Runtime } from 'webextension-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ClaimStore } from '../../src/background/store';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { PageInput } from '../../src/core/types';
import { extractPage } from '../../src/extract/extract-page';
import { AnnotatedSchema } from '../../src/shared/annotate-messages';
import { parseMessage } from '../../src/shared/messages';
import { buildModel } from '../../src/ui/sidebar/model';
import { ALL_INPAGE } from '../fixtures/inpage/pages';
import { loadFixtures } from '../fixtures/pages/replay';
import { fixtureFor, SITE_PAGES } from '../fixtures/sites/sites';

// ../shared beside the checkout; a git worktree under wt/ finds it one level further up.
const REALPAGES = [resolve(import.meta.dirname, '../../../shared/realpages/readability'), resolve(import.meta.dirname, '../../../../shared/realpages/readability')].find(existsSync);

interface Case {
  name: string;
  url: string;
  html: string;
}

const cases: Case[] = [
  ...Object.entries(SITE_PAGES).map(([name, p]) => ({ name: `site ${name}`, url: p.url, html: fixtureFor(p.url)! })),
  ...ALL_INPAGE.map((p, i) => ({ name: `in-page ${i} ${new URL(p.url).hostname}`, url: p.url, html: p.html })),
  ...loadFixtures().map((f) => ({ name: `page ${f.name}`, url: f.expected.url, html: f.html })),
];
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Pages that are not the story: the 130 real pages beside the checkout, or without them the labelled sets' near misses. */
const real: Case[] = REALPAGES
  ? readdirSync(REALPAGES)
      .filter((d) => existsSync(join(REALPAGES, d, 'source.html')))
      .sort()
      .map((d, i) => ({ name: `real ${d}`, url: `https://www.rnz.co.nz/news/world/${500000 + i}/${d}-sharma-check`, html: readFileSync(join(REALPAGES, d, 'source.html'), 'utf8') }))
  : ['tuning', 'blind', 'blind-2', 'blind-3'].flatMap((set) =>
      readdirSync(join(FIXTURES, set, 'pages'))
        .filter((f) => f.startsWith('near-'))
        .sort()
        .map((f, i) => ({ name: `${set} ${f}`, url: `https://www.rnz.co.nz/news/world/${600000 + i}/${f.replace(/\.html$/, '')}-sharma-check`, html: readFileSync(join(FIXTURES, set, 'pages', f), 'utf8') })),
    );

const datasets = loadDatasets();
// The page's engine as content/main built it before: every dataset, fingerprints computed (no snapshot).
const before = createEngine(datasets);
let store: ClaimStore;

beforeAll(() => {
  fakeBrowser.reset();
  store = new ClaimStore(() => datasets);
});

function extract(c: Case): PageInput {
  const { document } = parseHTML(c.html);
  return extractPage(document as unknown as Document, c.url, Readability).page;
}

/** The new path: the message as content/main sends it, the background's handler, the answer checked as main checks it. */
async function viaBackground(page: PageInput) {
  const sender: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: page.url, tab: { id: 1, url: page.url } as never };
  // Structured clone both ways, as runtime messaging does.
  const raw = await handleMessage(store, structuredClone({ type: 'content/annotate', page }), sender);
  const answer = parseMessage(AnnotatedSchema, structuredClone(raw), 'background');
  if (!answer?.ok) throw new Error(`no answer for ${page.url}`);
  return answer;
}

async function compare(c: Case): Promise<boolean> {
  const page = extract(c);
  const expected = before.annotate(page);
  const answer = await viaBackground(page);
  expect(answer.result).toEqual(expected);
  const story = expected.story ? datasets.find((d) => d.story.id === expected.story!.id)! : null;
  if (story) {
    const was = buildModel(expected, story.story.timeline, page.published, story.articles);
    const now = buildModel(answer.result, answer.timeline, page.published, answer.articles);
    // The header links each timeline event to its article by file: outlet, address, headline and date are all it reads.
    const links = (m: typeof was) => Object.values(m?.articles ?? {}).map(({ file, outlet, url, headline, published }) => ({ file, outlet, url, headline, published }));
    expect({ ...now, articles: links(now) }).toEqual({ ...was, articles: links(was) });
  } else {
    expect(answer.timeline).toEqual([]);
  }
  return story !== null;
}

describe('notes through the background equal the in-page engine', () => {
  for (const c of cases) it(c.name, async () => void (await compare(c)));

  it('covers the story: most fixtures are recognised, so the comparison is about notes, not silence', async () => {
    let stories = 0;
    for (const c of cases) if (await compare(c)) stories++;
    expect(stories).toBeGreaterThanOrEqual(15);
  });

  it(`on ${real.length} pages that are not the story (${REALPAGES ? 'the real pages in ../shared/realpages' : 'the labelled sets\' near misses: ../shared/realpages is absent'})`, async () => {
    if (!REALPAGES) console.log(`parity: ../shared/realpages is absent, so the ${real.length} near misses of the labelled sets stand in for the real pages`);
    expect(real.length).toBeGreaterThan(40);
    for (const c of real) await compare(c);
  }, 120_000);
});
