// Which text the reader has selected for saving as a claim: words in the article's paragraphs, or in a card account.

import type { Attribution } from '../../shared/messages';

/** What 'content/save-claim' carries (src/shared/messages.ts). */
export interface ClaimDraft {
  words: string;
  url: string;
  title: string;
  published: string | null;
  /** Whose words, for an account saved from a card; absent for a selection on the page. */
  attribution?: Attribution;
}

/** The page a selection in the article belongs to. */
export interface PageFacts {
  url: string;
  title: string;
  published: string | null;
}

/** Attributes a card account's words carry so a selection inside them is saved with their own source and voice. */
export const ACCOUNT_ATTRS = {
  url: 'data-url',
  title: 'data-title',
  published: 'data-published',
  form: 'data-form',
  speaker: 'data-speaker',
  outlet: 'data-outlet',
} as const;

const MAX_WORDS = 20_000;

type ComposedSelection = Selection & {
  getComposedRanges?: (...args: unknown[]) => StaticRange[];
};

/** The selection's first range, seen through our open shadow root where the browser can (getComposedRanges). */
function firstRange(doc: Document, shadow: ShadowRoot): AbstractRange | null {
  const sel = doc.getSelection() as ComposedSelection | null;
  if (!sel || sel.rangeCount === 0) return null;
  if (typeof sel.getComposedRanges === 'function') {
    try {
      return sel.getComposedRanges({ shadowRoots: [shadow] })[0] ?? null;
    } catch {
      // Older signature: shadow roots as arguments.
      return sel.getComposedRanges(shadow)[0] ?? null;
    }
  }
  // Chromium before getComposedRanges kept shadow selections on the root.
  const inner = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  if (inner && inner.rangeCount > 0 && !inner.isCollapsed) return inner.getRangeAt(0);
  return sel.getRangeAt(0);
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS);
}

/**
 * The claim the current selection would save, or null when nothing savable is selected: the selection must lie
 * within one card account's words (saved with their source and attribution) or touch one of the article's paragraphs (saved with
 * this page's address, title and date).
 */
export function draftFromSelection(
  doc: Document,
  shadow: ShadowRoot,
  paragraphs: readonly Element[],
  page: PageFacts,
): ClaimDraft | null {
  const r = firstRange(doc, shadow);
  if (!r || r.collapsed) return null;
  const start = elementOf(r.startContainer);
  const end = elementOf(r.endContainer);
  if (!start || !end) return null;
  const range = doc.createRange();
  try {
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
  } catch {
    return null;
  }
  const words = clean(range.toString());
  if (!words) return null;
  if (shadow.contains(start) || shadow.contains(end)) {
    const account = start.closest(`.words[${ACCOUNT_ATTRS.url}]`);
    if (!account || account !== end.closest('.words')) return null;
    const get = (name: string) => account.getAttribute(name) ?? '';
    // Part of a quote is still the speaker's words; part of a report is still the outlet's.
    const form = get(ACCOUNT_ATTRS.form) === 'quote' ? 'quote' : 'reported';
    return {
      words,
      url: get(ACCOUNT_ATTRS.url),
      title: get(ACCOUNT_ATTRS.title),
      published: get(ACCOUNT_ATTRS.published) || null,
      attribution: { form, speaker: get(ACCOUNT_ATTRS.speaker) || null, outlet: get(ACCOUNT_ATTRS.outlet) },
    };
  }
  if (!paragraphs.some((p) => p.isConnected && range.intersectsNode(p))) return null;
  return { words, url: page.url, title: page.title, published: page.published };
}
