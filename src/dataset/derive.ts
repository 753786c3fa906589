// Finds reports of a claim that the curated file does not list: the same quote or the same words in another article.
import { STOPWORDS, tokens } from '../core/normalize';

/** A direct quote of at least this many words, repeated in another article, is a report of the same claim. */
export const MIN_QUOTE_WORDS = 4;
/**
 * Outside quote marks, the words shared in order must number this many, and cover this share of the
 * evidence, before they count: enough that ordinary phrasing ("said on Friday that the") never links two claims.
 */
export const MIN_RUN_WORDS = 8;
export const MIN_RUN_SHARE = 0.6;
/** A run made mostly of function words says nothing about which claim it reports. */
export const MIN_CONTENT_WORDS = 3;

interface Token {
  word: string;
  start: number;
  end: number;
}

const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;

/** Words of a text with their character offsets, normalised exactly as `tokens` normalises them. */
export function positionedTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(RAW_WORD)) {
    const [word] = tokens(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The quoted passages of some evidence words: text between double quotes, or all of it for a direct quote. */
export function quotedPassages(words: string, isQuote: boolean): string[] {
  const quoted = [...words.matchAll(/["\u201C]([^"\u201D]+)["\u201D]/g)].map((m) => m[1] ?? '');
  if (quoted.length > 0) return quoted;
  return isQuote ? [words] : [];
}

function indexOfRun(hay: Token[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j]!.word !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Aligns `a` to `b` word by word, in order (longest common subsequence), and returns the positions in `b`
 * of the aligned words. Tolerates a name expanded or a word changed, which a contiguous run would not.
 */
function alignedPositions(a: string[], b: Token[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] = a[i - 1] === b[j - 1]!.word
        ? table[(i - 1) * cols + j - 1]! + 1
        : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const positions: number[] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1]!.word) { positions.unshift(j - 1); i--; j--; }
    else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return positions;
}

/** Aligned words may spread over at most this multiple of the evidence's length in the paragraph. */
export const MAX_SPREAD = 1.5;

const contentWords = (ws: string[]) => ws.filter((w) => !STOPWORDS.has(w)).length;

/** A paragraph tokenised once, for checking against many claims. */
export interface PreparedParagraph {
  text: string;
  tokens: Token[];
  present: Set<string>;
}

export function prepareParagraph(text: string): PreparedParagraph {
  const tokens = positionedTokens(text);
  return { text, tokens, present: new Set(tokens.map((t) => t.word)) };
}

/** Evidence words tokenised once: its quoted passages and all its words. */
export interface PreparedEvidence {
  quotes: string[][];
  words: string[];
}

export function prepareEvidence(words: string, isQuote: boolean): PreparedEvidence {
  return { quotes: quotedPassages(words, isQuote).map((q) => tokens(q)), words: tokens(words) };
}

/**
 * The words of `paragraph` that report the same claim as `evidence`, verbatim from the paragraph, or null.
 * Either a direct quote of MIN_QUOTE_WORDS+ words repeated, or most of the evidence's words in order, close together.
 */
export function findRestatement(
  evidence: string | PreparedEvidence,
  isQuote: boolean,
  paragraph: string | PreparedParagraph,
): string | null {
  const ev = typeof evidence === 'string' ? prepareEvidence(evidence, isQuote) : evidence;
  const { text, tokens: para, present } = typeof paragraph === 'string' ? prepareParagraph(paragraph) : paragraph;
  const slice = (from: number, length: number) => text.slice(para[from]!.start, para[from + length - 1]!.end);
  for (const words of ev.quotes) {
    if (words.length < MIN_QUOTE_WORDS || contentWords(words) < 2 || !words.every((w) => present.has(w))) continue;
    const i = indexOfRun(para, words);
    if (i >= 0) return slice(i, words.length);
  }
  const words = ev.words;
  if (words.length < MIN_RUN_WORDS) return null;
  // Cheap bound first: the alignment can never hold more words than the two texts share.
  if (words.filter((w) => present.has(w)).length < Math.max(MIN_RUN_WORDS, words.length * MIN_RUN_SHARE)) return null;
  const aligned = alignedPositions(words, para);
  if (aligned.length < MIN_RUN_WORDS || aligned.length < words.length * MIN_RUN_SHARE) return null;
  const first = aligned[0]!;
  const length = aligned.at(-1)! - first + 1;
  if (length > words.length * MAX_SPREAD) return null;
  return contentWords(aligned.map((i) => para[i]!.word)) >= MIN_CONTENT_WORDS ? slice(first, length) : null;
}
