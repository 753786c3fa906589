// Pure placement of margin cards: each wants to sit level with its paragraph; stack them so none overlap.

/** One box to place: where it would like its top to be (document px) and its height. */
export interface Want {
  top: number;
  height: number;
}

/**
 * Tops for boxes in order: each at its wanted top or just below the previous one (forward pass); then, if the
 * stack runs past `maxBottom`, pull boxes up from the end as far as their predecessors allow (backward pass).
 * When the whole stack cannot fit above `maxBottom`, the forward pass stands: running past the end beats overlap.
 */
export function stackTops(wants: Want[], gap: number, maxBottom = Infinity): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  for (const w of wants) {
    const top = Math.max(w.top, floor);
    tops.push(top);
    floor = top + w.height + gap;
  }
  const pulled = [...tops];
  let ceiling = maxBottom;
  for (let i = wants.length - 1; i >= 0; i--) {
    const h = wants[i]!.height;
    if (pulled[i]! + h > ceiling) pulled[i] = ceiling - h;
    ceiling = pulled[i]! - gap;
  }
  return pulled.some((t) => t < 0) ? tops : pulled;
}

/** Where the margin column goes, or null when there is not enough room beside the article. */
export interface MarginColumn {
  left: number;
  width: number;
}

export const CARD_MIN_WIDTH = 240;
export const CARD_MAX_WIDTH = 340;
export const MARGIN_GAP = 16;

/** The column to the right of the article (viewport px), given the article's right edge and the viewport width. */
export function marginColumn(articleRight: number, viewportWidth: number): MarginColumn | null {
  const room = viewportWidth - articleRight - 2 * MARGIN_GAP;
  if (room < CARD_MIN_WIDTH) return null;
  return { left: articleRight + MARGIN_GAP, width: Math.min(CARD_MAX_WIDTH, room) };
}

/** Rough height of a summary card (heading, one or two lines, button) and of a dense one-row card, in px. */
export const SUMMARY_CARD_HEIGHT = 170;

/** Dense cards when summary cards for every note would need more height than the article spans. */
export function needsDense(notes: number, articleSpan: number): boolean {
  return notes * SUMMARY_CARD_HEIGHT > articleSpan;
}
