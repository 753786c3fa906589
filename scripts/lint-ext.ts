// `npm run lint:ext`: web-ext lint on dist/firefox, failing on any error; warnings from bundled libraries get one line saying so.
//
// web-ext prints a 50-line table for four innerHTML assignments that are all library code (Preact's support for
// dangerouslySetInnerHTML, which we never use, and Mozilla Readability). Nothing there is for a reader of the output
// to act on, so they are named in one line; any other warning or notice is printed in full.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/** The library a flagged line belongs to, or null when it may be ours. `source` is the flagged line's text. */
export function libraryOrigin(m: LintMessage, source: string): string | null {
  if (m.file === 'content/readability.js') return 'Mozilla Readability';
  // `__html` is how Preact's runtime receives dangerouslySetInnerHTML; src/ never uses it (docs/SECURITY.md).
  if (m.code === 'UNSAFE_VAR_ASSIGNMENT' && /\.__html\b/.test(source)) return "Preact's dangerouslySetInnerHTML support (unused)";
  return null;
}

const where = (m: LintMessage) => `${m.file ?? '?'}${m.line ? `:${m.line}` : ''}`;

function main(): number {
  const root = resolve(import.meta.dirname, '..');
  const dist = join(root, 'dist/firefox');
  const r = spawnSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dist, '--output', 'json'], { encoding: 'utf8' });
  let report: LintReport;
  try {
    report = JSON.parse(r.stdout) as LintReport;
  } catch {
    process.stderr.write(r.stderr || r.stdout);
    console.error(`lint:ext: web-ext lint gave no report (exit ${r.status}); is dist/firefox built (npm run build:ext)?`);
    return 1;
  }
  const { errors, notices, warnings } = report.summary;
  console.log(`lint:ext: web-ext lint on dist/firefox: ${errors} errors, ${notices} notices, ${warnings} warnings`);
  const lines = (file: string) => readFileSync(join(dist, file), 'utf8').split('\n');
  const libraries = new Map<string, string[]>();
  for (const m of report.warnings) {
    const library = m.file && m.line ? libraryOrigin(m, lines(m.file)[m.line - 1] ?? '') : null;
    if (library) libraries.set(library, [...(libraries.get(library) ?? []), `${m.code} ${where(m)}`]);
    else console.log(`  warning ${m.code} at ${where(m)}: ${m.message}`);
  }
  for (const [library, found] of libraries) console.log(`  from ${library}, not our code: ${found.join(', ')}`);
  for (const m of report.notices) console.log(`  notice ${m.code} at ${where(m)}: ${m.message}`);
  for (const m of report.errors) console.error(`  error ${m.code} at ${where(m)}: ${m.message}`);
  return errors > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
