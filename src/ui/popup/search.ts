// Popup search over every stored claim: MiniSearch with case/macron/punctuation folding, prefix and typo tolerance, filters.

import MiniSearch from 'minisearch';
import type { SearchClaim } from '../../shared/messages';

/** Lower case, macrons and other accents removed, punctuation dropped: "Whānau," -> "whanau". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
}

/** A token that folding leaves as it is (lower-case ASCII letters and digits): most of them, so they skip `fold`. */
const FOLDED = /^[a-z0-9]+$/;

/** MiniSearch's processTerm: folds each token; tokens that fold to nothing are dropped. */
export function processTerm(term: string): string | null {
  if (FOLDED.test(term)) return term;
  const t = fold(term).replace(/\s+/g, '');
  return t.length > 0 ? t : null;
}

export interface Filters {
  claimant: string;
  outlet: string;
  kind: string;
  /** YYYY-MM-DD or '' */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { claimant: '', outlet: '', kind: '', from: '', to: '' };

export interface ClaimIndex {
  mini: MiniSearch<SearchClaim>;
  byId: Map<string, SearchClaim>;
  /** Newest first (what an empty query lists). */
  claims: readonly SearchClaim[];
}

export function buildIndex(claims: readonly SearchClaim[]): ClaimIndex {
  const mini = new MiniSearch<SearchClaim>({
    fields: ['words', 'summary', 'claimant', 'headline', 'outlet'],
    extractField: (doc, field) => String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    processTerm,
    searchOptions: {
      // Only the word being typed is completed ("Parliamentary Serv"); earlier words are whole words.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      // One typo per word of four letters or more (two from nine), none in short words. The word being typed
      // is already prefix-completed, so it gets one typo from six letters only (fuzzy prefixes are costly).
      fuzzy: (term, i, terms) => {
        if (i === terms.length - 1) return term.length >= 6 ? 1 : false;
        return term.length >= 9 ? 2 : term.length >= 4 ? 1 : false;
      },
      combineWith: 'AND',
      boost: { words: 3, summary: 2, claimant: 2 },
    },
  });
  mini.addAll(claims as SearchClaim[]);
  return { mini, byId: new Map(claims.map((c) => [c.id, c])), claims: sortNewestFirst(claims) };
}

function sortNewestFirst(claims: readonly SearchClaim[]): SearchClaim[] {
  return [...claims].sort((a, b) => (dayOf(a) < dayOf(b) ? 1 : dayOf(a) > dayOf(b) ? -1 : 0));
}

function firstPassing(sorted: readonly SearchClaim[], filters: Filters, limit: number): SearchClaim[] {
  const out: SearchClaim[] = [];
  for (const c of sorted) {
    if (out.length >= limit) break;
    if (passes(c, filters)) out.push(c);
  }
  return out;
}

/** What the popup lists before anything is typed: the filtered claims, newest first (no index needed). */
export function newestFirst(claims: readonly SearchClaim[], filters: Filters = NO_FILTERS, limit = 50): SearchClaim[] {
  return firstPassing(sortNewestFirst(claims), filters, limit);
}

/** The date of a claim as YYYY-MM-DD (its publication day, in the record's own time zone). */
export const dayOf = (c: SearchClaim): string => (c.published ?? '').slice(0, 10);

export function passes(c: SearchClaim, f: Filters): boolean {
  if (f.claimant && (c.claimant ?? '') !== f.claimant) return false;
  if (f.outlet && c.outlet !== f.outlet) return false;
  if (f.kind && c.kind !== f.kind) return false;
  const day = dayOf(c);
  if (f.from && (!day || day < f.from)) return false;
  if (f.to && (!day || day > f.to)) return false;
  return true;
}

/** Ranked results for a query (most relevant first); an empty query lists the filtered claims, newest first. */
export function searchClaims(index: ClaimIndex, query: string, filters: Filters = NO_FILTERS, limit = 50): SearchClaim[] {
  const q = typedQuery(query);
  if (!q) {
    return firstPassing(index.claims, filters, limit);
  }
  const out: SearchClaim[] = [];
  for (const hit of index.mini.search(q)) {
    const c = index.byId.get(hit.id as string);
    if (c && passes(c, filters)) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The query as far as it says anything: a last word of one letter is still being typed (and would match half the
 * vocabulary as a prefix, or nothing as a word), so it is left out until the next keystroke.
 */
export function typedQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter((w) => processTerm(w) !== null);
  const last = words.at(-1);
  if (last !== undefined && (processTerm(last) ?? '').length < 2) words.pop();
  return words.join(' ');
}

/** The choices each filter offers, from the claims themselves. */
export function filterChoices(claims: readonly SearchClaim[]): { claimants: string[]; outlets: string[]; kinds: string[] } {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b));
  return {
    claimants: uniq(claims.map((c) => c.claimant)),
    outlets: uniq(claims.map((c) => c.outlet)),
    kinds: uniq(claims.map((c) => c.kind)),
  };
}

/** The naive search the benchmark compares against: every claim, folded, checked for every query word. */
export function naiveSearch(claims: readonly SearchClaim[], query: string): SearchClaim[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return claims.filter((c) => {
    const hay = fold(`${c.words} ${c.summary} ${c.claimant ?? ''} ${c.headline} ${c.outlet}`);
    return words.every((w) => hay.includes(w));
  });
}
