// The `counterpoint` command: argument parsing, input checks and the annotate command, testable without a process.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Dataset } from '../dataset/types';
import { annotate, toCliOutput } from '../core/engine';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../extract/extract-page';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const USAGE = `Usage: counterpoint annotate PAGE.html [--url URL] [--data DATASETS.json]

Reads a saved article page, recognises the story, matches its paragraphs to the dataset and prints one JSON
object (the CliOutput shape) on stdout.

  --url URL        the address the page was served at (default: the page's canonical link, else file://PAGE)
  --data FILE      built datasets (default: build/data/datasets.json; make it with npm run build:data)
  -h, --help       show this help`;

/** The default datasets file: build/data/datasets.json at the package root (same depth from src/cli and dist/cli). */
// (Joined at run time so the bundler does not mistake it for an asset to copy.)
export const DEFAULT_DATA = fileURLToPath(new URL(['..', '..', 'build', 'data', 'datasets.json'].join('/'), import.meta.url));

class UsageError extends Error {}

/** Reads the built datasets, with one clear line when they are missing or malformed. */
export function loadDatasets(path: string = DEFAULT_DATA): Dataset[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`no datasets at ${path}: run npm run build:data`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error(`datasets file ${path} is not valid JSON: run npm run build:data`);
  }
  if (!Array.isArray(data) || data.some((d) => !d || typeof d !== 'object' || (d as Dataset).format !== 1)) {
    throw new Error(`datasets file ${path} is not a list of format-1 datasets: run npm run build:data`);
  }
  return data as Dataset[];
}

function readPage(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error(`${path} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof Error && e.message.endsWith('is not a file')) throw e;
    throw new Error(`cannot read ${path}: no such file`);
  }
  let html: string;
  try {
    html = size > 0 ? readFileSync(path, 'utf8') : '';
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  if (html.trim().length === 0) throw new Error(`${path} is empty: expected an HTML page`);
  if (!/<[a-z!]/i.test(html)) throw new Error(`${path} does not look like HTML`);
  return html;
}

function parseArgs(argv: readonly string[]): { file: string; url: string | null; data: string | null } {
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command: ${command} (try --help)` : 'no command given (try --help)');
  let file: string | null = null;
  let url: string | null = null;
  let data: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--url' || a === '--data') {
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} needs a value`);
      if (a === '--url') url = v;
      else data = v;
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('--data=')) data = a.slice(7);
    else if (a.startsWith('-')) throw new UsageError(`unknown option: ${a}`);
    else if (file) throw new UsageError(`one page at a time (got ${file} and ${a})`);
    else file = a;
  }
  if (!file) throw new UsageError('annotate needs a PAGE.html');
  if (url) {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`--url is not a URL: ${url}`);
    }
  }
  return { file, url, data };
}

/** Runs the command; returns the exit code (0 ok, 1 bad input, 2 bad usage). Writes one line to `err` on failure. */
export function run(argv: readonly string[], io: Io): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    const html = readPage(args.file);
    const datasets = loadDatasets(args.data ?? DEFAULT_DATA);
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const url = args.url ?? (canonical && /^https?:/.test(canonical) ? canonical : `file://${args.file}`);
    const { page } = extractPage(doc, url, Readability);
    io.out(`${JSON.stringify(toCliOutput(annotate(page, datasets)), null, 2)}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`counterpoint: ${message.split('\n')[0]}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
