// "Not shown on this page": notes for paragraphs hidden from the reader, and claims the page does not show at all.

import type { MissingClaim } from '../../core/types';
import { topicOf } from './card';
import type { Note } from './model';

/**
 * Notes whose paragraph is in the page but hidden (premium, collapsed), by what they are about: one line per
 * topic with how many hidden paragraphs it covers and whose accounts. Never the hidden text itself.
 */
function HiddenNotes(props: { hidden: Note[] }) {
  if (props.hidden.length === 0) return null;
  const topics = new Map<string, { label: string; text: string; paragraphs: number; voices: Set<string> }>();
  for (const note of props.hidden) {
    const t = topicOf(note);
    const entry = topics.get(t.text) ?? { ...t, paragraphs: 0, voices: new Set<string>() };
    entry.paragraphs++;
    for (const a of [...note.conflicts, ...note.earlier]) entry.voices.add(a.claimant ?? a.outlet);
    topics.set(t.text, entry);
  }
  const n = props.hidden.length;
  return (
    <div class="hidden-notes">
      <p class="hint">
        {n === 1 ? '1 paragraph' : `${n} paragraphs`} with notes {n === 1 ? 'is' : 'are'} in the part of this article you
        cannot see on this page (for subscribers, or collapsed). They are about:
      </p>
      <ul class="items">
        {[...topics.values()].map((t) => (
          <li key={t.text}>
            <p class="summary">
              {t.label ? <span class="label">{t.label}</span> : null} {t.text}
            </p>
            <p class="meta">
              {t.paragraphs === 1 ? '1 hidden paragraph' : `${t.paragraphs} hidden paragraphs`}; accounts from {[...t.voices].join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MissingList(props: { missing: MissingClaim[]; hidden?: Note[] }) {
  const hidden = props.hidden ?? [];
  if (props.missing.length === 0 && hidden.length === 0) return null;
  return (
    <section class="missing" aria-labelledby="cp-missing-title">
      <h3 id="cp-missing-title">Not shown on this page</h3>
      <HiddenNotes hidden={hidden} />
      {props.missing.length ? (
        <>
          <p class="hint">The published article also reported these; this copy of the page does not show them.</p>
          <ul class="items">
            {props.missing.map((m) => (
              <li key={`${m.claimId}:${m.file}:${m.paragraph}`}>
                <p class="summary">{m.summary}</p>
                <p class="words report">{m.words}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
