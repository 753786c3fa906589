// The sidebar root: margin cards beside their paragraphs on wide screens, a tab and drawer on narrow ones.

import { useRef } from 'preact/hooks';
import { Card } from './card';
import { MarginStack, type Slot } from './margin-stack';
import { MissingList } from './missing-list';
import type { StoryTarget } from '../../shared/story-link';
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
  /** All notes on the page, when `model` holds only the first screenful of them so far (the header counts all). */
  total?: number;
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
  const openAt = openStory
    ? (place: string | null) => openStory({ story: model.storyId, article: model.articleFile, published: model.published, place })
    : undefined;
  const onOpenDispute = openAt && ((id: string) => openAt(`dispute-${id}`));
  const header = (
    <StoryHeader
      title={model.storyTitle}
      timeline={model.timeline}
      articles={model.articles}
      published={model.published}
      count={props.total ?? model.notes.length}
      onOpenStory={openAt && (() => openAt(null))}
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
      node: (
        <Card
          note={note}
          active={note.key === props.activeKey}
          expanded={open}
          onShow={props.onShow}
          onToggle={props.onToggle}
          onSave={onSave}
          onOpenDispute={onOpenDispute}
        />
      ),
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
