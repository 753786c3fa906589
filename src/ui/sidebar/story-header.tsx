// The story header: the story's title and a compact timeline showing where this article falls in it.

import type { TimelineEvent } from '../../dataset/types';
import { compareCodeUnits } from '../../core/compare';
import { publishedDay } from '../../core/published';
import { formatPublished, formatShortDay } from './format';

type Row = { kind: 'event'; event: TimelineEvent } | { kind: 'here'; day: string };

/** The timeline with a "this article" row inserted after the events of its day (or null date: not placed). */
export function timelineRows(timeline: TimelineEvent[], published: string | null): Row[] {
  const rows: Row[] = [];
  const day = publishedDay(published);
  let placed = day === null;
  for (const event of [...timeline].sort((a, b) => compareCodeUnits(a.date, b.date))) {
    if (!placed && event.date > day!) {
      rows.push({ kind: 'here', day: day! });
      placed = true;
    }
    rows.push({ kind: 'event', event });
  }
  if (!placed) rows.push({ kind: 'here', day: day! });
  return rows;
}

export function StoryHeader(props: {
  title: string;
  timeline: TimelineEvent[];
  published: string | null;
  count: number;
  /** Opens the story page (absent: no link). */
  onOpenStory?: () => void;
}) {
  const rows = timelineRows(props.timeline, props.published);
  const place = rows.findIndex((r) => r.kind === 'here');
  const where =
    props.published === null
      ? 'publication date unknown'
      : `this article, ${formatPublished(props.published)}, comes after ${place} of ${props.timeline.length} events`;
  return (
    <section class="story" aria-labelledby="cp-story-title">
      <p class="brand">Counterpoint · {props.count === 1 ? '1 note' : `${props.count} notes`}</p>
      <h2 id="cp-story-title">{props.title}</h2>
      {props.onOpenStory ? (
        <button type="button" class="whole-story" onClick={props.onOpenStory}>
          The whole story<span class="sr-only">: every dispute, claim and article, on a page of its own</span>
        </button>
      ) : null}
      {props.timeline.length ? (
        <details class="timeline">
          <summary>
            Timeline: <span class="where">{where}</span>
          </summary>
          <ol>
            {rows.map((r) =>
              r.kind === 'here' ? (
                <li key="here" class="here" aria-current="step">
                  <time dateTime={r.day}>{formatShortDay(r.day)}</time> This article
                </li>
              ) : (
                <li key={`${r.event.date}-${r.event.what}`}>
                  <time dateTime={r.event.date}>{formatShortDay(r.event.date)}</time> {r.event.what}
                </li>
              ),
            )}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
