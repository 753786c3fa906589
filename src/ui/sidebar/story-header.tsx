// The story header: the story's title and a compact timeline showing where this article falls in it.

import { Fragment } from 'preact';
import type { EventSource, TimelineEvent } from '../../dataset/types';
import { compareCodeUnits } from '../../core/compare';
import { publishedDay } from '../../core/published';
import { formatPublished, formatShortDay, safeHttpUrl } from './format';
import type { SourceArticle } from './model';

/** A source's link text and address: an article by its outlet's name, a URL by its host; null href when unsafe. */
export function sourceLink(
  source: EventSource,
  articles: Record<string, SourceArticle>,
): { text: string; href: string | null; title: string; day?: string } {
  if ('url' in source) {
    const href = safeHttpUrl(source.url);
    return { text: href ? new URL(href).hostname.replace(/^www\./, '') : source.url, href, title: source.url };
  }
  const a = articles[source.file];
  if (!a) return { text: source.file, href: null, title: source.file };
  return { text: a.outlet, href: safeHttpUrl(a.url), title: a.headline, ...(a.published ? { day: formatShortDay(a.published) } : {}) };
}

/** "(NZ Herald, RNZ)" with each a link (one article or host shown once; two articles of one outlet told apart by day). */
function Sources(props: { sources: EventSource[]; articles: Record<string, SourceArticle> }) {
  const links = new Map<string, ReturnType<typeof sourceLink>>();
  for (const s of props.sources) {
    const l = sourceLink(s, props.articles);
    links.set(l.href ?? l.text, l);
  }
  const list = [...links.values()];
  const shown = list.map((l) => (l.day && list.filter((o) => o.text === l.text).length > 1 ? { ...l, text: `${l.text}, ${l.day}` } : l));
  return (
    <span class="sources">
      {' '}
      (
      {shown.map((l, i) => (
        <Fragment key={l.href ?? l.text}>
          {i > 0 ? ', ' : null}
          {l.href ? (
            <a href={l.href} title={l.title} target="_blank" rel="noopener noreferrer">
              {l.text}
            </a>
          ) : (
            l.text
          )}
        </Fragment>
      ))}
      )
    </span>
  );
}

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
  articles?: Record<string, SourceArticle>;
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
                  <Sources sources={r.event.sources} articles={props.articles ?? {}} />
                </li>
              ),
            )}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
