// The dataset index's fingerprints computed at build time, so the background's warm engine (warm-engine.ts) skips
// tokenising and fingerprinting the whole dataset when a (re)started worker builds it.
//
// Format: plain JSON with the typed arrays as base64 of their little-endian bytes (every supported browser is
// little-endian). A snapshot belongs to one dataset version; a mismatch (stale build) falls back to computing.
import { type Fingerprint, type IndexFingerprints, indexFingerprints } from '../core/dataset-index';
import type { Dataset } from '../dataset/types';

export interface IndexSnapshot {
  /** `Dataset.version` the fingerprints were computed from. */
  version: string;
  /** Vocabulary words joined by spaces (tokens never contain one), and their document frequencies. */
  dfWords: string;
  dfCounts: number[];
  paragraphs: PackedFingerprints;
  evidence: PackedFingerprints;
}

interface PackedFingerprints {
  /** Number of shingles of each fingerprint. */
  sizes: number[];
  totals: number[];
  /** Words of each fingerprint joined by spaces. */
  words: string[];
  /** All shingles (Uint32) and all weights (Float32), concatenated, base64. */
  shingles: string;
  weights: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): ArrayBuffer {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes.buffer;
}

function pack(fps: readonly Fingerprint[]): PackedFingerprints {
  const count = fps.reduce((n, f) => n + f.shingles.length, 0);
  const shingles = new Uint32Array(count);
  const weights = new Float32Array(count);
  let k = 0;
  for (const f of fps) {
    shingles.set(f.shingles, k);
    weights.set(f.weights, k);
    k += f.shingles.length;
  }
  return {
    sizes: fps.map((f) => f.shingles.length),
    totals: fps.map((f) => f.total),
    words: fps.map((f) => f.words.join(' ')),
    shingles: toBase64(new Uint8Array(shingles.buffer)),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
}

function unpack(p: PackedFingerprints): Fingerprint[] {
  const shingles = new Uint32Array(fromBase64(p.shingles));
  const weights = new Float32Array(fromBase64(p.weights));
  let k = 0;
  return p.sizes.map((n, i) => {
    // Views into the shared buffers: no copies.
    const fp: Fingerprint = {
      words: p.words[i] ? p.words[i]!.split(' ') : [],
      shingles: shingles.subarray(k, k + n),
      weights: weights.subarray(k, k + n),
      total: p.totals[i]!,
    };
    k += n;
    return fp;
  });
}

/** Build time: the snapshot of one dataset. */
export function snapshotIndex(dataset: Dataset): IndexSnapshot {
  const fps = indexFingerprints(dataset);
  return {
    version: dataset.version,
    dfWords: [...fps.df.keys()].join(' '),
    dfCounts: [...fps.df.values()],
    paragraphs: pack(fps.paragraphs),
    evidence: pack(fps.evidence),
  };
}

/** At run time: the fingerprints of `dataset` from its snapshot, or computed when there is none for this version. */
export function fingerprintsFor(dataset: Dataset, snapshots: readonly IndexSnapshot[]): IndexFingerprints {
  const snap = snapshots.find((s) => s.version === dataset.version);
  if (!snap) return indexFingerprints(dataset);
  const words = snap.dfWords ? snap.dfWords.split(' ') : [];
  const df = new Map<string, number>();
  words.forEach((w, i) => df.set(w, snap.dfCounts[i]!));
  return { df, paragraphs: unpack(snap.paragraphs), evidence: unpack(snap.evidence) };
}
