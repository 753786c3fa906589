// One margin card: the conflicting accounts and earlier reporting for one page paragraph.

import type { Annotation } from '../../core/types';
import { Account } from './account';
import { DiffView } from './diff-view';
import { excerpt, formatPublished } from './format';
import type { Note } from './model';
import type { ClaimDraft } from './selection';
import { versionOf } from './word-diff';
import { Why } from './why';

/** The id of a note's card element inside the shadow root (focus target). */
export function cardId(key: string): string {
  return `cp-card-${key}`;
}

/** What a card is about, in one line: its first dispute's neutral summary, else the claim reported earlier. */
export function topicOf(note: Note): { label: string; text: string } {
  const dispute = note.conflicts.find((a) => a.dispute)?.dispute;
  if (dispute) return { label: 'Disputed:', text: dispute.summary };
  const first = note.conflicts[0] ?? note.earlier[0];
  if (!first) return { label: '', text: excerpt(note.text) };
  const label = note.conflicts.length ? 'Disputed:' : note.earlier.every((a) => a.orderUnknown) ? 'Also reported:' : 'Reported earlier:';
  return { label, text: first.summary };
}

/** The disputes of a card, in order, each with its accounts grouped by side. */
function disputesOf(items: Annotation[]) {
  const groups = new Map<string, { summary: string | null; sides: Map<string, Annotation[]> }>();
  for (const a of items) {
    const id = a.dispute?.id ?? `claim:${a.claimId}`;
    const group = groups.get(id) ?? { summary: a.dispute?.summary ?? null, sides: new Map<string, Annotation[]>() };
    const side = a.dispute?.side ?? '';
    group.sides.set(side, [...(group.sides.get(side) ?? []), a]);
    groups.set(id, group);
  }
  return groups;
}

/** Opens the story page at this dispute: every side's accounts in order, not only those that dispute this paragraph. */
function DisputeLink(props: { id: string; summary: string; onOpen: (id: string) => void }) {
  return (
    <button type="button" class="dispute-link" onClick={() => props.onOpen(props.id)}>
      The whole dispute<span class="sr-only">: {props.summary}</span>
    </button>
  );
}

