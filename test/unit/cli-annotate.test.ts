// The `counterpoint annotate` command: the exact public JSON shape, and one clear line plus a non-zero exit on bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { FIXTURE_DIR } from '../fixtures/pages/replay';

function exec(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-cli-'));

describe('counterpoint annotate', () => {
  it('prints exactly the CliOutput keys for a story page, every paragraph in page order', () => {
    const r = exec(['annotate', join(FIXTURE_DIR, 'rnz-caucus-to-meet.html')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['url', 'story', 'paragraphs']);
    expect(Object.keys(json.story)).toEqual(['id', 'title', 'score']);
    expect(json.paragraphs.map((p: { index: number }) => p.index)).toEqual([...json.paragraphs.keys()]);
    for (const p of json.paragraphs) {
      expect(Object.keys(p)).toEqual(['index', 'text', 'source', 'annotations']);
      if (p.source) expect(Object.keys(p.source)).toEqual(['file', 'paragraph', 'similarity']);
      for (const a of p.annotations) {
        expect(Object.keys(a)).toEqual(['kind', 'file', 'paragraph', 'outlet', 'claimant', 'published', 'url', 'quote', 'form']);
        expect(['quote', 'reported']).toContain(a.form);
      }
    }
    expect(json.paragraphs.some((p: { annotations: unknown[] }) => p.annotations.length > 0)).toBe(true);
  });

  it('uses --url over the page canonical link', () => {
    const r = exec(['annotate', join(FIXTURE_DIR, 'near-francis-review.html'), '--url', 'https://www.rnz.co.nz/news/x']);
    expect(JSON.parse(r.out)).toMatchObject({ url: 'https://www.rnz.co.nz/news/x', story: null });
  });

  it('returns story null and no notes on a page about something else', () => {
    const json = JSON.parse(exec(['annotate', join(FIXTURE_DIR, 'near-cricket-sharma.html')]).out);
    expect(json.story).toBeNull();
    expect(json.paragraphs.length).toBeGreaterThan(0);
    expect(json.paragraphs.every((p: { source: unknown; annotations: unknown[] }) => p.source === null && p.annotations.length === 0)).toBe(true);
  });

  const empty = join(tmp, 'empty.html');
  writeFileSync(empty, '  \n');
  const text = join(tmp, 'notes.txt');
  writeFileSync(text, 'just some words');
  it.each([
    [['annotate', join(tmp, 'missing.html')], /no such file/],
    [['annotate', empty], /is empty/],
    [['annotate', text], /does not look like HTML/],
    [['annotate', tmp], /is not a file/],
    [['annotate'], /needs a PAGE\.html/],
    [['frobnicate'], /unknown command: frobnicate/],
    [['annotate', empty, '--url', 'not a url'], /--url is not a URL/],
    [['annotate', join(FIXTURE_DIR, 'rnz-caucus-to-meet.html'), '--data', join(tmp, 'none.json')], /run npm run build:data/],
  ])('fails with one line for %j', (argv, message) => {
    const r = exec(argv);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints help', () => {
    const r = exec(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/counterpoint annotate PAGE\.html/);
  });
});
