// Word-level diff of two short texts (an earlier report vs this page's words), and when such a diff means something.

export type DiffOp = 'same' | 'removed' | 'added';

/** A run of words; `removed` words are only in the earlier text, `added` only on this page. */
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Longest inputs we diff word by word; longer pairs fall back to "all removed, all added" (LCS is quadratic). */
const MAX_WORDS = 400;

/** Compare words ignoring case and surrounding punctuation, so "said," and "said" are the same word. */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function push(parts: DiffPart[], op: DiffOp, word: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += ` ${word}`;
  else parts.push({ op, text: word });
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** lcs[i][j] = length of the longest common subsequence of words ka[i..] and kb[j..]. */
function lcsTable(ka: readonly string[], kb: readonly string[]): number[][] {
  const lcs: number[][] = Array.from({ length: ka.length + 1 }, () => new Array<number>(kb.length + 1).fill(0));
  for (let i = ka.length - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = kb.length - 1; j >= 0; j--) {
      row[j] = ka[i] === kb[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  return lcs;
}

/**
 * Two texts are versions of the same sentence when the words they share, in order, are at least this share of
 * the longer one's words: then at most half of either is marked as changed, and the marks say what was edited.
 * Below it a word-by-word diff is mostly strike-through and underline, and tells a reader nothing.
 */
export const SAME_SENTENCE = 0.5;

/** Shared words in order (case and edge punctuation ignored) over the longer text's word count, 0..1. */
export function similarity(a: string, b: string): number {
  const ka = wordsOf(a).map(wordKey);
  const kb = wordsOf(b).map(wordKey);
  const longer = Math.max(ka.length, kb.length);
  if (longer === 0 || longer > MAX_WORDS) return 0;
  return lcsTable(ka, kb)[0]![0]! / longer;
}

/** A paragraph's sentences (a quotation mark may close a sentence: `...here." She said`). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!]["\u201D\u2019']?)\s+(?=["\u201C\u2018']?[A-Z0-9])/).filter(Boolean);
}

/**
 * The run of `page`'s sentences that is a version of `earlier` (similarity >= SAME_SENTENCE), the most similar
 * run if several are; null when none is, and then no diff is shown.
 */
export function versionOf(earlier: string, page: string): string | null {
  const sentences = sentencesOf(page);
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j <= sentences.length; j++) {
      const text = sentences.slice(i, j).join(' ');
      const score = similarity(earlier, text);
      if (score >= SAME_SENTENCE && (!best || score > best.score)) best = { text, score };
    }
  }
  return best?.text ?? null;
}

/** Diff `before` (earlier words) against `after` (this page's words) by longest common subsequence of words. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const parts: DiffPart[] = [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    if (a.length) parts.push({ op: 'removed', text: a.join(' ') });
    if (b.length) parts.push({ op: 'added', text: b.join(' ') });
    return parts;
  }
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  const lcs = lcsTable(ka, kb);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      push(parts, 'same', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
  while (i < a.length) push(parts, 'removed', a[i++]!);
  while (j < b.length) push(parts, 'added', b[j++]!);
  return parts;
}
