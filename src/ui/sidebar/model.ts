// The sidebar's view model: what to show for one page, built from the engine's AnnotateResult and the story.

import type { Annotation, AnnotateResult, ClaimLink, MissingClaim } from '../../core/types';
import type { TimelineEvent } from '../../dataset/types';

/** One card: the notes for one page paragraph. */
export interface Note {
  /** Stable across re-runs of the same page (same paragraph text), so re-rendering never duplicates a card. */
  key: string;
  /** Position in PageInput.paragraphs (and in the extractor's element list). */
  index: number;
  /** The page paragraph's own text. */
  text: string;
  conflicts: Annotation[];
  earlier: Annotation[];
  /** Why the paragraph was linked to each of its claims (shown on request). */
  links: ClaimLink[];
}

/** A source article a timeline event cites, by file: its outlet names the link to it. */
export interface SourceArticle {
  file: string;
  outlet: string;
  url: string;
  headline: string;
  published?: string;
}

export interface SidebarModel {
  /** The story's id and the dataset article this page is (if any): what a link to the story page carries. */
  storyId: string;
  articleFile: string | null;
  storyTitle: string;
  timeline: TimelineEvent[];
  /** The story's source articles by file, for the timeline's source links. */
  articles: Record<string, SourceArticle>;
  /** This page's publication date (page metadata, else the dataset article's), or null. */
  published: string | null;
  notes: Note[];
  /** Notes for paragraphs that are in the page but hidden from the reader (premium, collapsed): listed, not shown beside them. */
  hidden: Note[];
  missing: MissingClaim[];
}

/** A short stable hash of a string (FNV-1a), for keys. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Notes for every paragraph with at least one annotation, in page order, keyed by text (+ occurrence). */
export function notesOf(result: AnnotateResult): Note[] {
  const seen = new Map<string, number>();
  const notes: Note[] = [];
  for (const p of [...result.paragraphs].sort((x, y) => x.index - y.index)) {
    if (p.annotations.length === 0) continue;
    const base = hash(p.text.replace(/\s+/g, ' ').trim());
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    notes.push({
      key: `p-${base}-${n}`,
      index: p.index,
      text: p.text,
      conflicts: p.annotations.filter((a) => a.kind === 'conflict'),
      earlier: p.annotations.filter((a) => a.kind === 'earlier'),
      links: p.links ?? [],
    });
  }
  return notes;
}

/** The whole sidebar model, or null when the page is not recognised as the story. */
export function buildModel(
  result: AnnotateResult,
  timeline: TimelineEvent[],
  pagePublished: string | null,
  articles: readonly SourceArticle[] = [],
): SidebarModel | null {
  if (!result.story) return null;
  return {
    storyId: result.story.id,
    articleFile: result.article?.file ?? null,
    storyTitle: result.story.title,
    timeline,
    articles: Object.fromEntries(articles.map((a) => [a.file, a])),
    published: pagePublished ?? result.article?.published ?? null,
    notes: notesOf(result),
    hidden: [],
    missing: result.missing,
  };
}
