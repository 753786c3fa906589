// The sidebar root: margin cards beside their paragraphs on wide screens, a tab and drawer on narrow ones.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Card } from './card';
import { planColumn } from './layout';
import { MissingList } from './missing-list';
import type { SidebarModel } from './model';
import type { ClaimDraft } from './selection';
import { StoryHeader } from './story-header';
import { Drawer } from './drawer';
import { SaveBar, useSaver, type Saver } from './save-bar';

/** Where the notes go: a margin column (host px: left, width, the article's top, each note's paragraph top). */
export type SidebarLayout =
  | {
      mode: 'wide';
      left: number;
      width: number;
      articleTop: number;
      anchors: Record<string, number>;
      maxBottom: number;
    }
  | { mode: 'narrow' };

export interface SidebarProps {
  model: SidebarModel;
  layout: SidebarLayout;
  activeKey: string | null;
  /** Margin cards shown in full (the active one always is); in the drawer every card is. */
  expanded: ReadonlySet<string>;
  drawerOpen: boolean;
  /** Announced politely to screen readers (e.g. after a keyboard jump). */
  status: string;
  onShow: (key: string) => void;
  onToggle: (key: string) => void;
  onOpenDrawer: () => void;
  onCloseDrawer: () => void;
  /** Saving the reader's selection or a quoted account as a claim (absent: no save controls). */
  saver?: Saver;
  /** Escape in the margin: close the open card(s) and put focus back where it was before. */
  onEscape?: () => void;
}

export const STACK_GAP = 10;
/** The header never starts above this (document px): clear of the very top of the page. */
const MIN_TOP = 8;

interface Slot {
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
function MarginStack(props: { left: number; width: number; articleTop: number; maxBottom: number; header: ComponentChildren; slots: Slot[]; tail: ComponentChildren }) {
  const column = useRef<HTMLDivElement>(null);
  const place = () => {
    const el = column.current;
    if (!el) return;
    const [head, ...rest] = [...el.children] as HTMLElement[];
    const boxes = rest.slice(0, props.slots.length);
    const tail = rest[props.slots.length];
    const cardOf = (b: HTMLElement) => (b.firstElementChild as HTMLElement | null) ?? b;
    // Natural heights: lift the previous clips, read every height, then write every place (one layout).
    for (const b of boxes) cardOf(b).style.maxHeight = '';
    const plan = planColumn(
      head?.offsetHeight ?? 0,
      boxes.map((b, i) => ({ want: props.slots[i]?.want ?? props.articleTop, height: b.offsetHeight, open: props.slots[i]?.open ?? false })),
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
      cardOf(b).style.maxHeight = p.maxHeight === null ? '' : `${Math.floor(p.maxHeight)}px`;
      b.classList.toggle('clipped', p.maxHeight !== null);
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

function Notes(props: SidebarProps & { onSave?: (d: ClaimDraft) => void }) {
  const { model } = props;
  return (
    <>
      {model.notes.map((note) => (
        <Card key={note.key} note={note} active={note.key === props.activeKey} expanded onShow={props.onShow} onSave={props.onSave} />
      ))}
    </>
  );
}

export function Sidebar(props: SidebarProps) {
  const { model, layout } = props;
  const aside = useRef<HTMLElement>(null);
  const saving = useSaver(props.saver, () => (aside.current?.getRootNode() as ShadowRoot | undefined) ?? null);
  const onSave = props.saver ? saving.save : undefined;
  const saveBar = props.saver ? <SaveBar state={saving} /> : null;
  const header = (
    <StoryHeader title={model.storyTitle} timeline={model.timeline} articles={model.articles} published={model.published} count={model.notes.length} />
  );
  const status = (
    <p class="sr-only" role="status">
      {props.status}
    </p>
  );
  if (layout.mode === 'narrow') {
    return (
      <aside class="sidebar narrow" aria-label="Counterpoint notes" ref={aside}>
        {status}
        <Drawer open={props.drawerOpen} count={model.notes.length} onOpen={props.onOpenDrawer} onClose={props.onCloseDrawer}>
          {header}
          <Notes {...props} onSave={onSave} />
          <MissingList missing={model.missing} hidden={model.hidden} />
          {/* Inside the modal drawer while it is open, so its button stays in the drawer's tab order. */}
          {props.drawerOpen ? saveBar : null}
        </Drawer>
        {props.drawerOpen ? null : saveBar}
      </aside>
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !props.onEscape) return;
    e.preventDefault();
    props.onEscape();
  };
  const slots: Slot[] = model.notes.map((note) => {
    const open = note.key === props.activeKey || props.expanded.has(note.key);
    return {
      key: note.key,
      want: layout.anchors[note.key] ?? layout.articleTop,
      open,
      node: <Card note={note} active={note.key === props.activeKey} expanded={open} onShow={props.onShow} onToggle={props.onToggle} onSave={onSave} />,
    };
  });
  return (
    <aside class="sidebar wide" aria-label="Counterpoint notes" ref={aside} onKeyDown={onKeyDown}>
      {status}
      <MarginStack
        left={layout.left}
        width={layout.width}
        articleTop={layout.articleTop}
        maxBottom={layout.maxBottom}
        header={header}
        slots={slots}
        tail={<MissingList missing={model.missing} hidden={model.hidden} />}
      />
      {saveBar}
    </aside>
  );
}
