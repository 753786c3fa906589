// The offline command refuses whatever is not a saved HTML page (images, archives, empty and plain-text files): one line, non-zero exit.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, USAGE } from '../../src/cli/run';
import { FIXTURE_DIR } from '../fixtures/pages/replay';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-not-html-'));
const page = readFileSync(join(FIXTURE_DIR, 'rnz-caucus-to-meet.html'));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command in a process, as a user would (source entry point, so no build is needed). */
function counterpoint(...args: string[]): Promise<Ran> {
  return new Promise((done) => {
    const child = execFile(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/counterpoint.ts'), ...args], { cwd: root }, (_, stdout, stderr) =>
      done({ status: child.exitCode, stdout, stderr }),
    );
  });
}

/** In-process run: exit code and what went to stdout and stderr. */
function runHere(argv: string[]): Ran {
  let stdout = '';
  let stderr = '';
  const status = run(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

function file(name: string, content: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('counterpoint annotate on files that are not HTML pages', () => {
  const png = join(tmp, 'screenshot.png');
  copyFileSync(join(root, 'docs/screenshot-rnz-wide.png'), png);
  // Stored uncompressed, so the article's markup sits in the archive as plain bytes.
  const zip = file('article.zip', zipSync({ 'article.html': new Uint8Array(page) }, { level: 0 }));
  const empty = file('empty.html', '');
  const text = file('notes.txt', 'Notes on the caucus meeting: Sharma < Ardern on the bullying claims?\nAsk RNZ.\n');
  const cases = [
    ['a PNG screenshot', png, 'is a PNG image, not an HTML page'],
    ['a zip holding a saved page', zip, 'is a zip archive, not an HTML page'],
    ['an empty file', empty, 'is empty: expected an HTML page'],
    ['a plain-text file', text, 'does not look like HTML'],
  ] as const;
  // One process per file, all at once (each takes a second or two to start).
  const ran = new Map<string, Ran>();
  beforeAll(async () => {
    const url = 'https://www.rnz.co.nz/news/political/472903/x';
    await Promise.all(cases.map(async ([, path]) => ran.set(path, await counterpoint('annotate', path, '--url', url))));
  }, 60_000);

  it.each(cases)('%s: exit 1, nothing on stdout, one line on stderr saying what it is', (_, path, says) => {
    const r = ran.get(path)!;
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`counterpoint: ${path} ${says}`)]);
  });

  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], 'a JPEG image'],
    ['GIF', [...Buffer.from('GIF89a'), 1, 0], 'a GIF image'],
    ['PDF', [...Buffer.from('%PDF-1.7\n<html>')], 'a PDF document'],
    ['gzip', [0x1f, 0x8b, 8, 0, ...Buffer.from('<html><body><p>')], 'a gzip archive'],
    ['other binary', [...Buffer.from('<html><body><p>'), 0, 0, 1, 2], 'a binary file'],
  ])('names %s files for what they are', (name, bytes, kind) => {
    const r = runHere(['annotate', file(`x.${name}`, Buffer.from(bytes))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`is ${kind}, not an HTML page`);
  });

  it('still reads a saved page, and a page that is only a fragment of markup', () => {
    const saved = runHere(['annotate', join(FIXTURE_DIR, 'rnz-caucus-to-meet.html')]);
    expect(saved).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(saved.stdout).story).not.toBeNull();
    const fragment = runHere(['annotate', file('fragment.html', '<div class="story"><p>Labour MP Gaurav Sharma spoke.</p></div>')]);
    expect(fragment).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(fragment.stdout).story).toBeNull();
  });
});

describe('counterpoint --help', () => {
  it('describes the output in plain words, without internal type names, and says how bad input ends', async () => {
    const r = await counterpoint('--help');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(USAGE);
    expect(USAGE).not.toMatch(/\b[A-Z][a-z]+[A-Z]\w*/); // CliOutput, DatasetFile...
    expect(USAGE).toMatch(/conflicting accounts and earlier reporting/);
    expect(USAGE).toMatch(/Exit status: 0 done; 1 the page is not an HTML page/);
  });
});
