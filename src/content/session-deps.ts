// What a page session needs from its owner (content/main via the controller): extraction, matching, reporting, saving.
import type { AnnotateResult, PageInput } from '../core/types';
import type { TimelineEvent } from '../dataset/types';
import type { StoryTarget } from '../shared/story-link';
import type { SaveOutcome } from '../ui/sidebar/save-bar';
import type { SourceArticle } from '../ui/sidebar/model';
import type { ClaimDraft } from '../ui/sidebar/selection';
import type { PageReport } from './visible-notes';

export interface Extracted {
  page: PageInput;
  /** elements[i] is the live element of page.paragraphs[i]. */
  elements: Element[];
}

/** The engine's result, and for a recognised story its timeline and source articles (the notes' header). */
export interface PageNotes {
  result: AnnotateResult;
  timeline: TimelineEvent[];
  /** The story's source articles (the timeline links each event to the articles that report it). */
  articles: SourceArticle[];
}

export interface SessionDeps {
  doc: Document;
  extract: (doc: Document, url: string) => Extracted;
  /** The notes for the page: asked of the background's warm engine ('content/annotate'). */
  annotate: (page: PageInput) => Promise<PageNotes>;
  report: (report: PageReport) => void;
  /** The address changed in place (pushState / popstate): the owner starts a new session. */
  onUrlChange: (url: string) => void;
  /** Checked before acting on any page event; false means the extension is gone (the owner cleans up). */
  alive?: () => boolean;
  /** Use overlay boxes even where the CSS Custom Highlight API exists (tests of the fallback). */
  forceOverlay?: boolean;
  /** Saves the reader's selection or a quoted account ('content/save-claim'); absent: no save controls. */
  saveClaim?: (draft: ClaimDraft) => Promise<SaveOutcome>;
  /** Opens the story page ('content/open-story'); absent: no links to it. */
  openStory?: (target: StoryTarget) => void;
}
