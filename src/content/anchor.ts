// Paragraph <-> DOM mapping: which live element each note belongs to, and which note a dataset paragraph is.

import type { AnnotateResult, ParagraphResult } from '../core/types';
import type { Note } from '../ui/sidebar/model';
import type { Mark } from './highlighter';

/** Normalized text for comparing a page paragraph with its element's current text. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The live element of each note: the extractor's element for the note's paragraph index, provided it is still
 * in the document and still holds the paragraph's text (a late re-render may have replaced it).
 */
export function anchorNotes(notes: Note[], elements: readonly Element[]): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const note of notes) {
    const el = elements[note.index];
    if (!el || !el.isConnected) continue;
    const want = squash(note.text);
    const have = squash(el.textContent ?? '');
    if (have.includes(want.slice(0, 60))) out.set(note.key, el);
  }
  return out;
}

/** Highlight marks for anchored notes: a paragraph with any conflicting account is marked as a conflict. */
export function marksFor(notes: Note[], anchors: Map<string, Element>): Mark[] {
  const marks: Mark[] = [];
  for (const note of notes) {
    const element = anchors.get(note.key);
    if (element) marks.push({ key: note.key, element, kind: note.conflicts.length ? 'conflict' : 'earlier' });
  }
  return marks;
}

/**
 * The page paragraph a dataset paragraph (file, paragraph) appears as: the one that *is* that source
 * paragraph, else one annotated with words from it. Returns its index in PageInput.paragraphs, or -1.
 */
export function pageIndexOf(result: AnnotateResult, file: string, paragraph: number): number {
  const is = (p: ParagraphResult) => p.source?.file === file && p.source.paragraph === paragraph;
  const cites = (p: ParagraphResult) => p.annotations.some((a) => a.file === file && a.paragraph === paragraph);
  return (result.paragraphs.find(is) ?? result.paragraphs.find(cites))?.index ?? -1;
}
