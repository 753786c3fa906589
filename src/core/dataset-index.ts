// The search index over one dataset: shingle postings to pick candidates, IDF-weighted shingles to verify them.
//
// Why this shape: a page paragraph is the dataset paragraph "as published, possibly edited". An edit breaks at most
// a few of its 3-word shingles, so the shared shingles find candidates (far more selective than shared words: at 100k
// paragraphs every common word is in thousands of them, a 3-word sequence in a handful), and the overlap of shingles
// weighted by the IDF of their words verifies them (word order matters; a typo costs three shingles, not the match).
// Postings are one sorted Uint32Array of shingle hashes with a parallel Int32Array of paragraph ids (binary search;
// 8 bytes a shingle, no per-key objects), and each paragraph keeps its shingles sorted, so verification is a merge.
import type { Article, Claim, Dataset, Dispute, Person } from '../dataset/types';
import { compareCodeUnits } from './compare';
import { STOPWORDS, tokens } from './normalize';
import { type Fingerprint, fingerprint } from './fingerprint';
import { byPublished, comparePublished } from './published';
import { type Paraphraser, compileParaphraser } from './paraphrase';

export { type Fingerprint, fingerprint, overlap, overlapWeight } from './fingerprint';

/** Weight of a function word relative to its IDF: "of the said" must not look like evidence. */
const STOPWORD_FACTOR = 0.1;

export interface IndexedParagraph {
  file: string;
  paragraph: number;
  article: Article;
  text: string;
  claims: string[];
  fp: Fingerprint;
}

export interface IndexedEvidence {
  claim: Claim;
  file: string;
  paragraph: number;
  words: string;
  fp: Fingerprint;
  /** Unique non-stopword tokens of the evidence, for restatement. */
  content: string[];
  /**
   * The same per clause (evidence is whole sentences, "It marked two days since the column, in which he wrote of
   * rampant bullying"): a restatement of one clause restates the claim.
   */
  clauses: string[][];
}

/** Where an evidence sentence divides into clauses that can each carry the claim. */
const CLAUSE_BREAK = /[,;:]\s+|\s[-\u2013\u2014]\s|[.?!]["\u201D]?\s+|\s(?:in which|saying|while|although)\s/;

export interface DatasetIndex {
  dataset: Dataset;
  paragraphs: IndexedParagraph[];
  evidence: IndexedEvidence[];
  /** Sorted shingle hashes of every paragraph (one entry per paragraph and shingle)... */
  shingleKeys: Uint32Array;
  /** ...and the paragraph id (position in `paragraphs`) of each entry. */
  shingleIds: Int32Array;
  /** `claim|file#paragraph` -> the evidence of that claim in that paragraph. */
  evidenceAt: Map<string, IndexedEvidence[]>;
  /** Token -> ids (positions in `evidence`). */
  evidencePostings: Map<string, Int32Array>;
  /** Number of indexed paragraphs (the IDF corpus). */
  size: number;
  idf: (token: string) => number;
  articleByFile: Map<string, Article>;
  /** File -> position of its article in publication order (unknown orders keep file order). */
  publishRank: Map<string, number>;
  claimById: Map<string, Claim>;
  /** Claim id -> disputes it takes part in. */
  disputesByClaim: Map<string, Dispute[]>;
  /** Person id -> lower-case name forms used to tell whether a page names the claimant. */
  personNames: Map<string, string[][]>;
  /** The dataset's vocabulary compiled for claims in other words; null without one. */
  paraphraser: Paraphraser | null;
}

/** IDF per word, computed once per vocabulary word (a page's words are looked up, not logged, on every call). */
function makeIdf(df: Map<string, number>, n: number): (t: string) => number {
  const weigh = (t: string, d: number): number => {
    const idf = Math.log(1 + n / Math.max(1, d));
    return STOPWORDS.has(t) ? idf * STOPWORD_FACTOR : idf;
  };
  const table = new Map<string, number>();
  for (const [t, d] of df) table.set(t, weigh(t, d));
  const unseen = Math.log(1 + n);
  return (t) => table.get(t) ?? (STOPWORDS.has(t) ? unseen * STOPWORD_FACTOR : unseen);
}

function toPostings(lists: Map<string, number[]>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const [k, v] of lists) out.set(k, Int32Array.from(v));
  return out;
}

