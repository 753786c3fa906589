// Story recognition: is this page coverage of the dataset's story? Known addresses, matched paragraphs, signals.
import type { PageInput, StoryMatch } from './types';
import type { DatasetIndex } from './dataset-index';
import { normalizeText, tokens } from './normalize';
import { publishedDay } from './published';
import { matchAddressIn, type AddressMatch } from './address';

export type { AddressMatch };

/** Score at or above which the story is recognised. Every near-miss fixture scores below 0.35; coverage above 0.7. */
export const STORY_THRESHOLD = 0.6;
/** Distinct dataset paragraphs that on their own make a page the story's coverage (one quote in passing is not). */
const PARAGRAPHS_FOR_FULL = 3;
/** How much full paragraph evidence counts (noisy-or weight). */
const PARAGRAPH_WEIGHT = 0.9;
/** How much full term evidence counts: less than paragraphs, since terms are shared with neighbouring stories. */
const TERM_WEIGHT = 0.85;
/** Share of the story's total term weight that counts as full term evidence: a new article uses a third of them. */
const TERM_FRACTION_FOR_FULL = 0.3;
/**
 * Anchors (e.g. "gaurav sharma") must be in the headline or in this many paragraphs before terms count at all:
 * another story that mentions the anchor in passing (Uffindell's week "as Labour dealt with Gaurav Sharma")
 * has it in one or two paragraphs, coverage of the story in most of them.
 */
const MIN_ANCHOR_PARAGRAPHS = 3;
/** Share of paragraphs that must carry an anchor when a page is long (passing mentions on long pages). */
const MIN_ANCHOR_SHARE = 0.2;
/** Factor for a page dated outside the story's window: other years' Sharma news rarely is this story. */
const OUTSIDE_WINDOW_FACTOR = 0.6;
/** Distinct claims stated on a page (in any words) that count as full claim evidence. */
const CLAIMS_FOR_FULL = 3;
/** How much full claim evidence counts: claims in other words name the story's people as speakers. */
const CLAIM_WEIGHT = 0.9;

/** Recognises a page by its address alone; null when the address is not one the dataset knows. */
export function matchAddress(index: DatasetIndex, page: PageInput): AddressMatch | null {
  return matchAddressIn(index.dataset, [page.url, page.canonicalUrl].filter((u): u is string => !!u));
}

/** True when the page names the story's central person at all (an anchor or a mention, in the headline or a paragraph). */
export function namesCentralPerson(index: DatasetIndex, words: PageWords): boolean {
  const { anchors, mentions } = index.dataset.story.signals;
  // Stryker disable next-line MethodExpression: a phrase with no words adds `undefined` to the set, which no page word equals
  const firsts = new Set([...anchors, ...mentions].map((a) => tokens(a)[0]).filter((w): w is string => !!w));
  return [words.headline, ...words.paragraphs].some((ws) => ws.some((w) => firsts.has(w)));
}

/** Words joined with a space on each side, so `includes(' gaurav sharma ')` finds whole words only. */
const paddedWords = (words: readonly string[]): string => ` ${words.join(' ')} `;
const padded = (text: string): string => paddedWords(tokens(text));

/** The page's words when the caller has them already (tokenising every paragraph twice is a large share of a page's cost). */
export interface PageWords {
  headline: readonly string[];
  paragraphs: readonly (readonly string[])[];
}

/**
 * True when the texts name someone else with the central person's surname: "<Given> <Surname>" mid-sentence with a
 * given name other than the anchors' ("Rohan Sharma", "Nupur Sharma"), a sentence's first word aside ("When Sharma"),
 * as is a title that is one of the story's own mentions ("it was Dr Sharma" with `dr sharma` among them).
 */
// Stryker disable next-line ArrayDeclaration: the default matters only through a '<given> <surname>' phrase in it, and Stryker's "Stryker was here" is none
export function hasNamesake(anchors: readonly string[], texts: readonly string[], mentions: readonly string[] = []): boolean {
  const full = anchors.map((a) => a.split(/\s+/)).filter((w): w is [string, string] => w.length === 2);
  const own = new Set(mentions.map((m) => normalizeText(m)));
  for (const [given, surname] of full) {
    const cap = surname[0]!.toUpperCase() + surname.slice(1);
    const re = new RegExp(`(?<=[\\p{Ll},;]\\s+|\\b(?:Dr|Mr|Mrs|Ms)\\s+)(\\p{Lu}\\p{Ll}+)\\s+${cap}\\b`, 'gu');
    for (const t of texts) {
      for (const m of t.matchAll(re)) {
        const first = m[1]!.toLowerCase();
        if (first !== given && !own.has(`${first} ${surname}`)) return true;
      }
    }
  }
  return false;
}

