// `npm run build:data`: validates every story under data/ and writes build/data/datasets.json, gate.json and index-snapshot.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotIndex } from '../src/background/index-snapshot';
import { firstLookOf } from '../src/content/first-look';
import { buildDataset } from '../src/dataset/build';
import { formatProblem, type Problem } from '../src/dataset/problems';
import { readStorySource, storyDirs } from '../src/dataset/read-source';
import { withVersion } from '../src/dataset/version';
import type { Dataset } from '../src/dataset/types';

const root = process.cwd();
const dataRoot = process.argv[2] ?? join(root, 'data');
const outDir = process.argv[3] ?? join(root, 'build', 'data');

const datasets: Dataset[] = [];
const problems: Problem[] = [];
for (const dir of storyDirs(dataRoot)) {
  const result = buildDataset(readStorySource(dir, root));
  if (result.ok) datasets.push(withVersion(result.dataset));
  else problems.push(...result.problems);
}
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`build:data: ${problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
if (datasets.length === 0) {
  console.error(`build:data: no story folders (with a story.yaml) under ${dataRoot}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'datasets.json'), JSON.stringify(datasets));
const stories = datasets.map((d) => ({ id: d.story.id, gateWords: d.story.signals.gateWords }));
// The gate's first look, precomputed: the only code most news pages run does no string building of its own.
const gate = { stories, first: firstLookOf(stories) };
writeFileSync(join(outDir, 'gate.json'), JSON.stringify(gate));
// The index fingerprints, computed here once instead of on every story page (content/main bundles them).
writeFileSync(join(outDir, 'index-snapshot.json'), JSON.stringify(datasets.map(snapshotIndex)));
for (const d of datasets) {
  const derived = d.claims.reduce((n, c) => n + c.evidence.filter((e) => e.derived).length, 0);
  console.log(`build:data: ${d.story.id} v${d.version}: ${d.articles.length} articles, ${d.claims.length} claims, ${d.disputes.length} disputes, ${derived} derived reports`);
}
