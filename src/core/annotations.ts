// Margin notes for one matched paragraph: conflicting accounts (other sides of disputes) and earlier reporting.
import type { Article, Evidence } from '../dataset/types';
import type { Annotation } from './types';
import type { DatasetIndex, IndexedEvidence } from './dataset-index';
import type { ClaimHit } from './claim-match';
import { pageWordsFor } from './claim-match';
import { compareCodeUnits } from './compare';
import { normalizeText } from './normalize';
import { isEarlier } from './published';

/**
 * How many notes beside one paragraph: more crowds the margin. Conflicting accounts: first every dispute the
 * paragraph touches gets the best account from each opposing side (however many that is), then disputes get
 * second accounts, round by round, while fewer than MAX_CONFLICTS_PER_PARAGRAPH are shown. Earlier reporting:
 * one report per earlier article, the earliest first.
 */
export const MAX_CONFLICTS_PER_PARAGRAPH = 4;
export const MAX_EARLIER_PER_PARAGRAPH = 3;

export interface PageContext {
  /** The dataset article this page is, if any: never cited as earlier reporting. */
  article: Article | null;
  /** The page's publication time (page metadata, else the dataset article's), or null when unknown. */
  published: string | null;
  /** Conflicting accounts per claim, gathered once per page. */
  conflictCache?: Map<string, Pending[]>;
}

