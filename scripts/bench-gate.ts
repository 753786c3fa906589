// What the gate adds to a page that is not the story: renderer script time with vs without the extension, beside the floor.
//
// Each variant is its own Chromium (headless, same switches): no extension; the built extension with content/gate.js
// replaced by an empty file and by one line reading document.title (the floor: what any content script costs); the
// built gate; and any extra gate files named in BENCH_GATE_EXTRA ("name=path,..."), e.g. an earlier build's gate.js.
// The same real pages (../shared/realpages/readability) are served at an RNZ article, a Herald article and an RNZ front
// address (scripts/bench-gate.ts ADDRESSES) and the variants are
// loaded alternately, page by page, so all see the same machine load. Figure: CDP Performance.getMetrics ScriptDuration
// after the load settles, median over loads per page, minus the no-extension median of the same page.
// Run: `npm run build:ext && npx tsx scripts/bench-gate.ts` (PAGES, LOADS to change the counts; ADDRESSES=0,1 to load
// only some of the addresses, by index).
import { chromium, type BrowserContext } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../test/e2e/browsers';

const root = resolve(import.meta.dirname, '..');
// ../shared beside the checkout; a git worktree under wt/ finds it one level further up.
const REALPAGES = [resolve(root, '../shared/realpages/readability'), resolve(root, '../../shared/realpages/readability')].find(existsSync) ?? '';
const PAGES = Number(process.env.PAGES ?? 24);
const LOADS = Number(process.env.LOADS ?? 4);
/** Time after `load` for document_idle scripts to have run and their work to settle. */
const SETTLE_MS = 150;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const f = (n: number, d = 3) => n.toFixed(d);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

interface Variant {
  name: string;
  /** content/gate.js for this variant; null: no extension at all. */
  gate: string | null;
  context?: BrowserContext;
  dirs: string[];
}

async function launch(v: Variant): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-gate-'));
  v.dirs.push(profile);
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (v.gate !== null) {
    const ext = mkdtempSync(join(tmpdir(), 'counterpoint-bench-ext-'));
    v.dirs.push(ext);
    cpSync(join(root, 'dist/chrome'), ext, { recursive: true });
    writeFileSync(join(ext, 'content/gate.js'), v.gate);
    args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  } else {
    args.push('--disable-extensions');
  }
  v.context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, viewport: { width: 1200, height: 800 }, args });
  if (v.gate !== null && v.context.serviceWorkers().length === 0) await v.context.waitForEvent('serviceworker');
}

/** Renderer script time (ms) of one load of `html` at `url` in a fresh tab. */
async function scriptMs(context: BrowserContext, url: string, html: string): Promise<number> {
  const page = await context.newPage();
  await page.route('**/*', (r) => (r.request().url() === url ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : r.abort('blockedbyclient')));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

if (!REALPAGES) {
  console.log('## Gate cost\n\nSkipped: ../shared/realpages/readability is absent, so there are no real pages to load.');
  process.exit(0);
}
/** Where each real page is served: an article address on a site that loads pages, one on a site that renders on the
 * client (the gate also listens for in-page navigation there), and a front (no headline slug: no script runs). */
const ADDRESSES = [
  { name: 'RNZ article address', url: (i: number) => `https://www.rnz.co.nz/news/national/${480000 + i}/an-article-that-is-not-the-story-${i}` },
  { name: 'Herald article address', url: (i: number) => `https://www.nzherald.co.nz/nz/an-article-that-is-not-the-story-${i}/ABCDEFGHIJKLMNOPQRSTUVW${String(100 + i)}/` },
  { name: 'RNZ front address', url: (i: number) => `https://www.rnz.co.nz/news/section${i}` },
];
const sources = readdirSync(REALPAGES)
  .filter((d) => existsSync(join(REALPAGES, d, 'source.html')))
  .sort()
  .slice(0, PAGES)
  .map((d) => readFileSync(join(REALPAGES, d, 'source.html'), 'utf8'));
const only = (process.env.ADDRESSES ?? '').split(',').filter(Boolean).map(Number);
const pages = ADDRESSES.flatMap((a, k) => (only.length && !only.includes(k) ? [] : sources).map((html, i) => ({ address: k, url: a.url(i), html })));

const built = readFileSync(join(root, 'dist/chrome/content/gate.js'), 'utf8');
const variants: Variant[] = [
  { name: 'no extension', gate: null, dirs: [] },
  { name: 'empty gate.js (floor)', gate: '', dirs: [] },
  { name: 'one line: document.title (floor)', gate: 'document.title;\n', dirs: [] },
  { name: `built gate.js (${built.length} B)`, gate: built, dirs: [] },
];
for (const extra of (process.env.BENCH_GATE_EXTRA ?? '').split(',').filter(Boolean)) {
  const [name, path] = extra.split('=') as [string, string];
  const src = readFileSync(resolve(path), 'utf8');
  variants.push({ name: `${name} (${src.length} B)`, gate: src, dirs: [] });
}

const loadBefore = load();
const times = variants.map(() => pages.map((): number[] => []));
try {
  for (const v of variants) await launch(v);
  // Warm each browser once (first navigation pays process start-up).
  for (const v of variants) await scriptMs(v.context!, pages[0]!.url, pages[0]!.html);
  for (let l = 0; l < LOADS; l++) {
    for (const [p, page] of pages.entries()) {
      // Rotate the order each round so no variant always follows the same one.
      for (let k = 0; k < variants.length; k++) {
        const i = (k + l + p) % variants.length;
        times[i]![p]!.push(await scriptMs(variants[i]!.context!, page.url, page.html));
      }
    }
  }
} finally {
  for (const v of variants) {
    await v.context?.close();
    for (const d of v.dirs) rmSync(d, { recursive: true, force: true });
  }
}
const loadAfter = load();

const perPage = times.map((byPage) => byPage.map(median));
const added = perPage.map((ms) => ms.map((m, p) => m - perPage[0]![p]!));
const tables = ADDRESSES.flatMap((address, k) => (pages.some((p) => p.address === k) ? [{ address, k }] : [])).map(({ address, k }) => {
  const at = (xs: number[]) => xs.filter((_, p) => pages[p]!.address === k);
  const rows = variants.map((v, i) => {
    const a = at(added[i]!);
    return `| ${v.name} | ${f(median(at(perPage[i]!)))} | ${i === 0 ? '-' : f(median(a))} | ${i === 0 ? '-' : f(Math.max(...a))} |`;
  });
  return `${address.name}:

| variant | script time per page, median | added vs no extension, median | added, worst page |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
});
const date = new Date().toISOString().slice(0, 10);
console.log(`## Gate cost

Measured by \`scripts/bench-gate.ts\` on ${date} (headless Chromium, shared 2-core machine, load average (1, 5, 15 min)
${loadBefore} before and ${loadAfter} after). ${sources.length} real pages from ../shared/realpages/readability, each
served at three addresses: an RNZ article address (the gate runs and does its first look; RNZ loads each article as a
page, so no navigation listener), a Herald article address (the same, plus the listener for in-page navigation), and an
RNZ front address (no headline slug: the manifest's include_globs run no script there). ${LOADS} loads per page, address
and variant, variants alternating page by page. Renderer script time (CDP \`ScriptDuration\`) in ms: median over loads
per page, then the median (and worst) over pages of that page's difference from no extension.

${tables.join('\n')}`);
