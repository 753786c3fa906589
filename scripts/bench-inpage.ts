// In-page benchmark in Chromium with the built extension: gate start -> notes painted on story pages (and long tasks,
// layout shift), and the gate's own cost on real non-story pages vs an empty-function baseline in the same run.
// Run: `npm run build:ext && npx tsx scripts/bench-inpage.ts` (or `npm run bench`). Prints the "In-page" section.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_INPAGE, INPAGE } from '../test/fixtures/inpage/pages';
import { launchInpage } from '../test/e2e/inpage-harness';
import { contentStats } from '../test/e2e/hostile-world';

const root = resolve(import.meta.dirname, '..');
const LOADS = Number(process.env.LOADS ?? 5);
// ../shared beside the checkout; a git worktree under wt/ finds it one level further up.
const REALPAGES = [resolve(root, '../shared/realpages/readability'), resolve(root, '../../shared/realpages/readability')].find(existsSync) ?? '';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const max = (xs: number[]) => Math.max(...xs);
const f = (n: number, d = 1) => n.toFixed(d);

const b = await launchInpage();
const rows: string[] = [];
const stepRows: string[] = [];
try {
  // 1. Story pages: gate start -> notes painted, long tasks after the gate, layout shift after main.
  for (const site of ['rnz', 'herald', 'newshub'] as const) {
    const total: number[] = [];
    const inject: number[] = [];
    const longest: number[] = [];
    const shift: number[] = [];
    const ours: number[] = [];
    const steps = new Map<string, number[]>();
    for (let i = 0; i < LOADS; i++) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.addInitScript(() => {
        const w = window as unknown as { __lt: number[]; __ls: { v: number; t: number }[] };
        w.__lt = [];
        w.__ls = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push(e.startTime, e.duration))).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__ls.push({ v: (e as unknown as { value: number }).value, t: e.startTime }))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(INPAGE[site].url);
      await page.waitForFunction(() => performance.getEntriesByName('counterpoint:notes-painted').length > 0, null, { timeout: 15_000 });
      // A string, not a function: tsx would wrap named helpers in __name(), which the page does not have.
      const m = (await page.evaluate(`(() => {
        const at = (n) => performance.getEntriesByName(n)[0].startTime;
        const gate = at('counterpoint:gate');
        let longTask = 0;
        for (let k = 0; k < window.__lt.length; k += 2) if (window.__lt[k] >= gate) longTask = Math.max(longTask, window.__lt[k + 1]);
        const step = {};
        for (const n of ['main', 'settings', 'extracted', 'answer', 'annotated', 'rendered']) step[n] = at('counterpoint:' + n) - gate;
        return {
          step,
          total: at('counterpoint:notes-painted') - gate,
          inject: at('counterpoint:main') - gate,
          longTask,
          shift: window.__ls.filter((s) => s.t >= at('counterpoint:main')).reduce((n, s) => n + s.v, 0),
        };
      })()`)) as { step: Record<string, number>; total: number; inject: number; longTask: number; shift: number };
      for (const [n, t] of Object.entries(m.step)) steps.set(n, [...(steps.get(n) ?? []), t]);
      ours.push((await contentStats(b.context, page, b.extensionId))?.maxTaskMs ?? NaN);
      total.push(m.total);
      inject.push(m.inject);
      longest.push(m.longTask);
      shift.push(m.shift);
      await page.close();
    }
    rows.push(`| ${site} | ${f(median(total))} / ${f(max(total))} | ${f(median(inject))} | ${f(median(total) - median(inject))} | ${f(max(ours))} | ${f(max(longest))} | ${f(max(shift), 3)} |`);
    stepRows.push(`| ${site} | ${[...steps.values()].map((xs) => f(median(xs))).join(' | ')} | ${f(median(total))} |`);
  }

  // 2. The gate's cost: gate.js compiled once, run on each real page (and the fixtures) vs an empty function.
  const gateSrc = readFileSync(join(root, 'dist/chrome/content/gate.js'), 'utf8');
  const sources = REALPAGES
    ? readdirSync(REALPAGES).filter((d) => existsSync(join(REALPAGES, d, 'source.html'))).map((d) => readFileSync(join(REALPAGES, d, 'source.html'), 'utf8'))
    : [];
  sources.push(...ALL_INPAGE.map((p) => p.html));
  const page = await b.context.newPage();
  const gateMs: number[] = [];
  const baseMs: number[] = [];
  for (const html of sources) {
    // Served at an RNZ article-shaped address, so the gate does its full check (URL, title, meta).
    await page.route('https://www.rnz.co.nz/news/national/1/some-long-article-slug-here', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('https://www.rnz.co.nz/news/national/1/some-long-article-slug-here', { waitUntil: 'domcontentloaded' }).catch(() => {});
    // A string, not a function (see above); JSON.stringify makes gate.js a string literal inside it.
    const r = (await page
      .evaluate(
        `(() => {
          // A chrome global whose sendMessage does nothing, so passing pages are timed without injection.
          globalThis.chrome = { runtime: { sendMessage: () => Promise.resolve() } };
          const run = new Function(${JSON.stringify(gateSrc)});
          const empty = new Function('');
          const N = 40;
          let t = performance.now();
          for (let i = 0; i < N; i++) empty();
          const base = (performance.now() - t) / N;
          t = performance.now();
          for (let i = 0; i < N; i++) run();
          return { gate: (performance.now() - t) / N, base };
        })()`,
      )
      .catch((e: Error) => (console.error(e.message.slice(0, 200)), null))) as { gate: number; base: number } | null;
    await page.unroute('https://www.rnz.co.nz/news/national/1/some-long-article-slug-here');
    if (!r) continue;
    gateMs.push(r.gate);
    baseMs.push(r.base);
  }
  await page.close();

  const date = new Date().toISOString().slice(0, 10);
  console.log(`## In-page

Measured by \`scripts/bench-inpage.ts\` on ${date} (headless Chromium, extension from dist/chrome, shared 2-core machine; ${LOADS} loads per page).
Times in ms from the gate's start (\`counterpoint:gate\` mark) to the notes painted (\`counterpoint:notes-painted\`, set one frame after the first render).

| page (in-page fixture) | gate -> painted, median / worst | gate -> main running (background round trip + parse) | main: extract, match, render | Counterpoint's longest own task (worst load) | longest task after gate (longtask API) | layout shift after main |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Step by step (median ms after the gate mark; the settings read is started by the gate and runs alongside):

| page | main running | settings | extracted | background's answer arrived | answer checked | cards rendered | painted |
| --- | --- | --- | --- | --- | --- | --- | --- |
${stepRows.join('\n')}

Gate cost per page on ${gateMs.length} pages (${sources.length - ALL_INPAGE.length} real pages from ../shared/realpages/readability plus ${ALL_INPAGE.length} fixtures, each served at an RNZ article address so the full check runs): median ${f(median(gateMs), 3)} ms, worst ${f(max(gateMs), 3)} ms; empty-function baseline median ${f(median(baseMs), 4)} ms (target: median < 1 ms).
`);
} finally {
  await b.close();
}
