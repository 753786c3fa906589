// Hand mutations Stryker does not make: each named constant of matching moved far enough to change a reader's result.
//
// Stryker mutates operators, conditions and strings but leaves numbers alone, and the audit's survivors were numbers
// (STORY_THRESHOLD 0.6 -> 0.05 and -> 0.85, OUTSIDE_WINDOW_FACTOR 0.6 -> 1) and the tie refusal. Each mutant below is
// applied in a copy of the project, the unit tests that import the mutated module run (vitest related, stopping at the
// first failure), and the table says which test failed; a mutant no test fails is a survivor, and the exit code is 1.
//
// Usage: npm run mutate:constants [-- NAME...]   (only the mutants whose label contains one of the NAMEs)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Not copied: installed, built or generated elsewhere, or evaluation sets the unit tests never read. */
const SKIP = ['node_modules', '.git', 'dist', 'reports', '.stryker-tmp', '.scratch', 'test-results', 'test/fixtures/blind', 'test/fixtures/tuning'];

interface Mutant {
  file: string;
  label: string;
  apply(source: string): string;
}

/** `NAME = <value>` of a module-level numeric constant moved to each of `values`. */
function moves(file: string, name: string, values: number[]): Mutant[] {
  return values.map((value) => ({
    file,
    label: `${name} -> ${value}`,
    apply(source) {
      const re = new RegExp(`(const ${name} = )([0-9.]+);`);
      if (!re.test(source)) throw new Error(`${file}: no numeric constant ${name}`);
      return source.replace(re, `$1${value};`);
    },
  }));
}

/** Replaces one exact snippet (a decision that is not a constant). */
function edit(file: string, label: string, from: string, to: string): Mutant {
  return {
    file,
    label,
    apply(source) {
      if (!source.includes(from)) throw new Error(`${file}: snippet for "${label}" not found`);
      return source.replace(from, to);
    },
  };
}

const STORY = 'src/core/story-score.ts';
const PARA = 'src/core/paragraph-match.ts';
const CLAIM = 'src/core/claim-match.ts';
const PARAPHRASE = 'src/core/paraphrase.ts';
const ENGINE = 'src/core/engine.ts';

export const MUTANTS: Mutant[] = [
  ...moves(STORY, 'STORY_THRESHOLD', [0.05, 0.3, 0.85]),
  ...moves(STORY, 'PARAGRAPHS_FOR_FULL', [1, 5]),
  ...moves(STORY, 'PARAGRAPH_WEIGHT', [0.5]),
  ...moves(STORY, 'TERM_WEIGHT', [0.5, 1]),
  ...moves(STORY, 'TERM_FRACTION_FOR_FULL', [0.15, 0.5]),
  ...moves(STORY, 'MIN_ANCHOR_PARAGRAPHS', [2, 4]),
  ...moves(STORY, 'MIN_ANCHOR_SHARE', [0.1, 0.6]),
  ...moves(STORY, 'OUTSIDE_WINDOW_FACTOR', [1, 0.8]),
  ...moves(STORY, 'CLAIMS_FOR_FULL', [2, 5]),
  ...moves(STORY, 'CLAIM_WEIGHT', [0.5]),
  edit(
    PARA,
    'a tie with different claims accepted instead of refused',
    'else if (rivals.some((c) => !sameClaims(c.para, best.para))) return',
    'else if (false) return',
  ),
  ...moves(PARA, 'TIE_MARGIN', [0, 0.15]),
  ...moves(PARA, 'MIN_SHARED_SHINGLES', [1, 8]),
  ...moves(PARA, 'MIN_DATASET_COVER', [0.3, 0.9]),
  ...moves(PARA, 'MIN_PAGE_COVER', [0.4, 0.95]),
  ...moves(PARA, 'FOREIGN_MIN_SIMILARITY', [0.6, 0.9]),
  ...moves(PARA, 'COMPETE_FRACTION', [0.1, 0.9]),
  ...moves(PARA, 'MAX_CANDIDATES', [1]),
  ...moves(CLAIM, 'SOURCE_EVIDENCE_COVER', [0.1, 0.9]),
  ...moves(CLAIM, 'QUOTE_COVER', [0.5, 0.95]),
  ...moves(CLAIM, 'SELF_EVIDENT_WORDS', [4, 16]),
  ...moves(CLAIM, 'RESTATE_COVER', [0.3, 0.9]),
  ...moves(CLAIM, 'RESTATE_COVER_UNATTRIBUTED', [0.4, 0.95]),
  ...moves(CLAIM, 'MIN_RESTATE_WORDS', [2, 8]),
  ...moves(CLAIM, 'EXPLAINED_COVER', [0.5, 1.5]),
  ...moves(CLAIM, 'MIN_CONTENT_HITS', [0.1, 0.8]),
  ...moves(CLAIM, 'MIN_QUOTE_WORDS', [2, 10]),
  ...moves(PARAPHRASE, 'SPEECH_WINDOW', [1, 12]),
  ...moves(PARAPHRASE, 'FIRST_SPEAKER_WINDOW', [3, 30]),
  ...moves(PARAPHRASE, 'MIN_EXPLAINED', [0, 0.6]),
  ...moves(PARAPHRASE, 'LOOKBACK', [0, 10]),
  ...moves(ENGINE, 'CONTENT_ARTICLE_MIN', [2, 8]),
  ...moves(ENGINE, 'CONTENT_ARTICLE_SHARE', [0.2, 0.6]),
];

