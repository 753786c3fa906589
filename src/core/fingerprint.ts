// Fingerprints of a text (sorted hashed 3-word shingles weighted by the IDF of their words) and their overlap.
import { shingles, tokens } from './normalize';

/** Pre-computed words and shingles of one text (a dataset paragraph, an evidence, or a page paragraph). */
export interface Fingerprint {
  words: string[];
  /** Sorted, unique shingle hashes (a Uint32Array in an index; a plain array for a page's transient fingerprint). */
  shingles: ArrayLike<number>;
  /** Weight of each shingle in `shingles` (same order), float32 values. */
  weights: ArrayLike<number>;
  /** Sum of `weights`. */
  total: number;
}

/** Positions below this fit beside a 32-bit hash in one exactly representable double (hash * 2^21 + position). */
const POSITION_LIMIT = 2 ** 21;
/** Below this many shingles an insertion sort in place beats allocating for the built-in sort. */
const INSERTION_SORT_MAX = 96;

/**
 * Scratch space reused by every fingerprint call (word weights, sort keys, results before trimming): small typed
 * arrays live outside the JS heap, so allocating five per paragraph cost more than the fingerprinting itself.
 */
let scratch = { idf: new Float64Array(256), order: new Float64Array(256), hashes: new Uint32Array(256), weights: new Float64Array(256) };
function scratchFor(n: number): typeof scratch {
  if (scratch.idf.length < n) {
    const size = 2 ** Math.ceil(Math.log2(n));
    scratch = { idf: new Float64Array(size), order: new Float64Array(size), hashes: new Uint32Array(size), weights: new Float64Array(size) };
  }
  return scratch;
}

/** Sorts `a[0..n)` ascending in place. */
function sortPrefix(a: Float64Array, n: number): void {
  if (n > INSERTION_SORT_MAX) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Fingerprints a text with the given IDF: each shingle weighs the mean IDF of its words. `compact` (for what an
 * index keeps) stores typed arrays; a page's fingerprints, used once, take plain arrays, which are cheaper to make.
 */
export function fingerprint(text: string, idf: (t: string) => number, words: string[] = tokens(text), compact = true): Fingerprint {
  const hashes = shingles(words);
  const n = hashes.length;
  if (n >= POSITION_LIMIT) throw new Error('fingerprint: text too long');
  const size = Math.min(3, words.length);
  const s = scratchFor(Math.max(words.length, n));
  const wordIdf = s.idf;
  for (let i = 0; i < words.length; i++) wordIdf[i] = idf(words[i]!);
  // Sort shingles by hash, ties by position (hash * 2^21 + position), and keep each hash's first occurrence.
  const order = s.order;
  for (let i = 0; i < n; i++) order[i] = hashes[i]! * POSITION_LIMIT + i;
  sortPrefix(order, n);
  let k = 0;
  let total = 0;
  for (let o = 0; o < n; o++) {
    const i = order[o]! % POSITION_LIMIT;
    const h = hashes[i]!;
    if (k > 0 && s.hashes[k - 1] === h) continue;
    let sum = 0;
    for (let j = i; j < i + size; j++) sum += wordIdf[j]!;
    s.hashes[k] = h;
    s.weights[k] = sum / size;
    total += sum / size;
    k++;
  }
  if (compact) return { words, shingles: s.hashes.slice(0, k), weights: Float32Array.from(s.weights.subarray(0, k)), total };
  const shinglesOut = new Array<number>(k);
  const weightsOut = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    shinglesOut[i] = s.hashes[i]!;
    weightsOut[i] = Math.fround(s.weights[i]!);
  }
  return { words, shingles: shinglesOut, weights: weightsOut, total };
}

/** Shared weight and count of two fingerprints (a merge of sorted shingles), flagging `a`'s shared shingles in `shared`. */
function merge(a: Fingerprint, b: Fingerprint, shared: Uint8Array | null): { weight: number; count: number } {
  let i = 0;
  let j = 0;
  let weight = 0;
  let count = 0;
  while (i < a.shingles.length && j < b.shingles.length) {
    const x = a.shingles[i]!;
    const y = b.shingles[j]!;
    if (x === y) {
      weight += a.weights[i]!;
      count++;
      if (shared) shared[i] = 1;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { weight, count };
}

/** Shared weight of two fingerprints, and which of `a`'s shingles were shared. */
export function overlap(a: Fingerprint, b: Fingerprint): { weight: number; count: number; shared: Uint8Array } {
  const shared = new Uint8Array(a.shingles.length);
  const { weight, count } = merge(a, b, shared);
  return { weight, count, shared };
}

/** Shared weight of two fingerprints, when which shingles were shared does not matter (no allocation). */
export function overlapWeight(a: Fingerprint, b: Fingerprint): number {
  return merge(a, b, null).weight;
}
