// Silence on the real world: 130 real web pages (../shared/realpages/readability) served at RNZ and Stuff article
// addresses that pass the gate, with the extension loaded: no story, nothing added to the page, no errors.
//
// Scripts, inline handlers and srcdoc frames are removed from the served pages so the DOM can only change if we change it (outerHTML compared
// before the gate and after content/main finished). Every other request is refused. Without the real pages
// folder the test runs on the fixtures' non-story pages and says so in its name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG } from '../long';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { evaluateInExtensionWorld, waitForDecision } from './hostile-world';

const REALPAGES = resolve(import.meta.dirname, '../../../shared/realpages/readability');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

interface Source {
  name: string;
  html: string;
}

function realPages(): Source[] {
  return readdirSync(REALPAGES)
    .filter((d) => existsSync(join(REALPAGES, d, 'source.html')))
    .sort()
    .map((d) => ({ name: d, html: readFileSync(join(REALPAGES, d, 'source.html'), 'utf8') }));
}

/** The fixtures' pages that are not the story: near misses and an unrelated RNZ article. */
function fixturePages(): Source[] {
  const dir = join(FIXTURES, 'pages');
  const near = readdirSync(dir).filter((f) => f.startsWith('near-') && f.endsWith('.html')).sort();
  return [
    ...near.map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(dir, f), 'utf8') })),
    { name: 'rnz-unrelated-weather', html: readFileSync(join(FIXTURES, 'sites/rnz/unrelated-weather-article.html'), 'utf8') },
  ];
}

const real = existsSync(REALPAGES);
const all = real ? realPages() : fixturePages();
/** A deterministic sample for a quick run: every k-th page. */
const QUICK = 10;
const pages = LONG || all.length <= QUICK ? all : all.filter((_, i) => i % Math.ceil(all.length / QUICK) === 0);

/** Article addresses whose slug passes the gate (it carries the story's gate word), so content/main really runs. */
const slug = (name: string) => `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-real-page-sharma-check`;
const ADDRESSES = [
  (n: number, name: string) => `https://www.rnz.co.nz/news/world/${500000 + n}/${slug(name)}`,
  (n: number, name: string) => `https://www.stuff.co.nz/world/${350000000 + n}/${slug(name)}`,
];

/** No page code at all: script elements, inline event handlers and srcdoc frames (each can edit the DOM). */
function stripScripts(html: string): string {
  let out = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  // One handler per tag per pass; repeat until none is left.
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/(<[a-z][^<>]*?)\s(?:on[a-z]+|srcdoc)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, (_, tag: string) => tag);
  }
  return out;
}

let b: ExtensionBrowser;
let page: Page;
let worker: Worker;
const served = new Map<string, string>();
const errors: string[] = [];

beforeAll(async () => {
  b = await launchWithExtension();
  // Later routes win: serve our pages, refuse everything else (images, fonts, trackers in the saved pages).
  await b.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = served.get(url);
    if (html === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  worker = b.context.serviceWorkers()[0]!;
  // The background's own errors: uncaught exceptions, rejections and console.error in the service worker.
  await worker.evaluate(() => {
    const g = self as unknown as { __cpErrors: string[] };
    g.__cpErrors = [];
    self.addEventListener('error', (e) => g.__cpErrors.push(String((e as ErrorEvent).message)));
    self.addEventListener('unhandledrejection', (e) => g.__cpErrors.push(String((e as PromiseRejectionEvent).reason)));
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      g.__cpErrors.push(args.map(String).join(' '));
      original(...args);
    };
  });
  page = await b.context.newPage();
  page.on('pageerror', (e) => {
    if ((e.stack ?? '').includes(`chrome-extension://${b.extensionId}/`)) errors.push(`pageerror: ${e.message}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith(`chrome-extension://${b.extensionId}/`)) errors.push(`console: ${m.text()}`);
  });
  // The document as parsed, before the gate (document_idle) can run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
    });
  });
}, 120_000);

afterAll(async () => {
  await b?.close();
});

const label = real
  ? `${pages.length} of ${all.length} real pages (../shared/realpages)${LONG ? '' : ', a deterministic sample; CP_LONG=1 for all'}`
  : `${pages.length} fixture non-story pages (../shared/realpages is absent here)`;

describe('real pages: silence', () => {
  it(`${label}, each at an RNZ and a Stuff article address: no story, nothing added, no errors`, async () => {
    if (!real) console.log(`realpages: ${REALPAGES} is absent (it is not part of the repository), so this ran the ${pages.length} fixture non-story pages instead`);
    const loud: string[] = [];
    let loads = 0;
    let withReadability = 0;
    for (const [i, source] of pages.entries()) {
      for (const address of ADDRESSES) {
        const url = address(i, source.name);
        served.clear();
        served.set(url, stripScripts(source.html));
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        // The gate passes and content/main runs to the end (its first-notes step is recorded in our world).
        expect(await waitForDecision(b.context, page, b.extensionId), `gate passes and content/main runs on ${url}`).toBe('read');
        const state = await page.evaluate(() => ({
          root: document.querySelectorAll('counterpoint-root').length,
          highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
          sheets: document.adoptedStyleSheets.length,
          ...((now, before) => {
            let i = 0;
            while (i < now.length && now[i] === before[i]) i++;
            return { same: now === before, at: now === before ? '' : `${before.slice(i - 40, i + 60)} => ${now.slice(i - 40, i + 60)}` };
          })(document.documentElement.outerHTML, (window as unknown as { __before: string }).__before),
        }));
        if (state.root || state.highlights || state.sheets || !state.same) loud.push(`${source.name} at ${url}: ${JSON.stringify(state)}`);
        // Pages the site adapter cannot read got Readability injected on demand (content/readability.js) and ran it.
        if (await evaluateInExtensionWorld<boolean>(b.context, page, b.extensionId, `typeof globalThis.__counterpointReadability === 'function'`)) withReadability++;
        loads++;
      }
    }
    const workerErrors = await worker.evaluate(() => (self as unknown as { __cpErrors: string[] }).__cpErrors);
    expect({ loud, pageErrors: errors, workerErrors }).toEqual({ loud: [], pageErrors: [], workerErrors: [] });
    expect(loads).toBe(pages.length * ADDRESSES.length);
    expect(withReadability, 'loads where the Readability fallback was injected').toBeGreaterThan(0);
    console.log(`realpages: ${loads} loads of ${pages.length} pages (${withReadability} with the Readability fallback injected), 0 notes, 0 DOM changes, 0 errors`);
  }, LONG ? 1_800_000 : 300_000);
});