const QUOTE_MARK = /["\u201C\u201D]/;

/** `file#paragraph` keys of the dataset paragraphs this page paragraph is (never annotated with themselves). */
export type OwnRefs = ReadonlySet<string>;

export const refKey = (file: string, paragraph: number): string => `${file}#${paragraph}`;

/** A note before it is built: sorting and capping happen on these, so only the shown notes are materialised. */
interface Pending {
  kind: Annotation['kind'];
  e: Evidence;
  claimId: string;
  rank: number;
  dispute: Annotation['dispute'];
  orderUnknown: boolean;
  hit: ClaimHit | null;
  /** 0 when the claimant speaks the evidence's words, 1 for a report of them (the claimant's own words sort first). */
  indirect: number;
  /**
   * 0 for a direct quote, 1 for a report that quotes some of the speaker's words, 2 for a report without them:
   * a claimant's own words are shown first.
   */
  voice: number;
  /** Keys for de-duplication, made once per note rather than once per comparison: `file#paragraph`, ... */
  ref: string;
  /** ...one note per disputing claim (its earliest report) and one per earlier article... */
  dedupe: string;
  /** ...and never the same kind of note from the same paragraph twice. */
  kindRef: string;
}

/** A pending note with its keys made (one object literal, so every pending note has the same shape). */
function pending(
  index: DatasetIndex,
  kind: Pending['kind'],
  e: Evidence,
  claimId: string,
  dispute: Pending['dispute'],
  orderUnknown: boolean,
  hit: ClaimHit | null,
): Pending {
  const ref = refKey(e.file, e.paragraph);
  return {
    kind,
    e,
    claimId,
    rank: index.publishRank.get(e.file) ?? Infinity,
    dispute,
    orderUnknown,
    hit,
    indirect: e.speaker === index.claimById.get(claimId)?.claimant ? 0 : 1,
    voice: e.form === 'quote' ? 0 : QUOTE_MARK.test(e.words) ? 1 : 2,
    ref,
    dedupe: kind === 'conflict' ? `conflict|${claimId}` : `earlier|${e.file}`,
    kindRef: `${kind}|${ref}`,
  };
}

function allConflicts(index: DatasetIndex, claimId: string): Pending[] {
  const out: Pending[] = [];
  for (const dispute of index.disputesByClaim.get(claimId) ?? []) {
    const mine = dispute.sides.find((s) => s.claims.includes(claimId));
    for (const side of dispute.sides) {
      if (side === mine || side.claims.includes(claimId)) continue;
      for (const otherId of side.claims) {
        for (const e of index.claimById.get(otherId)?.evidence ?? []) {
          const about = { id: dispute.id, summary: dispute.summary, side: side.label };
          out.push(pending(index, 'conflict', e, otherId, about, false, null));
        }
      }
    }
  }
  return out;
}

function conflicts(index: DatasetIndex, claimId: string, page: PageContext): Pending[] {
  page.conflictCache ??= new Map();
  let all = page.conflictCache.get(claimId);
  if (!all) {
    all = allConflicts(index, claimId);
    page.conflictCache.set(claimId, all);
  }
  return all;
}

function earlier(index: DatasetIndex, hit: ClaimHit, page: PageContext): Pending[] {
  const out: Pending[] = [];
  const orderUnknown = page.published === null;
  for (const e of index.claimById.get(hit.claimId)?.evidence ?? []) {
    if (page.article && e.file === page.article.file) continue;
    const article = index.articleByFile.get(e.file);
    if (!article || (!orderUnknown && !isEarlier(article.published, page.published))) continue;
    out.push(pending(index, 'earlier', e, hit.claimId, null, orderUnknown, hit));
  }
  return out;
}

/** Normalised quote of each evidence, computed once (the dataset does not change under an index). */
const normalizedQuotes = new WeakMap<Evidence, string>();
function normalizedQuote(e: Evidence): string {
  let q = normalizedQuotes.get(e);
  if (q === undefined) {
    q = normalizeText(e.words);
    normalizedQuotes.set(e, q);
  }
  return q;
}

/** The page paragraph's own words for a hit's evidence, raw and normalised; one paragraph's notes share them. */
type OwnWords = Map<IndexedEvidence | null, { raw: string; normalized: string }>;

function build(index: DatasetIndex, p: Pending, text: string, ownWords: OwnWords): Annotation | null {
  const article = index.articleByFile.get(p.e.file);
  const claim = index.claimById.get(p.claimId);
  if (!article || !claim) return null;
  let differsFrom: string | null = null;
  if (p.kind === 'earlier') {
    const ev = p.hit?.evidence ?? null;
    let own = ownWords.get(ev);
    if (!own) {
      const raw = pageWordsFor(index, text, ev);
      own = { raw, normalized: normalizeText(raw) };
      ownWords.set(ev, own);
    }
    differsFrom = own.normalized.includes(normalizedQuote(p.e)) ? null : own.raw;
  }
  return {
    kind: p.kind,
    file: p.e.file,
    paragraph: p.e.paragraph,
    outlet: article.outlet,
    // Who speaks in these words: a minister confirming a whip's statement is quoted as the minister.
    claimant: p.e.speakerName,
    published: article.published,
    url: article.url,
    headline: article.headline,
    quote: p.e.words,
    form: p.e.form,
    claimId: p.claimId,
    summary: claim.summary,
    dispute: p.dispute,
    differsFrom,
    orderUnknown: p.orderUnknown,
  };
}

/** Best account first: a direct quote, then the claimant's own voice, then the earliest report, then file order. */
function byBestAccount(a: Pending, b: Pending): number {
  return a.voice - b.voice || a.indirect - b.indirect || a.rank - b.rank || compareCodeUnits(a.e.file, b.e.file) || a.e.paragraph - b.e.paragraph;
}

/** Earliest report first; among reports of one article, the claimant's own quoted words first. */
function byPublication(a: Pending, b: Pending): number {
  return a.rank - b.rank || a.voice - b.voice || a.indirect - b.indirect || compareCodeUnits(a.e.file, b.e.file) || a.e.paragraph - b.e.paragraph;
}

/**
 * The conflicting accounts to show, grouped by dispute in the order the paragraph's claims meet them. Round one
 * takes the best account from every opposing side of every dispute (an account already shown for another dispute
 * only when its side has no other), so one dispute never crowds out another; later rounds add one more account
 * per side while fewer than MAX_CONFLICTS_PER_PARAGRAPH are shown. Never two accounts of one claim or one paragraph.
 */
function pickConflicts(candidates: readonly Pending[], own: OwnRefs): Pending[] {
  const slots = new Map<string, Pending[]>();
  for (const p of candidates) {
    if (own.has(p.ref)) continue;
    const slot = `${p.dispute?.id ?? ''}|${p.dispute?.side ?? p.claimId}`;
    slots.set(slot, [...(slots.get(slot) ?? []), p]);
  }
  const queues = [...slots.values()].map((q) => q.sort(byBestAccount));
  const picked: Pending[][] = queues.map(() => []);
  const seen = new Set<string>();
  const take = (i: number, reuse: boolean): boolean => {
    const q = queues[i]!;
    const at = q.findIndex((p) => !seen.has(p.dedupe) && !seen.has(p.kindRef));
    const p = at >= 0 ? q.splice(at, 1)[0] : reuse ? q.shift() : undefined;
    if (!p) return false;
    seen.add(p.dedupe);
    seen.add(p.kindRef);
    picked[i]!.push(p);
    return true;
  };
  let shown = 0;
  for (let i = 0; i < queues.length; i++) if (take(i, true)) shown++;
  for (let more = true; more && shown < MAX_CONFLICTS_PER_PARAGRAPH; ) {
    more = false;
    for (let i = 0; i < queues.length && shown < MAX_CONFLICTS_PER_PARAGRAPH; i++) {
      if (take(i, false)) {
        shown++;
        more = true;
      }
    }
  }
  return picked.flat();
}

/** The earlier reports to show: one per earlier article, the earliest first, at most MAX_EARLIER_PER_PARAGRAPH. */
function pickEarlier(candidates: readonly Pending[], own: OwnRefs): Pending[] {
  const out: Pending[] = [];
  const seen = new Set<string>();
  for (const p of [...candidates].sort(byPublication)) {
    if (out.length === MAX_EARLIER_PER_PARAGRAPH) break;
    if (own.has(p.ref) || seen.has(p.dedupe) || seen.has(p.kindRef)) continue;
    seen.add(p.dedupe);
    seen.add(p.kindRef);
    out.push(p);
  }
  return out;
}

/** All notes for one page paragraph: conflicting accounts by dispute, then earlier reporting by publication. */
export function annotateParagraph(
  index: DatasetIndex,
  hits: readonly ClaimHit[],
  text: string,
  own: OwnRefs,
  page: PageContext,
): Annotation[] {
  const conflicting: Pending[] = [];
  const reported: Pending[] = [];
  for (const hit of hits) {
    conflicting.push(...conflicts(index, hit.claimId, page));
    reported.push(...earlier(index, hit, page));
  }
  const out: Annotation[] = [];
  const ownWords: OwnWords = new Map();
  for (const p of [...pickConflicts(conflicting, own), ...pickEarlier(reported, own)]) {
    const a = build(index, p, text, ownWords);
    if (a) out.push(a);
  }
  return out;
}
