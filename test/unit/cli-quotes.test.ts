// The offline command's `form` on every note of every fixture page: "quote" exactly when the words are the claimant's own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, run } from '../../src/cli/run';
import type { CliOutput } from '../../src/core/types';
import { isDirectQuote } from '../../src/dataset/quotes';
import { ALL_NOTE_PAGES } from '../fixtures/note-pages';

const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-cli-quotes-'));
const articles = loadDatasets().flatMap((d) => d.articles);
const paragraph = (file: string, n: number) => articles.find((a) => a.file === file)?.paragraphs.find((p) => p.index === n)?.text ?? '';

function annotate(html: string, url: string): CliOutput {
  const file = join(tmp, 'page.html');
  writeFileSync(file, html);
  let out = '';
  const code = run(['annotate', file, '--url', url], { out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return JSON.parse(out) as CliOutput;
}

describe('counterpoint annotate: whose words', () => {
  it('marks "quote" only words inside quotation marks in their source paragraph, with the speaker named', () => {
    const wrong: string[] = [];
    let notes = 0;
    let quotes = 0;
    for (const p of ALL_NOTE_PAGES) {
      for (const para of annotate(p.html, p.url).paragraphs) {
        for (const a of para.annotations) {
          notes++;
          const direct = isDirectQuote(paragraph(a.file, a.paragraph), a.quote);
          if (a.form === 'quote') quotes++;
          if ((a.form === 'quote') !== direct || (a.form === 'quote' && a.claimant === null)) wrong.push(`${p.name} p${para.index}: ${a.form} ${a.quote.slice(0, 50)}`);
        }
      }
    }
    console.log(`quote check (CLI): ${ALL_NOTE_PAGES.length} pages, ${notes} notes, ${quotes} marked quote`);
    expect(wrong).toEqual([]);
    expect(quotes).toBeGreaterThan(20);
  });
});
