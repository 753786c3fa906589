// One margin card: the conflicting accounts and earlier reporting for one page paragraph.

import type { Annotation } from '../../core/types';
import { DiffView } from './diff-view';
import { excerpt, formatPublished, safeHttpUrl } from './format';
import type { Note } from './model';
import { QUOTE_ATTRS, type ClaimDraft } from './selection';

/** The id of a note's card element inside the shadow root (focus target). */
export function cardId(key: string): string {
  return `cp-card-${key}`;
}

/** A quoted account saved as the reader's claim, with the article that printed it. */
export function draftOf(a: Annotation): ClaimDraft {
  return { words: a.quote, url: a.url, title: a.headline, published: a.published };
}

/** The quote, carrying its source so a selection inside it is saved with that source. */
function Quote(props: { a: Annotation }) {
  const attrs = { [QUOTE_ATTRS.url]: props.a.url, [QUOTE_ATTRS.title]: props.a.headline, [QUOTE_ATTRS.published]: props.a.published };
  return <blockquote {...attrs}>{props.a.quote}</blockquote>;
}

/** "Save" beside a quoted account: keeps these words, with their outlet and date, among the reader's claims. */
function SaveQuote(props: { a: Annotation; onSave?: (d: ClaimDraft) => void }) {
  if (!props.onSave) return null;
  const who = props.a.claimant ?? props.a.outlet;
  return (
    <button type="button" class="save-quote" onClick={() => props.onSave?.(draftOf(props.a))}>
      Save<span class="sr-only"> {who}'s words as a claim</span>
    </button>
  );
}

function SourceLink(props: { a: Annotation }) {
  const href = safeHttpUrl(props.a.url);
  const label = `${props.a.outlet}, ${formatPublished(props.a.published)}`;
  return (
    <p class="meta">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
          <span class="sr-only"> (opens the source article)</span>
        </a>
      ) : (
        label
      )}
    </p>
  );
}

/** Opens the story page at this dispute: every side's accounts in order, not only those that dispute this paragraph. */
function DisputeLink(props: { id: string; summary: string; onOpen: (id: string) => void }) {
  return (
    <button type="button" class="dispute-link" onClick={() => props.onOpen(props.id)}>
      The whole dispute<span class="sr-only">: {props.summary}</span>
    </button>
  );
}

