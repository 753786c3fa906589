// Where Counterpoint's script time goes on a story page: a CPU profile of each load, self time by function, averaged.
//
// A diagnostic for docs/PERFORMANCE.md's "where the time goes", not a benchmark (sampling profiles are noisy and the
// profiler slows the page): `npm run build:ext && npx tsx scripts/profile-story-page.ts [rnz|herald|newshub]`.
// Blink's own work (layout, style) shows as self time of the script function that forced it.
import { launchInpage } from '../test/e2e/inpage-harness';
import { INPAGE } from '../test/fixtures/inpage/pages';
const site = (process.argv[2] ?? 'rnz') as keyof typeof INPAGE;
const b = await launchInpage();
const self = new Map<string, number>();
const ROUNDS = 4;
for (let round = 0; round < ROUNDS + 1; round++) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(INPAGE[site].url);
  await page.waitForFunction(() => performance.getEntriesByName('counterpoint:notes-painted').length > 0, null, { timeout: 15000 });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  await page.close();
  if (round === 0) continue;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt: number[] = profile.timeDeltas;
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id);
    const url = String(n.callFrame.url);
    const key = url.startsWith('chrome-extension') ? `${url.replace(/^.*\//, '')}:${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}` : `[page] ${n.callFrame.functionName || n.callFrame.url.slice(-30) || '(program)'}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000 / ROUNDS);
  });
}
let ext = 0;
for (const [k, v] of self) if (!k.startsWith('[page]')) ext += v;
console.log('extension self ms per load', ext.toFixed(1));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(2).padStart(7), k);
await b.close();
