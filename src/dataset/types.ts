// The shape of a built story dataset: what `build:data` emits and what the extension and CLI load.

/** How a paragraph of a source article functions on the page. Only `body` paragraphs carry claims. */
export type ParagraphRole = 'headline' | 'caption' | 'body' | 'credit' | 'promo';

/** How a claim reached the article: the claimant's own words, a reporter's paraphrase, or the outlet's own account. */
export type ClaimKind = 'quote' | 'paraphrase' | 'report';

/** A publication time as the record shows it: a date alone ("2022-08-12") or a full ISO time with offset. */
export type Published = string;

export interface Person {
  id: string;
  name: string;
  /** Other names the texts use: "Dr Sharma", "Sharma", "Gaurav". */
  aliases: string[];
  role: string;
}

/** Where a timeline event is reported: a paragraph of a source article, or a public URL (events after the five articles). */
export type EventSource = { file: string; paragraph: number } | { url: string };

export interface TimelineEvent {
  /** YYYY-MM-DD */
  date: string;
  /** What happened, in the words of `sources.json` or the articles; nothing its sources do not say. */
  what: string;
  /** At least one source for every event. */
  sources: EventSource[];
  /** Files of the source articles among `sources` (derived), for placing articles on the timeline. */
  articles: string[];
}

/** What recognises coverage of the story, used by the gate (cheap) and story recognition (full). */
export interface StorySignals {
  /** Lower-case words, at least one of which must appear in a page's URL, title or meta for the gate to pass. */
  gateWords: string[];
  /** Weighted phrases (normalized, lower-case) whose presence in a page supports the story. */
  terms: { text: string; weight: number }[];
  /** Phrases that must co-occur with the terms: without one of these, terms alone never recognise the story. */
  anchors: string[];
  /** Known URLs of the story's articles (any form; compared after normalization). */
  urls: string[];
  /** Stable ids at the end of NZ Herald URLs, which survive slug changes. */
  heraldIds: string[];
  /** Dates (YYYY-MM-DD) between which coverage is plausible; pages dated outside are scored down. */
  window: { from: string; to: string };
}

export interface Story {
  id: string;
  title: string;
  summary: string;
  people: Person[];
  timeline: TimelineEvent[];
  signals: StorySignals;
}

export interface DatasetParagraph {
  /** The N-th non-empty line of the source file, from 0. */
  index: number;
  text: string;
  role: ParagraphRole;
  /** Ids of claims with evidence in this paragraph. */
  claims: string[];
  /** For a body paragraph without claims: why it carries none. */
  context: string | null;
}

export interface Article {
  /** The source article's original file name, e.g. "004_f67e6a7c87161c73.txt". */
  file: string;
  outlet: string;
  headline: string;
  url: string;
  /** Other addresses the same article is known by (archive moves, older slugs). */
  altUrls: string[];
  published: Published;
  paragraphs: DatasetParagraph[];
}

import type { ReportForm } from './quotes';
export type { ReportForm } from './quotes';

export interface Evidence {
  file: string;
  paragraph: number;
  /** Exact words, found verbatim in the paragraph's text: whole sentences or clauses. */
  words: string;
  /**
   * `quote`: the words sit inside quotation marks and are `speaker`'s own. `reported`: reported speech or the
   * outlet's own account; the outlet is the voice and the words must never be shown as `speaker`'s.
   */
  form: ReportForm;
  /** Person id of who speaks in these words, when not the claimant (a minister confirming a whip's statement); null for the outlet's own voice. */
  speaker: string | null;
  /** Display name of `speaker`, or null for the outlet's own voice. */
  speakerName: string | null;
  /** True when `build:data` found this report automatically rather than from the curated file. */
  derived: boolean;
}

export interface Claim {
  id: string;
  /** Person id, or null for the outlet's own reporting. */
  claimant: string | null;
  /** Display name of the claimant, or null for the outlet's own reporting. */
  claimantName: string | null;
  kind: ClaimKind;
  summary: string;
  /** A curator's note, e.g. how an attribution was established; null when there is none. */
  note: string | null;
  /** Every report of this claim, in order of publication (ties keep file order; see `comparePublished`). */
  evidence: Evidence[];
}

export interface DisputeSide {
  /** One short neutral line for this position, e.g. "Sharma: bullying of MPs is rampant". */
  label: string;
  claims: string[];
}

export interface Dispute {
  id: string;
  /** One neutral line saying what is disputed. */
  summary: string;
  sides: DisputeSide[];
}

/**
 * How the story is said in other words (data/<story>/vocabulary.yaml): who a description names, the words that
 * express a concept, and what a paragraph must say to state each claim. Entries are lower-case words or phrases,
 * compared after stemming; `~name` stands for a concept's words.
 */
export interface Vocabulary {
  /** Person id -> descriptions that name them besides their name and aliases ("the chief whip"). */
  roles: Record<string, string[]>;
  /** Person id -> the pronoun that may continue that person's words into the next paragraph. */
  pronouns: Record<string, 'he' | 'she'>;
  /** Concept -> the words and phrases that express it ("gaslight": gaslit, gaslighting). */
  concepts: Record<string, string[]>;
  /** Claim id -> slots a paragraph must all fill (each with any one entry) to state the claim in other words. */
  claims: Record<string, VocabularyClaim>;
}

export interface VocabularyClaim {
  need: string[][];
  /** For the outlet's own reporting (no claimant to name): the person the paragraph must be about. */
  about: string | null;
}

export interface Dataset {
  /** Format version of this file. */
  format: 1;
  /** Content hash of the curated data and source texts: changes whenever anything in them changes. */
  version: string;
  story: Story;
  articles: Article[];
  claims: Claim[];
  disputes: Dispute[];
  /** Absent in datasets built before paraphrase matching (and in small test datasets): no paraphrase links. */
  vocabulary?: Vocabulary;
}