function addPosting(lists: Map<string, number[]>, words: Iterable<string>, id: number): void {
  for (const w of new Set(words)) {
    const list = lists.get(w);
    if (list) list.push(id);
    else lists.set(w, [id]);
  }
}

function namesOf(person: Person): string[][] {
  const forms = new Set<string>([person.name, ...person.aliases]);
  const parts = person.name.split(/\s+/);
  if (parts.length > 1) forms.add(parts[parts.length - 1]!);
  return [...forms].map((f) => tokens(f)).filter((t) => t.length > 0);
}

/** Sorted (shingle, paragraph) postings, built by sorting packed 52-bit numbers (hash * 2^20 + id) in one typed array. */
function shinglePostings(paragraphs: readonly IndexedParagraph[]): { shingleKeys: Uint32Array; shingleIds: Int32Array } {
  const total = paragraphs.reduce((n, p) => n + p.fp.shingles.length, 0);
  if (paragraphs.length >= 2 ** 20) throw new Error('index: more than 2^20 paragraphs in one dataset');
  const packed = new Float64Array(total);
  let k = 0;
  paragraphs.forEach((p, id) => {
    for (let i = 0; i < p.fp.shingles.length; i++) packed[k++] = p.fp.shingles[i]! * 2 ** 20 + id;
  });
  packed.sort();
  const shingleKeys = new Uint32Array(total);
  const shingleIds = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const v = packed[i]!;
    const id = v % 2 ** 20;
    shingleIds[i] = id;
    shingleKeys[i] = (v - id) / 2 ** 20;
  }
  return { shingleKeys, shingleIds };
}

/**
 * Per index: where each run of `shingleKeys` sharing its top bits starts, so a lookup searches a run of two to four
 * keys instead of the whole array (the hashes are uniform, so the runs are even; 4 bytes per 2-4 postings).
 */
const DIRECTORY_MAX_BITS = 22;
const directories = new WeakMap<DatasetIndex, { shift: number; starts: Uint32Array }>();
function directoryOf(index: DatasetIndex): { shift: number; starts: Uint32Array } {
  let dir = directories.get(index);
  if (!dir) {
    const keys = index.shingleKeys;
    const bits = Math.max(1, Math.min(DIRECTORY_MAX_BITS, Math.ceil(Math.log2(Math.max(2, keys.length))) - 2));
    const shift = 32 - bits;
    const starts = new Uint32Array(2 ** bits + 1);
    let k = 0;
    for (let b = 0; b <= 2 ** bits; b++) {
      while (k < keys.length && keys[k]! >>> shift < b) k++;
      starts[b] = k;
    }
    dir = { shift, starts };
    directories.set(index, dir);
  }
  return dir;
}

/** The range [start, end) of `shingleKeys` equal to `hash` (empty when absent). */
export function postingRange(index: DatasetIndex, hash: number): [number, number] {
  const keys = index.shingleKeys;
  const { shift, starts } = directoryOf(index);
  const bucket = hash >>> shift;
  let lo = starts[bucket]!;
  const last = starts[bucket + 1]!;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < last && keys[end] === hash) end++;
  return [lo, end];
}

/**
 * The costly part of an index (tokenising and fingerprinting every paragraph and evidence), as plain data: the
 * extension computes it at build time and ships it (src/content/index-snapshot.ts), so pages skip the work.
 */
export interface IndexFingerprints {
  /** Document frequency of each word over the indexed paragraphs (the IDF table's input). */
  df: Map<string, number>;
  /** Fingerprint of each indexed (body or headline) paragraph, in dataset order, without its words. */
  paragraphs: Fingerprint[];
  /** Fingerprint of each claim's evidence, in dataset order (claims, then their evidence). */
  evidence: Fingerprint[];
}

const indexedParagraphs = (dataset: Dataset) =>
  dataset.articles.flatMap((article) => article.paragraphs.filter((p) => p.role === 'body' || p.role === 'headline').map((p) => ({ article, p })));

