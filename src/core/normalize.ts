// Text normalisation, tokens and hashed word shingles shared by the index, the matcher and story recognition.

/** Characters that differ between a site's HTML and the dataset text but never change the words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Normalises text for comparison: unifies quotes, dashes and spaces, drops invisible characters and
 * diacritics (whānau -> whanau), lower-cases, and collapses whitespace. Punctuation is kept; use `tokens`
 * to drop it. Idempotent and total: any string in, a string out.
 */
export function normalizeText(text: string): string {
  let t = unify(text);
  // Decomposition (macrons, ligatures, full-width forms) only when something beyond ASCII is left: most text is
  // not. Compatibility forms can decompose into quotes and dashes ("｀" -> "`"), so unify again afterwards.
  if (NON_ASCII.test(t)) t = unify(t.toLowerCase().normalize('NFKD').replace(COMBINING, '')).normalize('NFC');
  return t.replace(SPACES, ' ').toLowerCase().trim();
}

/** Replacement of each character `unify` changes, by its class. */
const UNIFIED: [RegExp, string][] = [[INVISIBLE, ''], [SINGLE_QUOTES, "'"], [DOUBLE_QUOTES, '"'], [DASHES, '-'], [/\u2026/g, '...']];
/** Any of those characters: one scan of the text, and a lookup only where one is found. */
const UNIFY = new RegExp(UNIFIED.map(([re]) => re.source).join('|'), 'g');
const unifiedChars = new Map<string, string>();
function unifyChar(ch: string): string {
  let out = unifiedChars.get(ch);
  if (out === undefined) {
    out = UNIFIED.find(([re]) => ch.replace(re, '') !== ch)![1];
    unifiedChars.set(ch, out);
  }
  return out;
}

/** One spelling for each quote, dash and ellipsis; invisible characters dropped. */
function unify(text: string): string {
  return text.replace(UNIFY, unifyChar);
}

const NON_ASCII = /[^\x00-\x7f]/;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const NEEDS_NORMALIZING = /[^\x20-\x7e]/;

function pushWord(out: string[], word: string): void {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  out.push(w.includes("'") ? w.replace(/'/g, '') : w);
}

/**
 * The words of a text, normalised: punctuation dropped, possessive "'s" dropped ("Sharma's" -> "sharma")
 * and other apostrophes removed ("didn't" -> "didnt"), so quoting style never changes the tokens.
 * Plain-ASCII text (most paragraphs once quotes are straight) skips Unicode normalisation: same result, faster.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  const t = NEEDS_NORMALIZING.test(text) ? normalizeText(text) : text.toLowerCase();
  // Once curly quotes are straightened most text is ASCII, where the (slower) Unicode word pattern finds the same words.
  const word = NON_ASCII.test(t) ? WORD : ASCII_WORD;
  word.lastIndex = 0;
  for (let m = word.exec(t); m !== null; m = word.exec(t)) pushWord(out, m[0]);
  return out;
}

/**
 * Function words that say nothing about which paragraph a sentence came from. Shingles made only of
 * these are given little weight and they never pick candidates.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about after again against all also am an and any are as at be been before being between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its itself just me more most my no nor not now of off on once only or ' +
    'other our ours out over own said same say says she should so some such than that the their theirs them ' +
    'then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours'
  ).split(' '),
);

/** FNV-1a over a string: a 32-bit shingle id. Collisions only cost a little precision in weighted overlap. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Number of words in a shingle: three words are distinctive, yet a single edit breaks only three of them. */
export const SHINGLE_SIZE = 3;

/** Scratch for the word hashes of `shingles` (reused: small typed arrays are costly to allocate). */
let wordHashes = new Int32Array(256);

/** Hashes of the word shingles of a token list, in order (a list shorter than a shingle gives one shingle). */
export function shingles(words: readonly string[], size: number = SHINGLE_SIZE): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  if (wordHashes.length < words.length) wordHashes = new Int32Array(2 ** Math.ceil(Math.log2(words.length)));
  const hashes = wordHashes;
  for (let i = 0; i < words.length; i++) hashes[i] = hash32(words[i]!);
  const n = Math.min(size, words.length);
  const out = new Uint32Array(words.length - n + 1);
  for (let i = 0; i + n <= words.length; i++) {
    // Order-sensitive combination of the word hashes (no string joins), then an avalanche step.
    let h = 0x9e3779b9 ^ n;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ hashes[j]!, 0x85ebca6b) + 0x165667b1;
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 13;
    out[i] = h >>> 0;
  }
  return out;
}

/** Splits a paragraph into sentences (on . ? ! followed by space and a capital or a quote). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!]["'\u201D\u2019]?)\s+(?=["'\u201C\u2018]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