/** A copy of the project to mutate in (node_modules linked, not copied). */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-mutate-'));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.includes(relative(ROOT, src)) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

interface Outcome {
  killedBy: string | null;
  error: string | null;
}

/** Runs the unit tests related to `file` in `dir`; the first failing test's name, or null when all pass. */
function runRelated(dir: string, file: string): Outcome {
  const out = join(dir, 'reports', 'vitest.json');
  rmSync(out, { force: true });
  const vitest = join(dir, 'node_modules', '.bin', 'vitest');
  const args = ['related', file, '--run', '--config', 'vitest.mutate.config.ts', '--bail', '1', '--reporter', 'json', '--outputFile', out];
  const r = spawnSync(vitest, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (!existsSync(out)) return { killedBy: null, error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') };
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: { name: string; message?: string; assertionResults: { status: string; fullName: string }[] }[];
  };
  for (const f of report.testResults) {
    const failed = f.assertionResults.find((a) => a.status === 'failed');
    if (failed) return { killedBy: `${relative(dir, f.name)}: ${failed.fullName}`, error: null };
    if (f.assertionResults.length === 0 && f.message) return { killedBy: `${relative(dir, f.name)} (fails to load)`, error: null };
  }
  return { killedBy: null, error: null };
}

function main(): void {
  const only = process.argv.slice(2);
  const chosen = MUTANTS.filter((m) => only.length === 0 || only.some((o) => m.label.includes(o)));
  const dir = sandbox();
  const rows: string[] = ['| module | mutant | result | first test to fail |', '| --- | --- | --- | --- |'];
  let survivors = 0;
  try {
    const clean = MUTANTS.map((m) => m.file).filter((f, i, all) => all.indexOf(f) === i);
    for (const file of clean) {
      const base = runRelated(dir, file);
      if (base.killedBy || base.error) throw new Error(`unmutated ${file} already fails: ${base.killedBy ?? base.error}`);
    }
    for (const m of chosen) {
      const path = join(dir, m.file);
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, m.apply(original));
      const started = Date.now();
      const o = runRelated(dir, m.file);
      writeFileSync(path, original);
      const result = o.error ? `error: ${o.error}` : o.killedBy ? 'killed' : 'SURVIVED';
      if (!o.killedBy) survivors++;
      rows.push(`| ${m.file.replace('src/core/', '')} | \`${m.label}\` | ${result} | ${o.killedBy ?? ''} |`);
      console.error(`${result.padEnd(8)} ${m.label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(rows.join('\n'));
  console.log(`\n${chosen.length - survivors} of ${chosen.length} killed`);
  process.exitCode = survivors > 0 ? 1 : 0;
}

main();