/** In how many of the token lists each word occurs (one map lookup per word; no set per paragraph). */
function documentFrequencies(lists: readonly string[][]): Map<string, number> {
  const counts = new Map<string, { n: number; last: number }>();
  lists.forEach((words, i) => {
    for (const w of words) {
      const c = counts.get(w);
      if (!c) counts.set(w, { n: 1, last: i });
      else if (c.last !== i) {
        c.n++;
        c.last = i;
      }
    }
  });
  const df = new Map<string, number>();
  for (const [w, c] of counts) df.set(w, c.n);
  return df;
}

/** Tokenises and fingerprints a dataset's paragraphs and evidence (the part of buildDatasetIndex worth caching). */
export function indexFingerprints(dataset: Dataset): IndexFingerprints {
  const items = indexedParagraphs(dataset);
  const raw = items.map(({ p }) => tokens(p.text));
  const df = documentFrequencies(raw);
  const idf = makeIdf(df, raw.length);
  // The words are not kept: verification needs only the shingles, and 100k paragraphs of strings cost memory.
  const paragraphs = raw.map((words, i) => ({ ...fingerprint(items[i]!.p.text, idf, words), words: [] }));
  const evidence = dataset.claims.flatMap((claim) => claim.evidence.map((e) => fingerprint(e.words, idf)));
  return { df, paragraphs, evidence };
}

/** Builds the index of one dataset: body and headline paragraphs, and every claim's evidence words. */
export function buildDatasetIndex(dataset: Dataset, fps: IndexFingerprints = indexFingerprints(dataset)): DatasetIndex {
  const items = indexedParagraphs(dataset);
  if (items.length !== fps.paragraphs.length) throw new Error('index: fingerprints do not belong to this dataset');
  const idf = makeIdf(fps.df, items.length);
  const paragraphs = items.map(({ article, p }, i) => ({
    file: article.file,
    paragraph: p.index,
    article,
    text: p.text,
    claims: p.claims,
    fp: fps.paragraphs[i]!,
  }));

  const evLists = new Map<string, number[]>();
  const evidence: IndexedEvidence[] = [];
  for (const claim of dataset.claims) {
    for (const e of claim.evidence) {
      const fp = fps.evidence[evidence.length];
      if (!fp) throw new Error('index: fingerprints do not belong to this dataset');
      const content = [...new Set(fp.words.filter((w) => !STOPWORDS.has(w)))];
      addPosting(evLists, content, evidence.length);
      const clauses = e.words
        .split(CLAUSE_BREAK)
        .map((c) => [...new Set(tokens(c).filter((w) => !STOPWORDS.has(w)))])
        .filter((c) => c.length > 0 && c.length < content.length);
      evidence.push({ claim, file: e.file, paragraph: e.paragraph, words: e.words, fp, content, clauses });
    }
  }

  const evidenceAt = new Map<string, IndexedEvidence[]>();
  for (const e of evidence) {
    const key = `${e.claim.id}|${e.file}#${e.paragraph}`;
    evidenceAt.set(key, [...(evidenceAt.get(key) ?? []), e]);
  }
  const disputesByClaim = new Map<string, Dispute[]>();
  for (const d of dataset.disputes) {
    for (const side of d.sides) {
      for (const c of side.claims) disputesByClaim.set(c, [...(disputesByClaim.get(c) ?? []), d]);
    }
  }
  return {
    dataset,
    paragraphs,
    evidence,
    ...shinglePostings(paragraphs),
    evidencePostings: toPostings(evLists),
    evidenceAt,
    size: items.length,
    idf,
    articleByFile: new Map(dataset.articles.map((a) => [a.file, a])),
    publishRank: publicationRanks(dataset.articles),
    claimById: new Map(dataset.claims.map((c) => [c.id, c])),
    disputesByClaim,
    personNames: new Map(dataset.story.people.map((p) => [p.id, namesOf(p)])),
    paraphraser: compileParaphraser(dataset),
  };
}

/**
 * Rank of each article in publication order; articles whose order is unknown (same day, no time) share a
 * rank, so neither is preferred as the earlier report.
 */
function publicationRanks(articles: readonly Article[]): Map<string, number> {
  const sorted = [...articles].sort((a, b) => compareCodeUnits(a.file, b.file)).sort((a, b) => byPublished(a.published, b.published));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((a, i) => {
    if (i > 0 && comparePublished(sorted[i - 1]!.published, a.published) === -1) rank++;
    ranks.set(a.file, rank);
  });
  return ranks;
}
