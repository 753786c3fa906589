// Pure placement of margin cards: each level with its paragraph, none overlapping, none pushed off its paragraph.

/** A note card to place: its paragraph's top (document px), its natural height, and whether it is open. */
export interface CardBox {
  want: number;
  height: number;
  open: boolean;
}

/** Where a card goes: its top, and the most it may grow (null: its natural height) before the next card's paragraph. */
export interface Place {
  top: number;
  maxHeight: number | null;
}

export interface ColumnPlan {
  /** The story header's top; `headerFirst` false: there was no room above the article, it follows the cards. */
  header: number;
  headerFirst: boolean;
  cards: Place[];
  /** Below the last card (and the header when it follows them): where the "not shown" list goes. */
  end: number;
}

/** The least height a collapsed card keeps (its heading row): two notes on one line of text still each show a row. */
export const MIN_ROOM = 34;

/**
 * Plans the margin column. The story header ends just above the article's first paragraph, or follows the cards
 * when there is no room above. Each note card starts level with its paragraph and a collapsed card may only grow
 * until the next card's paragraph (it is clipped there; Details opens it), so a card never starts below its
 * paragraph however many notes there are. An open card overlays the cards below it instead of pushing them away.
 * Only paragraphs closer together than MIN_ROOM push the next card down.
 */
export function planColumn(
  headerHeight: number,
  cards: readonly CardBox[],
  o: { articleTop: number; gap: number; minTop: number; maxBottom: number },
): ColumnPlan {
  const above = o.articleTop - o.gap - headerHeight;
  const headerFirst = cards.length === 0 || above >= o.minTop;
  const header = Math.max(o.minTop, above);
  let floor = headerFirst ? header + headerHeight + o.gap : -Infinity;
  const tops = cards.map((c) => {
    const top = Math.max(c.want, floor);
    floor = top + Math.min(c.height, MIN_ROOM) + o.gap;
    return top;
  });
  const places = cards.map((c, i): Place => {
    const next = i + 1 < cards.length ? tops[i + 1]! : o.maxBottom + o.gap;
    const room = next - o.gap - tops[i]!;
    return { top: tops[i]!, maxHeight: !c.open && c.height > room ? Math.max(room, MIN_ROOM) : null };
  });
  const last = places.length - 1;
  const end = last < 0 ? header + headerHeight + o.gap : places[last]!.top + Math.min(cards[last]!.height, places[last]!.maxHeight ?? Infinity) + o.gap;
  if (headerFirst) return { header, headerFirst, cards: places, end };
  return { header: end, headerFirst, cards: places, end: end + headerHeight + o.gap };
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

