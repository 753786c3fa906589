// Quick look at one labelled set while tuning: `tsx scripts/eval-sets.ts tuning` (never tune on `blind`).
import { join, resolve } from 'node:path';
import { createEngine } from '../src/core/engine';
import { loadDatasets } from '../src/cli/run';
import { ratio, scoreSet } from '../test/fixtures/link-sets';

const name = process.argv[2] ?? 'tuning';
const datasets = loadDatasets();
const s = scoreSet(join(resolve(import.meta.dirname, '..'), 'test', 'fixtures', name), name, createEngine(datasets), datasets[0]!);
if (!s) throw new Error(`no set ${name}`);
console.log(`${name}: story ${s.storyFound}/${s.storyPages}, near misses silent ${s.nearSilent}/${s.nearPages}, recall ${s.found}/${s.expected} = ${ratio(s.found, s.expected)}, precision ${s.correct}/${s.predicted} = ${ratio(s.correct, s.predicted)}, unmatched labels ${s.unmatchedLabels}`);
if (process.argv.includes('-v')) for (const l of [...s.wrong, ...s.misses]) console.log(`  ${l}`);
