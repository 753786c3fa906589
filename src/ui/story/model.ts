// The story page's view of one dataset: every report in publication order, each dispute's sides, each claim's trail.

import { compareCodeUnits } from '../../core/compare';
import { byPublished, comparePublished, isEarlier } from '../../core/published';
import { hostOf } from '../../core/url';
import type { Article, Claim, Dataset, Dispute, Evidence, TimelineEvent } from '../../dataset/types';
import { formatPublished } from '../sidebar/format';
import { diffWords, type DiffPart } from '../sidebar/word-diff';

/** One report of a claim: its words as one article printed them, with that article's facts. */
export interface Report {
  claimId: string;
  file: string;
  paragraph: number;
  outlet: string;
  url: string;
  headline: string;
  published: string;
  words: string;
  /** `quote`: the speaker's own words in quotation marks; `reported`: reported speech or the outlet's own account. */
  form: 'quote' | 'reported';
  /** Person id and name of who speaks in the words (null: the outlet's own voice). */
  speaker: string | null;
  speakerName: string | null;
  claimant: string | null;
  claimantName: string | null;
}

function report(claim: Claim, e: Evidence, article: Article): Report {
  return {
    claimId: claim.id,
    file: e.file,
    paragraph: e.paragraph,
    outlet: article.outlet,
    url: article.url,
    headline: article.headline,
    published: article.published,
    words: e.words,
    form: e.form,
    speaker: e.speaker,
    speakerName: e.speakerName,
    claimant: claim.claimant,
    claimantName: claim.claimantName,
  };
}

/** By publication; reports whose order the record does not show keep file then paragraph order (never a guess). */
export function byReportOrder(a: Report, b: Report): number {
  return byPublished(a.published, b.published) || compareCodeUnits(a.file, b.file) || a.paragraph - b.paragraph;
}

/** Every report of a claim, in publication order. */
export function reportsOf(dataset: Dataset, claim: Claim): Report[] {
  const articles = new Map(dataset.articles.map((a) => [a.file, a]));
  return claim.evidence
    .flatMap((e) => {
      const article = articles.get(e.file);
      return article ? [report(claim, e, article)] : [];
    })
    .sort(byReportOrder);
}

/** Who a report is from, as a reader would say it: the speaker of quoted words, else whose position the outlet reports. */
export function voiceOf(r: Report): string {
  return (r.form === 'quote' ? r.speakerName : null) ?? r.claimantName ?? r.outlet;
}

/**
 * The first reports of a list: one per article published first. Several when the earliest articles fall on the
 * same day with no time recorded (`orderUnknown`): then none is called first over the others.
 */
export function firstReports(reports: readonly Report[]): { reports: Report[]; orderUnknown: boolean } {
  const earliest = reports.filter((r) => !reports.some((o) => isEarlier(o.published, r.published)));
  const byArticle = new Map<string, Report>();
  for (const r of [...earliest].sort(byReportOrder)) if (!byArticle.has(r.file)) byArticle.set(r.file, r);
  const first = [...byArticle.values()];
  return { reports: first, orderUnknown: first.length > 1 };
}

export interface SideView {
  label: string;
  claims: string[];
  /** Every report of the side's claims, in publication order. */
  reports: Report[];
  first: { reports: Report[]; orderUnknown: boolean };
}

export interface DisputeView {
  id: string;
  summary: string;
  sides: SideView[];
}

export function disputeView(dataset: Dataset, dispute: Dispute): DisputeView {
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  return {
    id: dispute.id,
    summary: dispute.summary,
    sides: dispute.sides.map((side) => {
      const reports = side.claims.flatMap((id) => {
        const claim = claims.get(id);
        return claim ? reportsOf(dataset, claim) : [];
      });
      reports.sort(byReportOrder);
      return { label: side.label, claims: side.claims, reports, first: firstReports(reports) };
    }),
  };
}

/** How a report's wording compares with an earlier one, when that comparison says something. */
export type Wording =
  | { kind: 'first' }
  | { kind: 'same'; as: Report }
  | { kind: 'differs'; from: Report; parts: DiffPart[] }
  | { kind: 'own' };

