// The sidebar root: margin cards beside their paragraphs on wide screens, a tab and drawer on narrow ones.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Card } from './card';
import { stackTops } from './layout';
import { MissingList } from './missing-list';
import type { SidebarModel } from './model';
import type { ClaimDraft } from './selection';
import { StoryHeader } from './story-header';
import { Drawer } from './drawer';
import { SaveBar, useSaver, type Saver } from './save-bar';
import type { StoryTarget } from '../../shared/story-link';

/** Where the notes go: a margin column (host px: left, width, the article's top, each note's paragraph top). */
export type SidebarLayout =
  | {
      mode: 'wide';
      left: number;
      width: number;
      articleTop: number;
      anchors: Record<string, number>;
      maxBottom: number;
      /** Too many notes for summary cards to sit beside their paragraphs: collapse them to one row. */
      dense: boolean;
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
  /** Opens the story page, landing on a place (`dispute-<id>`) or at the top (absent: no links to it). */
  onOpenStory?: (target: StoryTarget) => void;
}

export const STACK_GAP = 10;

interface Slot {
  key: string;
  want: number;
  node: ComponentChildren;
}

/** Absolutely placed boxes in one column, stacked so none overlap; tops are written after measuring heights. */
function MarginStack(props: { left: number; width: number; maxBottom: number; slots: Slot[] }) {
  const column = useRef<HTMLDivElement>(null);
  const place = () => {
    const boxes = [...(column.current?.children ?? [])] as HTMLElement[];
    const tops = stackTops(
      boxes.map((el, i) => ({ top: props.slots[i]?.want ?? 0, height: el.offsetHeight })),
      STACK_GAP,
      props.maxBottom,
    );
    boxes.forEach((el, i) => {
      el.style.top = `${Math.round(tops[i]!)}px`;
      el.style.visibility = 'visible';
    });
  };
  const placeRef = useRef(place);
  placeRef.current = place;
  useLayoutEffect(place);
  // A card that grows (the timeline opened, fonts loaded) restacks the column.
  useEffect(() => {
    const el = column.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => placeRef.current());
    for (const child of el.children) ro.observe(child);
    return () => ro.disconnect();
  }, [props.slots.map((s) => s.key).join('|')]);
  return (
    <div class="column" ref={column} style={{ left: `${props.left}px`, width: `${props.width}px` }}>
      {props.slots.map((s) => (
        <div class="slot" key={s.key} data-slot={s.key}>
          {s.node}
        </div>
      ))}
    </div>
  );
}

function Notes(props: SidebarProps & { onSave?: (d: ClaimDraft) => void; onOpenDispute?: (id: string) => void }) {
  const { model } = props;
  return (
    <>
      {model.notes.map((note) => (
        <Card
          key={note.key}
          note={note}
          active={note.key === props.activeKey}
          expanded
          onShow={props.onShow}
          onSave={props.onSave}
          onOpenDispute={props.onOpenDispute}
        />
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
  const openStory = props.onOpenStory;
  const open = openStory
    ? (place: string | null) => openStory({ story: model.storyId, article: model.articleFile, published: model.published, place })
    : undefined;
  const onOpenDispute = open && ((id: string) => open(`dispute-${id}`));
  const header = (
    <StoryHeader
      title={model.storyTitle}
      timeline={model.timeline}
      published={model.published}
      count={model.notes.length}
      onOpenStory={open && (() => open(null))}
    />
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
          <Notes {...props} onSave={onSave} onOpenDispute={onOpenDispute} />
          <MissingList missing={model.missing} />
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
  const slots: Slot[] = [{ key: 'story', want: layout.articleTop, node: header }];
  for (const note of model.notes) {
    slots.push({
      key: note.key,
      want: layout.anchors[note.key] ?? layout.articleTop,
      node: (
        <Card
          note={note}
          active={note.key === props.activeKey}
          expanded={note.key === props.activeKey || props.expanded.has(note.key)}
          dense={layout.dense}
          onShow={props.onShow}
          onToggle={props.onToggle}
          onSave={onSave}
          onOpenDispute={onOpenDispute}
        />
      ),
    });
  }
  if (model.missing.length) {
    slots.push({ key: 'missing', want: slots[slots.length - 1]!.want, node: <MissingList missing={model.missing} /> });
  }
  return (
    <aside class="sidebar wide" aria-label="Counterpoint notes" ref={aside} onKeyDown={onKeyDown}>
      {status}
      <MarginStack left={layout.left} width={layout.width} maxBottom={layout.maxBottom} slots={slots} />
      {saveBar}
    </aside>
  );
}
