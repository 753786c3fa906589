// The margin column's placement in the page: the story header, note cards level with their paragraphs, the "not shown" list.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { planColumn } from './layout';

export const STACK_GAP = 10;
/** A collapsed margin card's padding and borders, and its heading's line height, in px (styles.ts). */
const CARD_CHROME = 12;
const HEADING_LINE = 19;
/** The header never starts above this (document px): clear of the very top of the page. */
const MIN_TOP = 8;

export interface Slot {
  key: string;
  want: number;
  open: boolean;
  node: ComponentChildren;
}

/**
 * The margin column: the story header, one box per note level with its paragraph (clipped where the next
 * paragraph's card starts; see planColumn), and the "not shown" list after them. Tops are written after
 * measuring natural heights, and again whenever a box's content changes size.
 */
export function MarginStack(props: { left: number; width: number; articleTop: number; maxBottom: number; header: ComponentChildren; slots: Slot[]; tail: ComponentChildren }) {
  const column = useRef<HTMLDivElement>(null);
  const place = () => {
    const el = column.current;
    if (!el) return;
    const [head, ...rest] = [...el.children] as HTMLElement[];
    const boxes = rest.slice(0, props.slots.length);
    const tail = rest[props.slots.length];
    const cardOf = (b: HTMLElement) => (b.firstElementChild as HTMLElement | null) ?? b;
    // Natural heights: lift the previous clips, read every height, then write every place (one layout).
    for (const b of boxes) {
      b.classList.remove('clipped', 'trimmed');
      cardOf(b).style.maxHeight = '';
    }
    const sizes = boxes.map((b) => {
      const card = cardOf(b);
      const part = (sel: string) => (card.querySelector(sel) as HTMLElement | null)?.offsetHeight ?? 0;
      return { height: b.offsetHeight, head: part('.card-head'), body: part('.card-body') };
    });
    // An opened timeline lies over the cards below it, as an opened card does: the header is placed as if closed.
    const opened = (head?.querySelector('details[open] > ol') as HTMLElement | null)?.offsetHeight ?? 0;
    const plan = planColumn(
      (head?.offsetHeight ?? 0) - opened,
      boxes.map((_, i) => ({ want: props.slots[i]?.want ?? props.articleTop, height: sizes[i]!.height, open: props.slots[i]?.open ?? false })),
      { articleTop: props.articleTop, gap: STACK_GAP, minTop: MIN_TOP, maxBottom: props.maxBottom },
    );
    const show = (b: HTMLElement | undefined, top: number) => {
      if (!b) return;
      b.style.top = `${Math.round(top)}px`;
      b.style.visibility = 'visible';
    };
    show(head, plan.header);
    boxes.forEach((b, i) => {
      const p = plan.cards[i]!;
      show(b, p.top);
      if (p.maxHeight === null) return;
      // Too tall for its room: first drop the "Show in article" row; if the heading and summary still do not fit,
      // keep the heading row alone, cut to the whole lines that fit (with an ellipsis), never mid-line.
      const { head: h, body } = sizes[i]!;
      if (CARD_CHROME + h + body <= p.maxHeight) return void b.classList.add('trimmed');
      const card = cardOf(b);
      card.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
      card.style.setProperty('--lines', String(Math.max(1, Math.floor((p.maxHeight - CARD_CHROME) / HEADING_LINE))));
      b.classList.add('clipped');
    });
    show(tail, plan.end);
  };
  const placeRef = useRef(place);
  placeRef.current = place;
  useLayoutEffect(place);
  // A box whose content changes size (the timeline opened, fonts loaded) re-places the column.
  useEffect(() => {
    const el = column.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => placeRef.current());
    for (const child of el.children) ro.observe(child.firstElementChild ?? child);
    return () => ro.disconnect();
  }, [props.slots.map((s) => s.key).join('|')]);
  return (
    <div class="column" ref={column} style={{ left: `${props.left}px`, width: `${props.width}px` }}>
      <div class="slot" data-slot="story">
        {props.header}
      </div>
      {props.slots.map((s) => (
        <div class={`slot${s.open ? ' open' : ''}`} key={s.key} data-slot={s.key}>
          {s.node}
        </div>
      ))}
      <div class="slot" data-slot="missing">
        {props.tail}
      </div>
    </div>
  );
}

