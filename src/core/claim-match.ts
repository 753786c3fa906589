// Decides which claims a page paragraph reports: via its matched source paragraph, by quoting, or by restating.
import type { DatasetIndex, Fingerprint, IndexedEvidence, IndexedParagraph } from './dataset-index';
import { fingerprint, overlapWeight } from './dataset-index';
import { STOPWORDS, sentences, tokens } from './normalize';
import type { ParagraphMatch } from './paragraph-match';
import { type ParaphraseLink, paraphraseLinks, viewParagraph } from './paraphrase';
import { sequenceAt } from './slots';

/** Share of a source paragraph's evidence that a page paragraph must keep to report that claim (a split half may not). */
const SOURCE_EVIDENCE_COVER = 0.5;
/** Share of an evidence's weighted shingles a page paragraph must contain to count as re-quoting it. */
const QUOTE_COVER = 0.8;
/** An evidence this long (words) is distinctive on its own; shorter quotes also need the claimant named nearby. */
const SELF_EVIDENT_WORDS = 8;
/** Share of an evidence's weighted content words a paragraph naming the claimant must use to restate it. */
const RESTATE_COVER = 0.6;
/** Restating the outlet's own reporting (no claimant to name) needs more of its words. */
const RESTATE_COVER_UNATTRIBUTED = 0.75;
/** Content words an evidence needs before a restatement of it can be recognised at all. */
const MIN_RESTATE_WORDS = 4;

/** A page paragraph this much explained by its source paragraph(s) reports their claims only. */
export const EXPLAINED_COVER = 0.9;
/** Share of an evidence's content words a paragraph must share before the finer tests run (below, neither passes). */
const MIN_CONTENT_HITS = 0.4;
/** Quotes shorter than this (words) are too generic to find outside their own paragraph ("Ardern disputes that."). */
const MIN_QUOTE_WORDS = 5;

export type ClaimVia = 'source' | 'quote' | 'restated' | 'paraphrase';

export interface ClaimHit {
  claimId: string;
  via: ClaimVia;
  /** The dataset evidence this paragraph reports. */
  evidence: IndexedEvidence | null;
  /** For a link in other words: who speaks and the page's words that filled the claim's slots. */
  why?: { person: string | null; terms: string[] };
}

function containsSequence(words: readonly string[], seq: readonly string[]): boolean {
  // Stryker disable next-line BooleanLiteral: the story's people all have names, so an empty one is never looked for (`seq.length === 0` -> false is equivalent for the same reason; -> true is killed)
  if (seq.length === 0) return false;
  for (let i = 0; i + seq.length <= words.length; i++) if (sequenceAt(words, i, seq)) return true;
  return false;
}

/** True when the words name the claimant (full name, an alias, or the surname). */
export function namesClaimant(index: DatasetIndex, claimant: string | null, words: readonly string[]): boolean {
  if (!claimant) return false;
  // Stryker disable next-line ArrayDeclaration: every claimant is one of the story's people (the dataset check refuses others), so the fallback is never taken
  return (index.personNames.get(claimant) ?? []).some((n) => containsSequence(words, n));
}

function cover(ev: IndexedEvidence, page: Fingerprint): number {
  return ev.fp.total > 0 ? overlapWeight(ev.fp, page) / ev.fp.total : 0;
}

function wordsCover(index: DatasetIndex, words: readonly string[], pageWords: ReadonlySet<string>): number {
  let found = 0;
  let all = 0;
  for (const w of words) {
    const idf = index.idf(w);
    all += idf;
    if (pageWords.has(w)) found += idf;
  }
  return all > 0 ? found / all : 0;
}

/** How much of the evidence, or of its best clause long enough to be recognised alone, the page's words carry. */
function restateCover(index: DatasetIndex, ev: IndexedEvidence, pageWords: ReadonlySet<string>): number {
  let best = wordsCover(index, ev.content, pageWords);
  for (const clause of ev.clauses) {
    if (clause.length >= MIN_RESTATE_WORDS) best = Math.max(best, wordsCover(index, clause, pageWords));
  }
  return best;
}

/** Per dataset paragraph: the evidence of each of its claims in it (same order as `claims`), looked up once. */
const paragraphEvidence = new WeakMap<IndexedParagraph, IndexedEvidence[][]>();
function evidenceOf(index: DatasetIndex, para: IndexedParagraph): IndexedEvidence[][] {
  let ev = paragraphEvidence.get(para);
  // Stryker disable next-line ConditionalExpression: looking the evidence up again gives the same evidence; the cache is for speed
  if (!ev) {
    // Stryker disable next-line ArrayDeclaration: build:data derives a paragraph's claims from their evidence in it, so every one has some there
    ev = para.claims.map((claimId) => index.evidenceAt.get(`${claimId}|${para.file}#${para.paragraph}`) ?? []);
    paragraphEvidence.set(para, ev);
  }
  return ev;
}

/** True when a page paragraph's words are (almost) all its matched source paragraph's. */
export function explainedBySource(match: ParagraphMatch): boolean {
  const explained = match.source ? match.source.coverPage + match.merged.reduce((s, m) => s + m.coverPage, 0) : 0;
  return explained >= EXPLAINED_COVER;
}