/** Share of words two wordings must have in common before their differences are worth showing word by word. */
export const DIFF_MIN_SHARED = 0.5;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Compares `words` with the earlier reports, nearest first: the same words (ignoring case and punctuation), or a
 * rewording of one of them (most words shared: the changed words are what differ in meaning), or its own wording
 * (a different sentence altogether, where a word diff would only be noise).
 */
export function wordingOf(words: string, earlier: readonly Report[]): Wording {
  if (earlier.length === 0) return { kind: 'first' };
  for (const prev of [...earlier].reverse()) {
    const parts = diffWords(prev.words, words);
    if (parts.every((p) => p.op === 'same')) return { kind: 'same', as: prev };
    const shared = parts.filter((p) => p.op === 'same').reduce((n, p) => n + wordCount(p.text), 0);
    if (shared / Math.max(wordCount(prev.words), wordCount(words)) >= DIFF_MIN_SHARED) return { kind: 'differs', from: prev, parts };
  }
  return { kind: 'own' };
}

export interface TrailStep {
  report: Report;
  /** The first report in its article of the earliest article(s): more than one when their order is unknown. */
  first: boolean;
  /** Another article than the step before's, the same day, with no time recorded: the two are not in a known order. */
  orderUnknown: boolean;
  wording: Wording;
}

export interface ClaimTrail {
  claim: Claim;
  steps: TrailStep[];
  /** Disputes the claim takes part in (id, summary). */
  disputes: { id: string; summary: string }[];
}

export function claimTrail(dataset: Dataset, claim: Claim): ClaimTrail {
  const reports = reportsOf(dataset, claim);
  const first = new Set(firstReports(reports).reports);
  return {
    claim,
    steps: reports.map((r, i) => ({
      report: r,
      first: first.has(r),
      orderUnknown: i > 0 && reports[i - 1]!.file !== r.file && comparePublished(reports[i - 1]!.published, r.published) === null,
      wording: wordingOf(r.words, reports.slice(0, i)),
    })),
    disputes: dataset.disputes.filter((d) => d.sides.some((s) => s.claims.includes(claim.id))).map((d) => ({ id: d.id, summary: d.summary })),
  };
}

/** Every claim's trail, ordered by its first report (then id, for a stable page). */
export function claimTrails(dataset: Dataset): ClaimTrail[] {
  const trails = dataset.claims.map((c) => claimTrail(dataset, c));
  return trails.sort((a, b) => {
    const x = a.steps[0];
    const y = b.steps[0];
    if (!x || !y) return x ? -1 : y ? 1 : compareCodeUnits(a.claim.id, b.claim.id);
    return byReportOrder(x.report, y.report) || compareCodeUnits(a.claim.id, b.claim.id);
  });
}

/** The story's articles in publication order; `orderUnknown` marks one that shares its day with another, times unknown. */
export function orderedArticles(dataset: Dataset): { article: Article; orderUnknown: boolean }[] {
  const sorted = [...dataset.articles].sort((a, b) => byPublished(a.published, b.published) || compareCodeUnits(a.file, b.file));
  return sorted.map((article) => ({
    article,
    orderUnknown: sorted.some((o) => o !== article && comparePublished(o.published, article.published) === null),
  }));
}

/** One place an event is documented, ready to show: an article (outlet and date) or another address (its host). */
export interface EventSourceView {
  label: string;
  url: string;
  /** The article's headline, or the full address. */
  title: string;
  /** The article's paragraphs that report the event, numbered from 1 (none for another address). */
  paragraphs: number[];
}

/** An event's sources, one per article (with its paragraphs) or other address, in the order the dataset gives. */
export function eventSources(dataset: Dataset, event: TimelineEvent): EventSourceView[] {
  const articles = new Map(dataset.articles.map((a) => [a.file, a]));
  const out = new Map<string, EventSourceView>();
  for (const s of event.sources) {
    if ('url' in s) {
      out.set(s.url, out.get(s.url) ?? { label: hostOf(s.url) || s.url, url: s.url, title: s.url, paragraphs: [] });
      continue;
    }
    const a = articles.get(s.file);
    if (!a) continue;
    const view = out.get(a.file) ?? { label: `${a.outlet}, ${formatPublished(a.published)}`, url: a.url, title: a.headline, paragraphs: [] };
    view.paragraphs.push(s.paragraph + 1);
    out.set(a.file, view);
  }
  for (const view of out.values()) view.paragraphs.sort((x, y) => x - y);
  return [...out.values()];
}