/**
 * Scores a page against one story. `matchedParagraphs` = distinct dataset paragraphs matched on the page;
 * `linkedClaims` = distinct claims its paragraphs state (quoted, restated or in other words).
 */
export function scoreStory(
  index: DatasetIndex,
  page: PageInput,
  matchedParagraphs: number,
  byAddress: AddressMatch | null,
  words?: PageWords,
  linkedClaims = 0,
): StoryMatch {
  const { story } = index.dataset;
  const base = { id: story.id, title: story.title };
  // Stryker disable next-line ArrayDeclaration: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
  if (byAddress) return { ...base, score: 1, reasons: [byAddress.reason] };

  // Stryker disable next-line ArrayDeclaration: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
  const reasons: string[] = [];
  const paraScore = Math.min(1, matchedParagraphs / PARAGRAPHS_FOR_FULL);
  // Stryker disable next-line all: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
  if (matchedParagraphs > 0) reasons.push(`${matchedParagraphs} dataset paragraphs matched`);

  const headline = words ? paddedWords(words.headline) : padded(page.headline ?? '');
  const paras = words ? words.paragraphs.map(paddedWords) : page.paragraphs.map(padded);
  const phrases = (list: readonly string[]) => list.map((a) => padded(normalizeText(a))).filter((a) => a.trim());
  const anchors = phrases(story.signals.anchors);
  const mentions = [...anchors, ...phrases(story.signals.mentions)];
  const anchorIn = (t: string): boolean => anchors.some((a) => t.includes(a));
  const mentionIn = (t: string): boolean => mentions.some((a) => t.includes(a));
  // The central person identified somewhere (headline or body), and the page about them: named in the headline
  // (even as "Sharma row: ...") or in enough of its paragraphs, not once in passing.
  // Another person of the same surname ("Dr Rohan Sharma") makes a bare "Sharma" theirs: only anchors count then.
  // Stryker disable next-line StringLiteral: a missing headline read as "Stryker was here!" names no '<Given> <Surname>' either
  const namesake = hasNamesake(story.signals.anchors, [page.headline ?? '', ...page.paragraphs], story.signals.mentions);
  // Identified by an anchor, or, on a page that never gives the full name ("Letters: Sharma, whips and the Prime
  // Minister"), by the surname in the headline with the story's claims stated by its people on the page.
  const identified =
    anchorIn(headline) || paras.some(anchorIn) || (!namesake && mentionIn(headline) && linkedClaims >= CLAIMS_FOR_FULL);
  const centre = namesake ? anchorIn : mentionIn;
  const anchorParas = paras.filter(centre).length;
  const anchored =
    identified &&
    (centre(headline) || (anchorParas >= MIN_ANCHOR_PARAGRAPHS && anchorParas >= MIN_ANCHOR_SHARE * Math.max(1, paras.length)));
  let termScore = 0;
  if (anchored) {
    const all = `${headline}${paras.join('')}${padded(page.keywords.join(' '))}`;
    const total = story.signals.terms.reduce((s, t) => s + Math.max(0, t.weight), 0);
    const found = story.signals.terms.filter((t) => all.includes(padded(t.text))).reduce((s, t) => s + Math.max(0, t.weight), 0);
    termScore = total > 0 ? Math.min(1, found / (TERM_FRACTION_FOR_FULL * total)) : 0;
    // Stryker disable next-line all: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
    reasons.push(`named in ${centre(headline) ? 'the headline' : `${anchorParas} paragraphs`}; terms ${Math.round(termScore * 100)}%`);
  }
  const claimScore = anchored ? Math.min(1, linkedClaims / CLAIMS_FOR_FULL) : 0;
  // Stryker disable next-line all: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
  if (claimScore > 0) reasons.push(`${linkedClaims} claims stated`);
  let score = 1 - (1 - PARAGRAPH_WEIGHT * paraScore) * (1 - TERM_WEIGHT * termScore) * (1 - CLAIM_WEIGHT * claimScore);
  const day = publishedDay(page.published);
  if (day && (day < story.signals.window.from || day > story.signals.window.to)) {
    score *= OUTSIDE_WINDOW_FACTOR;
    // Stryker disable next-line all: reasons are debugging text, shown by neither the sidebar, the popup nor the CLI
    reasons.push(`dated ${day}, outside the story's window`);
  }
  return { ...base, score: Math.round(score * 1000) / 1000, reasons };
}
