// Finds which dataset paragraph a page paragraph is (as published, possibly edited); refuses weak or ambiguous matches.
import type { DatasetIndex, Fingerprint, IndexedParagraph } from './dataset-index';
import { fingerprint, overlap, postingRange } from './dataset-index';
import { tokens } from './normalize';

/** Candidates verified per page paragraph (the ones sharing most shingles). */
const MAX_CANDIDATES = 8;
/**
 * Shingles found in more paragraphs than this are stock phrases ("the prime minister said") and pick no candidates
 * (they still count when a candidate is verified).
 */
const MAX_SHINGLE_POSTINGS = 64;
/**
 * Shared shingles needed for a match: four 3-word shingles are about six words in a row, more than a stock
 * phrase ("the Prime Minister said") and less than the shortest dataset sentence.
 */
export const MIN_SHARED_SHINGLES = 4;
/**
 * Share of the dataset paragraph's weight the page must contain: 0.6 survives a cut sentence or a typo-ridden
 * copy, while a later article re-quoting one clause of a long paragraph stays below it (that is a claim match).
 */
export const MIN_DATASET_COVER = 0.6;
/** Share of the page paragraph's weight found in the dataset paragraph: a split half of a paragraph is ~1.0. */
export const MIN_PAGE_COVER = 0.75;
/**
 * Similarity a match to a paragraph of ANOTHER article than the page's own needs (any match when the page is not
 * a dataset article). Only there is "a sentence added" an edit: elsewhere a paragraph that wraps a dataset
 * sentence in new words is a re-quote (a claim match), not that paragraph as published, so the page must
 * reproduce the paragraph nearly whole.
 */
export const FOREIGN_MIN_SIMILARITY = 0.8;
/** Similarities closer than this are a tie: the page cannot tell the two dataset paragraphs apart. */
export const TIE_MARGIN = 0.05;
/** Two candidates compete (explain the same words) when this share of the weaker one's shared shingles is common. */
const COMPETE_FRACTION = 0.5;

export interface Candidate {
  para: IndexedParagraph;
  /** Shared weight and shingle count. */
  weight: number;
  count: number;
  /** Share of the dataset paragraph found on the page, and of the page paragraph found in the dataset paragraph. */
  coverDataset: number;
  coverPage: number;
  /** Weighted Dice coefficient, 0..1: 1 for the paragraph unchanged, ~0.67 for one half of a split. */
  similarity: number;
  /** Flags over the page paragraph's shingles that this candidate shares. */
  shared: Uint8Array;
}

export interface ParagraphMatch {
  /** The dataset paragraph this page paragraph is, or null. */
  source: Candidate | null;
  /** Other dataset paragraphs merged into this page paragraph (disjoint words, each accepted on its own). */
  merged: Candidate[];
  /** True when candidates tied with different claims and the match was refused. */
  refused: boolean;
}

/** Fingerprints a page paragraph with the dataset's word weights. */
export function pageFingerprint(index: DatasetIndex, text: string): Fingerprint {
  // Stryker disable next-line BooleanLiteral: compact (typed-array) fingerprints give the same overlaps, only slower to make
  return fingerprint(text, index.idf, tokens(text), false);
}

/** Per index: a shared-shingle counter per dataset paragraph, reused by every call (all zero between calls). */
const counters = new WeakMap<DatasetIndex, Uint32Array>();

