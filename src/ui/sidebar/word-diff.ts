// Word-level diff of two short texts (an earlier report vs this page's words), for the "Earlier reporting" card.

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

/** Diff `before` (earlier words) against `after` (this page's words) by longest common subsequence of words. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const parts: DiffPart[] = [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    if (a.length) parts.push({ op: 'removed', text: a.join(' ') });
    if (b.length) parts.push({ op: 'added', text: b.join(' ') });
    return parts;
  }
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = ka[i] === kb[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
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
