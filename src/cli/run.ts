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

Reads a news article saved as an HTML page, recognises the story it covers (if Counterpoint knows it) and prints
one JSON object: the page's address, the story (or null), and for each paragraph of the article its text, the
source paragraph it repeats (or null) and its notes: conflicting accounts and earlier reporting of the same claim.

  --url URL        the address the page was served at (default: the page's canonical link, else file://PAGE)
  --data FILE      built datasets (default: build/data/datasets.json; make it with npm run build:data)
  -h, --help       show this help

Exit status: 0 done; 1 the page is not an HTML page (an image, an archive, an empty or a plain-text file) or
cannot be read; 2 wrong arguments. On 1 and 2, one line on stderr says why.`;

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

/** File signatures of things people mistake for a saved page, so the message can say what the file is. */
const SIGNATURES: [string, (b: Buffer) => boolean][] = [
  ['a PNG image', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['a JPEG image', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['a GIF image', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['a WebP image', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['a PDF document', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['a zip archive', (b) => b[0] === 0x50 && b[1] === 0x4b && [0x03, 0x05, 0x07].includes(b[2] ?? 0)],
  ['a gzip archive', (b) => b[0] === 0x1f && b[1] === 0x8b],
  ['a tar archive', (b) => b.subarray(257, 262).toString('latin1') === 'ustar'],
];

/** A saved page (or a fragment of one) has at least one of the elements an article page is made of. */
const HTML_ELEMENT = /<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>/]/i;

/** What is wrong with `bytes` as a saved HTML page, or null when it is one. */
export function notHtml(bytes: Buffer): string | null {
  if (bytes.toString('utf8').trim().length === 0) return 'is empty: expected an HTML page';
  const kind = SIGNATURES.find(([, matches]) => matches(bytes))?.[0];
  if (kind) return `is ${kind}, not an HTML page`;
  // Text never contains NUL bytes; every binary format does, near the start.
  if (bytes.subarray(0, 65_536).includes(0)) return 'is a binary file, not an HTML page';
  const text = bytes.toString('utf8');
  if (!HTML_ELEMENT.test(text)) return 'does not look like HTML (expected a saved web page)';
  return null;
}

function readPage(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error(`${path} is not a file`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof Error && e.message.endsWith('is not a file')) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `cannot read ${path}: no such file` : `cannot read ${path}`);
  }
  const problem = notHtml(bytes);
  if (problem) throw new Error(`${path} ${problem}`);
  return bytes.toString('utf8');
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
