// What a page session shows under the reader's settings: the visible notes, and the report for the badge and popup.
import { isEnabledFor, type Settings } from '../shared/settings';
import type { Note, SidebarModel } from '../ui/sidebar/model';

/** What this page shows, for the badge and popup ('content/annotated'). */
export interface PageReport {
  url: string;
  storyId: string | null;
  count: number;
  counts: { conflict: number; earlier: number };
}

/** The visible notes under the settings: hidden kinds removed, notes left empty dropped. */
export function visibleModel(model: SidebarModel, settings: Settings, host: string): SidebarModel | null {
  if (!isEnabledFor(settings, host)) return null;
  const kinds = (notes: Note[]): Note[] =>
    notes
      .map((n) => ({
        ...n,
        conflicts: settings.kinds.conflict ? n.conflicts : [],
        earlier: settings.kinds.earlier ? n.earlier : [],
      }))
      .filter((n) => n.conflicts.length + n.earlier.length > 0);
  return { ...model, notes: kinds(model.notes), hidden: kinds(model.hidden) };
}

/**
 * The notes the reader can see beside their paragraphs, and the rest moved to `hidden` (their paragraph is in the
 * page but hidden: premium, collapsed); notes whose paragraph is gone keep their place until the next run.
 */
export function splitHidden(model: SidebarModel, anchors: ReadonlyMap<string, Element>, isHidden: (el: Element) => boolean): SidebarModel {
  const hidden = model.notes.filter((n) => {
    const el = anchors.get(n.key);
    return el !== undefined && isHidden(el);
  });
  if (hidden.length === 0) return model;
  return { ...model, notes: model.notes.filter((n) => !hidden.includes(n)), hidden: [...model.hidden, ...hidden] };
}

/** The report for the notes shown on `url` (none when `shown` is null). */
export function pageReport(url: string, storyId: string | null, shown: SidebarModel | null): PageReport {
  const notes = shown?.notes ?? [];
  return {
    url,
    storyId,
    count: notes.length,
    counts: {
      conflict: notes.reduce((n, x) => n + x.conflicts.length, 0),
      earlier: notes.reduce((n, x) => n + x.earlier.length, 0),
    },
  };
}

/**
 * How many of `notes` (in page order) the first render needs: those whose paragraph starts above `bottom` (the
 * viewport's bottom edge, px from its top), and one more, so the last visible card is clipped by its real neighbour.
 * The rest are rendered a frame later (PageSession.paint), so the first screenful paints sooner.
 */
export function firstScreenful(notes: readonly Note[], anchors: ReadonlyMap<string, Element>, bottom: number): number {
  const above = notes.filter((n) => {
    const el = anchors.get(n.key);
    return el !== undefined && el.getBoundingClientRect().top < bottom;
  }).length;
  return Math.min(notes.length, above + 1);
}