/** Ids of the dataset paragraphs sharing most of the page paragraph's shingles (at least two, or all of a short one). */
export function candidateIds(index: DatasetIndex, page: Fingerprint): number[] {
  let counts = counters.get(index);
  // Stryker disable next-line ConditionalExpression: a fresh counter each call gives the same counts; reusing one is for speed
  if (!counts) {
    counts = new Uint32Array(index.paragraphs.length);
    counters.set(index, counts);
  }
  const touched: number[] = [];
  for (let s = 0; s < page.shingles.length; s++) {
    const [start, end] = postingRange(index, page.shingles[s]!);
    if (end - start > MAX_SHINGLE_POSTINGS) continue;
    for (let i = start; i < end; i++) {
      const id = index.shingleIds[i]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a paragraph touched twice is counted once (its counter is zero the second time)
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
    }
  }
  const out: [number, number][] = [];
  for (const id of touched) {
    const n = counts[id]!;
    counts[id] = 0;
    if (n >= Math.min(2, index.paragraphs[id]!.fp.shingles.length)) out.push([id, n]);
  }
  return out
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

function score(index: DatasetIndex, page: Fingerprint, id: number): Candidate {
  const para = index.paragraphs[id]!;
  const o = overlap(page, para.fp);
  const coverDataset = para.fp.total > 0 ? o.weight / para.fp.total : 0;
  const coverPage = page.total > 0 ? o.weight / page.total : 0;
  const similarity = page.total + para.fp.total > 0 ? Math.min(1, (2 * o.weight) / (page.total + para.fp.total)) : 0;
  return { para, weight: o.weight, count: o.count, coverDataset, coverPage, similarity, shared: o.shared };
}

function accepted(c: Candidate, ownFile: string | null): boolean {
  const short = c.para.fp.shingles.length < MIN_SHARED_SHINGLES && c.count === c.para.fp.shingles.length;
  if (!(c.count >= MIN_SHARED_SHINGLES || short)) return false;
  if (c.para.file !== ownFile) return c.similarity >= FOREIGN_MIN_SIMILARITY;
  return c.coverDataset >= MIN_DATASET_COVER || c.coverPage >= MIN_PAGE_COVER;
}

function competes(a: Candidate, b: Candidate): boolean {
  let common = 0;
  let inB = 0;
  for (let i = 0; i < b.shared.length; i++) {
    if (b.shared[i]) {
      inB++;
      if (a.shared[i]) common++;
    }
  }
  return inB > 0 && common / inB >= COMPETE_FRACTION;
}

const sameClaims = (a: IndexedParagraph, b: IndexedParagraph): boolean =>
  a.claims.length === b.claims.length && a.claims.every((c) => b.claims.includes(c));

/**
 * Matches one page paragraph. `preferFile` is the dataset article this page is, when known: its paragraphs may be
 * edited more freely (see FOREIGN_MIN_SIMILARITY), and they win ties, since on its own page an article's
 * paragraph is that article's. Otherwise a tie between paragraphs carrying different claims
 * is refused rather than guessed; a tie with the same claims goes to the earlier-listed (earlier published) one.
 */
export function matchParagraph(index: DatasetIndex, page: Fingerprint, preferFile: string | null): ParagraphMatch {
  return selectMatch(scoreCandidates(index, page), preferFile);
}

/** The candidates for a page paragraph, scored: the costly half of matching, independent of the page's own article. */
export function scoreCandidates(index: DatasetIndex, page: Fingerprint): Candidate[] {
  return candidateIds(index, page).map((id) => score(index, page, id));
}

/** `matchParagraph` on candidates already scored (matching again once the page's own article is known reuses them). */
export function selectMatch(scored: readonly Candidate[], preferFile: string | null): ParagraphMatch {
  const ok = scored
    .filter((c) => accepted(c, preferFile))
    .sort((a, b) => b.similarity - a.similarity);
  const best = ok[0];
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: every caller tests `source` for truth before it reads `merged`, and none reads `refused`
  if (!best) return { source: null, merged: [], refused: false };
  let source = best;
  const rivals = ok.slice(1).filter((c) => competes(best, c) && best.similarity - c.similarity < TIE_MARGIN);
  const preferred = preferFile ? [best, ...rivals].find((c) => c.para.file === preferFile) : undefined;
  // Stryker disable ObjectLiteral,ArrayDeclaration: every caller tests `source` for truth before it reads `merged`, and none reads `refused`
  if (preferred) source = preferred;
  else if (rivals.some((c) => !sameClaims(c.para, best.para))) return { source: null, merged: [], refused: true };
  // Stryker restore ObjectLiteral,ArrayDeclaration
  const merged: Candidate[] = [];
  for (const c of ok) {
    if (c === source || competes(source, c) || merged.some((m) => competes(m, c))) continue;
    merged.push(c);
  }
  // Stryker disable next-line BooleanLiteral: no caller reads `refused` (a refusal reaches the reader as `source: null`)
  return { source, merged, refused: false };
}