/** Per index: a content-word counter per evidence, reused by every call (all zero between calls). */
const evidenceCounters = new WeakMap<DatasetIndex, Uint32Array>();

/**
 * The claims a page paragraph reports. `prevWords` are the previous paragraph's words ("..., she said" often
 * names the speaker one paragraph up).
 */
export function matchClaims(
  index: DatasetIndex,
  page: Fingerprint,
  match: ParagraphMatch,
  prevWords: readonly string[],
  paraphrased?: readonly ParaphraseLink[],
): ClaimHit[] {
  const hits = new Map<string, ClaimHit>();
  for (const src of match.source ? [match.source, ...match.merged] : []) {
    const evidence = evidenceOf(index, src.para);
    for (let c = 0; c < src.para.claims.length; c++) {
      const claimId = src.para.claims[c]!;
      const ev = evidence[c]!;
      const kept = ev.find((e) => cover(e, page) >= SOURCE_EVIDENCE_COVER);
      if (ev.length === 0 || kept) hits.set(claimId, { claimId, via: 'source', evidence: kept ?? null });
    }
  }
  // A paragraph whose words are all its source paragraph's reports that paragraph's claims and nothing more.
  if (explainedBySource(match)) return [...hits.values()];
  const pageSet = new Set(page.words);
  let counts = evidenceCounters.get(index);
  // Stryker disable next-line ConditionalExpression: a fresh counter each call gives the same counts; reusing one is for speed
  if (!counts) {
    counts = new Uint32Array(index.evidence.length);
    evidenceCounters.set(index, counts);
  }
  const touched: number[] = [];
  for (const w of pageSet) {
    // Stryker disable next-line ConditionalExpression: evidence postings hold no stopwords, so skipping them only saves lookups
    if (STOPWORDS.has(w)) continue;
    const ids = index.evidencePostings.get(w);
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: evidence touched twice is then tested twice with the same count; the claim is taken once
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
    }
  }
  // Evidence in order of first touch, as the Map this replaces iterated; the counters are zero again afterwards.
  const found = touched.map((id) => [id, counts[id]!] as const);
  for (const id of touched) counts[id] = 0;
  for (const [id, n] of found) {
    const ev = index.evidence[id]!;
    if (hits.has(ev.claim.id) || n < Math.max(Math.min(2, ev.content.length), MIN_CONTENT_HITS * ev.content.length)) continue;
    const named = namesClaimant(index, ev.claim.claimant, page.words);
    const nearby = named || namesClaimant(index, ev.claim.claimant, prevWords);
    const long = ev.fp.words.length >= SELF_EVIDENT_WORDS;
    const quoted = ev.fp.words.length >= MIN_QUOTE_WORDS && cover(ev, page) >= QUOTE_COVER;
    if (quoted && (long || nearby)) {
      hits.set(ev.claim.id, { claimId: ev.claim.id, via: 'quote', evidence: ev });
      continue;
    }
    if (ev.content.length < MIN_RESTATE_WORDS) continue;
    const need = ev.claim.claimant ? RESTATE_COVER : RESTATE_COVER_UNATTRIBUTED;
    if ((named || !ev.claim.claimant) && restateCover(index, ev, pageSet) >= need) {
      hits.set(ev.claim.id, { claimId: ev.claim.id, via: 'restated', evidence: ev });
    }
  }
  const p = index.paraphraser;
  if (p) {
    const links = paraphrased ?? paraphraseLinks(p, viewParagraph(p, page.words), prevWords.length ? [viewParagraph(p, prevWords)] : [], new Set());
    // Words the paragraph quotes as one claim's evidence are that claim's: they do not also state another in other
    // words (Ardern's quoted "what he has characterised as bullying" is her no-evidence claim, not a refusal to label).
    const quoted = [...hits.values()].filter((h) => h.via === 'quote' && h.evidence).map((h) => new Set(h.evidence!.fp.words));
    for (const link of links) {
      if (hits.has(link.claimId)) continue;
      if (quoted.some((q) => link.terms.every((t) => tokens(t).every((w) => q.has(w))))) continue;
      hits.set(link.claimId, { claimId: link.claimId, via: 'paraphrase', evidence: null, why: { person: link.person, terms: link.terms } });
    }
  }
  return [...hits.values()];
}

/**
 * This page's own words for a claim: the sentence of the paragraph that shares most weight with the evidence
 * (or the whole paragraph when it is one sentence or nothing is shared).
 */
export function pageWordsFor(index: DatasetIndex, text: string, ev: IndexedEvidence | null): string {
  const parts = sentences(text);
  if (!ev || parts.length < 2) return text.trim();
  let best = text.trim();
  let bestScore = 0;
  for (const s of parts) {
    const words = new Set(tokens(s));
    // Stryker disable next-line BooleanLiteral: compact (typed-array) fingerprints give the same overlaps, only slower to make
    const score = overlapWeight(ev.fp, fingerprint(s, index.idf, tokens(s), false)) + restateCover(index, ev, words);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}
