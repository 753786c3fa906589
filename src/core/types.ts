// Plain-data contracts between extraction, the matching engine, the sidebar and the CLI.

/** An article page as extraction sees it: metadata plus its paragraphs in reading order. DOM-free. */
export interface PageInput {
  url: string;
  canonicalUrl: string | null;
  headline: string | null;
  /** Site or publisher name, e.g. "RNZ", "NZ Herald", "Newshub", "Stuff". */
  outlet: string | null;
  /** ISO date or date-time with offset, from JSON-LD or meta tags; null when unknown. */
  published: string | null;
  /** Meta keywords / news keywords, lower-cased. */
  keywords: string[];
  /** The article's paragraphs in page order (captions, promos, ads and paywall prompts removed). */
  paragraphs: string[];
}

export interface StoryMatch {
  id: string;
  title: string;
  /** 0..1; the story is recognised at or above the engine's threshold. */
  score: number;
  /** Short human-readable reasons, for debugging and the popup ("Herald id DFLAUODS…", "12 paragraphs matched"). */
  reasons: string[];
}

/** Which dataset paragraph a page paragraph is, as published (possibly edited). */
export interface SourceRef {
  file: string;
  paragraph: number;
  /** 0..1 */
  similarity: number;
}

export type AnnotationKind = 'conflict' | 'earlier';

export interface Annotation {
  kind: AnnotationKind;
  /** Where the words come from: source article file and paragraph number. */
  file: string;
  paragraph: number;
  outlet: string;
  /** Display name of who said it; null for the outlet's own reporting. */
  claimant: string | null;
  published: string;
  url: string;
  headline: string;
  /** The words as that article reported them. */
  quote: string;
  /** `quote`: `claimant`'s own words (show them in quotation marks under the name); `reported`: the outlet's report. */
  form: 'quote' | 'reported';
  /** The claim these words are evidence for, and its neutral one-line summary (what a card is about). */
  claimId: string;
  summary: string;
  /** For `conflict`: the dispute, its neutral one-line summary, and the side label of the quoted claim. */
  dispute: { id: string; summary: string; side: string } | null;
  /** For `earlier`: this page's own words for the same claim, when they differ from the earlier report. */
  differsFrom: string | null;
  /** For `earlier` when the page's date is unknown: true; the sidebar then labels by date instead of "earlier". */
  orderUnknown: boolean;
}

export interface ParagraphResult {
  /** Position in PageInput.paragraphs. */
  index: number;
  text: string;
  source: SourceRef | null;
  /** Claims this paragraph reports (by containing or restating their evidence). */
  claims: string[];
  /**
   * Why each claim was linked, for the reader who asks: `source` (this is that dataset paragraph), `quote` or
   * `restated` (its evidence words), `paraphrase` (in other words: who speaks, and the page's words that filled
   * the claim's vocabulary).
   */
  links: ClaimLink[];
  annotations: Annotation[];
}

export interface ClaimLink {
  claimId: string;
  /** The claim's one-line summary (in the speaker's own verbs). */
  summary: string;
  via: 'source' | 'quote' | 'restated' | 'paraphrase';
  /** Display name of who the paragraph has speaking (or whom an outlet's report is about), when known. */
  speaker: string | null;
  /** The page's own words that made the link (paraphrase only). */
  terms: string[];
}

/** A claim the dataset records for this article that the page does not show (paywall, trimmed version). */
export interface MissingClaim {
  claimId: string;
  summary: string;
  claimant: string | null;
  file: string;
  paragraph: number;
  words: string;
}

export interface AnnotateResult {
  url: string;
  story: StoryMatch | null;
  /** The dataset article this page is (by URL, Herald id or content), if any. */
  article: { file: string; outlet: string; headline: string; published: string } | null;
  paragraphs: ParagraphResult[];
  missing: MissingClaim[];
}

/** The public `counterpoint annotate` JSON shape (a projection of AnnotateResult; other tools depend on it). */
export interface CliOutput {
  url: string;
  story: null | { id: string; title: string; score: number };
  paragraphs: {
    index: number;
    text: string;
    source: null | { file: string; paragraph: number; similarity: number };
    annotations: {
      kind: AnnotationKind;
      file: string;
      paragraph: number;
      outlet: string;
      claimant: string | null;
      published: string;
      url: string;
      quote: string;
      /** Added after the first release: "quote" when `quote` is `claimant`'s own words, else "reported". */
      form: 'quote' | 'reported';
    }[];
  }[];
}
