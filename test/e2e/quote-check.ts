// Checks what the reader sees against the sources: an account in quotation marks under a name must be that person's words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDirectQuote } from '../../src/dataset/quotes';
import type { Dataset } from '../../src/dataset/types';
import type { SeenAccount } from './margin-measure';

const datasets = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../build/data/datasets.json'), 'utf8')) as Dataset[];
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * The accounts shown as a person's words (quotation marks, under a name) that are not: no dataset report of those
 * exact words in that article is a direct quote (isDirectQuote in its source paragraph) by the person named.
 * Reported accounts must not wear quotation marks and must say who reported them.
 */
export function quoteViolations(seen: readonly SeenAccount[]): string[] {
  const out: string[] = [];
  for (const a of seen) {
    const article = datasets.flatMap((d) => d.articles).find((x) => x.url === a.url);
    const reports = datasets.flatMap((d) => d.claims.flatMap((c) => c.evidence)).filter((e) => e.file === article?.file && squash(e.words) === a.words);
    if (reports.length === 0) {
      out.push(`not in the dataset: ${a.words.slice(0, 60)}`);
      continue;
    }
    if (a.quoteStyled) {
      const own = reports.some((e) => {
        const paragraph = article!.paragraphs.find((p) => p.index === e.paragraph)!.text;
        return e.form === 'quote' && e.speakerName === a.who && isDirectQuote(paragraph, e.words);
      });
      if (!own) out.push(`shown as ${a.who}'s words but is not: ${a.words.slice(0, 60)}`);
    } else if (!/ reported( |:)/.test(a.who)) {
      out.push(`a report shown under a bare name (${a.who}): ${a.words.slice(0, 60)}`);
    }
  }
  return out;
}

/** The figure for docs/EVALUATION.md: pages with notes, accounts seen, how many as quotes and as reports, per page. */
export function quoteFigure(browser: string, perPage: ReadonlyMap<string, SeenAccount[]>, silent: readonly string[]): string {
  const seen = [...perPage.values()].flat();
  const quoted = seen.filter((a) => a.quoteStyled).length;
  const pages = [...perPage].map(([name, a]) => `${name} ${a.length}`).join('; ');
  return `quote check (${browser}): ${perPage.size} pages with notes (none on ${silent.join(', ') || 'none'}), ${seen.length} accounts, ${quoted} shown as quotes, ${seen.length - quoted} as reports, ${quoteViolations(seen).length} shown as someone's words that are not (${pages})`;
}