/** Conflicting accounts, grouped under each dispute's neutral one-line summary, then by side. */
function Conflicts(props: { items: Annotation[]; onSave?: (d: ClaimDraft) => void; onOpenDispute?: (id: string) => void }) {
  const groups = new Map<string, { summary: string | null; sides: Map<string, Annotation[]> }>();
  for (const a of props.items) {
    const id = a.dispute?.id ?? `claim:${a.claimId}`;
    const group = groups.get(id) ?? { summary: a.dispute?.summary ?? null, sides: new Map<string, Annotation[]>() };
    const side = a.dispute?.side ?? '';
    group.sides.set(side, [...(group.sides.get(side) ?? []), a]);
    groups.set(id, group);
  }
  return (
    <section class="section conflict">
      <h4>Conflicting accounts</h4>
      {[...groups].map(([id, g]) => (
        <div class="dispute" key={id}>
          {g.summary ? <p class="dispute-line">{g.summary}</p> : null}
          {g.summary && props.onOpenDispute ? <DisputeLink id={id} summary={g.summary} onOpen={props.onOpenDispute} /> : null}
          {[...g.sides].map(([side, items]) => (
            <div class="side-group" key={side}>
              {side ? <p class="side-label">{side}</p> : null}
              <ul class="items">
                {items.map((a) => (
                  <li key={`${a.file}:${a.paragraph}:${a.claimId}`}>
                    <p class="who">{a.claimant ?? `${a.outlet} (own reporting)`}</p>
                    <Quote a={a} />
                    <div class="quote-foot">
                      <SourceLink a={a} />
                      <SaveQuote a={a} onSave={props.onSave} />
                    </div>
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
        {props.items.map((a) => (
          <li key={`${a.file}:${a.paragraph}:${a.claimId}`}>
            <p class="who">
              {a.outlet}
              {a.orderUnknown ? <span class="side"> · order unknown</span> : null}
            </p>
            <p class="headline">{a.headline}</p>
            <Quote a={a} />
            <div class="quote-foot">
              <SourceLink a={a} />
              <SaveQuote a={a} onSave={props.onSave} />
            </div>
            {a.differsFrom !== null ? (
              <div class="differs">
                <p class="differs-label">This page words it differently:</p>
                <DiffView earlier={a.quote} page={a.differsFrom} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One line per kind for a collapsed card: the disputes' neutral lines and who reported it earlier. */
function Summary(props: { note: Note }) {
  const disputes = [...new Set(props.note.conflicts.map((a) => a.dispute?.summary ?? a.claimant ?? a.outlet))];
  const earlier = [...new Set(props.note.earlier.map((a) => `${a.outlet}, ${formatPublished(a.published)}`))];
  return (
    <ul class="summary-lines">
      {disputes.map((d) => (
        <li key={`c:${d}`} class="conflict-line">
          <span class="label">Disputed:</span> {d}
        </li>
      ))}
      {earlier.length ? (
        <li class="earlier-line">
          <span class="label">{props.note.earlier.every((a) => a.orderUnknown) ? 'Also reported:' : 'Reported earlier:'}</span>{' '}
          {earlier.join('; ')}
        </li>
      ) : null}
    </ul>
  );
}

export interface CardProps {
  note: Note;
  active: boolean;
  /** Full details, or the one-line summary (margin cards start collapsed so they fit beside their paragraphs). */
  expanded: boolean;
  onShow: (key: string) => void;
  /** Many notes beside a short article: a collapsed card is only its heading row with counts. */
  dense?: boolean;
  /** Absent where every card is always expanded (the drawer): then there is no toggle. */
  onToggle?: (key: string) => void;
  /** Saves a quoted account as the reader's claim (absent: no Save buttons). */
  onSave?: (draft: ClaimDraft) => void;
  /** Opens the story page at a dispute (absent: no dispute links). */
  onOpenDispute?: (id: string) => void;
}

/** A note card; clicking it (outside links and buttons) shows its paragraph in the article. */
export function Card({ note, active, expanded, dense, onShow, onToggle, onSave, onOpenDispute }: CardProps) {
  const headingId = `${cardId(note.key)}-h`;
  const bodyId = `${cardId(note.key)}-body`;
  const onClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    if (target?.closest('a, button, summary')) return;
    if (e.view?.getSelection()?.toString()) return;
    onShow(note.key);
  };
  return (
    <article
      id={cardId(note.key)}
      class={`card${note.conflicts.length ? ' has-conflict' : ''}${active ? ' active' : ''}${dense && !expanded ? ' dense' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-key={note.key}
      onClick={onClick}
    >
      <header class="card-head">
        <h3 id={headingId}>Paragraph {note.index + 1}</h3>
        <button type="button" class="show" onClick={() => onShow(note.key)}>
          Show<span class="sr-only"> paragraph {note.index + 1} in the article</span>
        </button>
      </header>
      <p class="excerpt">{excerpt(note.text)}</p>
      <div id={bodyId}>
        {expanded ? (
          <>
            {note.conflicts.length ? <Conflicts items={note.conflicts} onSave={onSave} onOpenDispute={onOpenDispute} /> : null}
            {note.earlier.length ? <Earlier items={note.earlier} onSave={onSave} /> : null}
          </>
        ) : dense ? (
          <p class="counts">
            {note.conflicts.length ? <span class="conflict-count">{note.conflicts.length} conflicting</span> : null}
            {note.conflicts.length && note.earlier.length ? ' · ' : null}
            {note.earlier.length ? <span class="earlier-count">{note.earlier.length} earlier</span> : null}
          </p>
        ) : (
          <Summary note={note} />
        )}
      </div>
      {onToggle ? (
        <button type="button" class="toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => onToggle(note.key)}>
          {expanded ? 'Less' : 'Details'}
          <span class="sr-only"> for paragraph {note.index + 1}</span>
        </button>
      ) : null}
    </article>
  );
}