/** Conflicting accounts, grouped under each dispute's neutral one-line summary (but the card's heading's), then by side. */
function Conflicts(props: { items: Annotation[]; topic: string; onSave?: (d: ClaimDraft) => void; onOpenDispute?: (id: string) => void }) {
  return (
    <section class="section conflict">
      <h4>Conflicting accounts</h4>
      {[...disputesOf(props.items)].map(([id, g]) => (
        <div class="dispute" key={id} data-dispute={id}>
          {g.summary && g.summary !== props.topic ? <p class="dispute-line">{g.summary}</p> : null}
          {g.summary && props.onOpenDispute ? <DisputeLink id={id} summary={g.summary} onOpen={props.onOpenDispute} /> : null}
          {[...g.sides].map(([side, items]) => (
            <div class="side-group" key={side}>
              {side ? <p class="side-label">{side}</p> : null}
              <ul class="items">
                {items.map((a) => (
                  <li key={`${a.file}:${a.paragraph}:${a.claimId}`} data-form={a.form}>
                    <Account a={a} onSave={props.onSave} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

function Earlier(props: { items: Annotation[]; onSave?: (d: ClaimDraft) => void }) {
  const allUnknown = props.items.every((a) => a.orderUnknown);
  return (
    <section class="section earlier">
      <h4>{allUnknown ? 'Other reporting, by date' : 'Earlier reporting'}</h4>
      <ul class="items">
        {props.items.map((a) => {
          // Only a page sentence that is a version of the earlier one is worth a word-by-word comparison.
          const version = a.differsFrom === null ? null : versionOf(a.quote, a.differsFrom);
          return (
            <li key={`${a.file}:${a.paragraph}:${a.claimId}`} data-form={a.form}>
              {a.orderUnknown ? <p class="side">Order unknown: this page has no date</p> : null}
              <Account a={a} onSave={props.onSave} />
              {version ? (
                <div class="differs">
                  <p class="differs-label">This page words it differently:</p>
                  <DiffView earlier={a.quote} page={version} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A collapsed card's lines after its heading: further disputes, whose accounts, and who reported it earlier. */
function Summary(props: { note: Note }) {
  const { note } = props;
  const [, ...more] = [...disputesOf(note.conflicts).values()].map((g) => g.summary).filter((s): s is string => s !== null);
  const voices = [...new Set(note.conflicts.map((a) => a.claimant ?? a.outlet))];
  const earlier = [...new Set(note.earlier.map((a) => `${a.outlet}, ${formatPublished(a.published)}`))];
  return (
    <ul class="summary-lines">
      {more.map((d) => (
        <li key={`c:${d}`} class="conflict-line">
          <span class="label">Also disputed:</span> {d}
        </li>
      ))}
      {voices.length ? (
        <li class="conflict-line">
          <span class="label">{note.conflicts.length === 1 ? '1 account:' : `${note.conflicts.length} accounts:`}</span> {voices.join(', ')}
        </li>
      ) : null}
      {earlier.length && note.conflicts.length ? (
        <li class="earlier-line">
          <span class="label">{note.earlier.every((a) => a.orderUnknown) ? 'Also reported:' : 'Reported earlier:'}</span>{' '}
          {earlier.join('; ')}
        </li>
      ) : earlier.length ? (
        <li class="earlier-line">{earlier.join('; ')}</li>
      ) : null}
    </ul>
  );
}

export interface CardProps {
  note: Note;
  active: boolean;
  /** Full details, or the summary (margin cards start collapsed so they fit beside their paragraphs). */
  expanded: boolean;
  onShow: (key: string) => void;
  /** Absent where every card is always expanded (the drawer): then there is no toggle. */
  onToggle?: (key: string) => void;
  /** Saves an account as the reader's claim (absent: no Save buttons). */
  onSave?: (draft: ClaimDraft) => void;
  /** Opens the story page at a dispute (absent: no link). */
  onOpenDispute?: (id: string) => void;
}

/** A note card; clicking it (outside links and buttons) shows its paragraph in the article. */
export function Card({ note, active, expanded, onShow, onToggle, onSave, onOpenDispute }: CardProps) {
  const headingId = `${cardId(note.key)}-h`;
  const bodyId = `${cardId(note.key)}-body`;
  const topic = topicOf(note);
  const onClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    if (target?.closest('a, button, summary')) return;
    if (e.view?.getSelection()?.toString()) return;
    onShow(note.key);
  };
  return (
    <article
      id={cardId(note.key)}
      class={`card${note.conflicts.length ? ' has-conflict' : ''}${active ? ' active' : ''}${expanded ? ' open' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-key={note.key}
      data-paragraph={note.index + 1}
      onClick={onClick}
    >
      <header class="card-head">
        <h3 id={headingId}>
          {topic.label ? <span class="kind-label">{topic.label}</span> : null} {topic.text}
        </h3>
        {onToggle ? (
          <button type="button" class="toggle" aria-expanded={expanded} aria-controls={bodyId} aria-describedby={headingId} onClick={() => onToggle(note.key)}>
            {expanded ? 'Less' : 'Details'}
          </button>
        ) : null}
      </header>
      <p class="excerpt">
        <span class="excerpt-label">About the paragraph: </span>
        <q class="excerpt-text">{excerpt(note.text)}</q>
      </p>
      <div id={bodyId} class="card-body">
        {expanded ? (
          <>
            {note.conflicts.length ? <Conflicts items={note.conflicts} topic={topic.text} onSave={onSave} onOpenDispute={onOpenDispute} /> : null}
            {note.earlier.length ? <Earlier items={note.earlier} onSave={onSave} /> : null}
            <Why links={note.links} />
          </>
        ) : (
          <Summary note={note} />
        )}
      </div>
      <button type="button" class="show" onClick={() => onShow(note.key)}>
        Show in article<span class="sr-only">: the paragraph this note is about</span>
      </button>
    </article>
  );
}
