// The timeline as a picture (an SVG chart whose every mark is a focusable, labelled link), then the events and articles.

import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Dataset } from '../../dataset/types';
import { formatPublished, formatShortDay } from '../sidebar/format';
import { eventSources, orderedArticles } from './model';
import { ExternalLink } from './report-view';
import { GEOMETRY as G, layoutTimeline, type Chart, type ChartMark, type ReaderPlace } from './timeline-layout';

const R = 9;

function Mark(props: { mark: ChartMark }) {
  const m = props.mark;
  const shape =
    m.kind === 'event' ? (
      <>
        <circle class="event-dot" cx={m.x} cy={m.y} r={R + 1} />
        <text class="event-number" x={m.x} y={m.y} aria-hidden="true">
          {m.number}
        </text>
      </>
    ) : m.kind === 'article' ? (
      <>
        {m.current ? <circle class="current-ring" cx={m.x} cy={m.y} r={R + 5} /> : null}
        <rect class={m.timeKnown ? 'article-box' : 'article-box date-only'} x={m.x - R} y={m.y - R} width={2 * R} height={2 * R} rx={2} />
        {m.current ? (
          <text class="current-label" x={m.x + R + 8} y={m.y} aria-hidden="true">
            you read this
          </text>
        ) : null}
      </>
    ) : (
      <>
        <circle class="current-ring" cx={m.x} cy={m.y} r={R + 3} />
        <circle class="reader-dot" cx={m.x} cy={m.y} r={R - 3} />
        <text class="current-label" x={m.x + R + 8} y={m.y} aria-hidden="true">
          your page
        </text>
      </>
    );
  return (
    <a class={`mark mark-${m.kind}`} href={`#${m.target}`} aria-label={m.label} data-target={m.target}>
      <title>{m.label}</title>
      {shape}
    </a>
  );
}

/** The chart: row bands with labels, a date axis (broken where days are skipped), boxes around unknown orders, marks. */
export function TimelineChart(props: { chart: Chart; events: number; articles: number }) {
  const { chart } = props;
  const plotBottom = chart.height - G.axis;
  return (
    <svg
      class="chart"
      width={chart.width}
      height={chart.height}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="group"
      aria-label={`Timeline chart: ${props.events} events and ${props.articles} articles, by day`}
    >
      {chart.rows.map((row, i) => (
        <g key={row.label} class={i % 2 ? 'band odd' : 'band'}>
          <rect x={0} y={row.top} width={chart.width} height={row.height} />
          <text class="row-label" x={8} y={row.top + row.height / 2}>
            {row.label}
          </text>
        </g>
      ))}
      {chart.columns.map((c) => (
        <g key={c.day} class="column">
          <line class="grid" x1={c.x} x2={c.x} y1={0} y2={plotBottom} />
          <text class="day-label" x={c.x} y={plotBottom + 16}>
            {c.label}
          </text>
          {c.orderUnknown ? (
            <text class="unknown-label" x={c.x} y={plotBottom + 32}>
              order unknown
            </text>
          ) : null}
          {c.gapBefore > 0 ? (
            <text class="gap-mark" x={c.x - chart.column / 2} y={plotBottom + 16} aria-hidden="true">
              ⋯
            </text>
          ) : null}
        </g>
      ))}
      {chart.unknownOrder.map((b) => (
        <rect key={`${b.x}`} class="unknown-box" x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />
      ))}
      {chart.marks.map((m) => (
        <Mark key={m.target} mark={m} />
      ))}
    </svg>
  );
}

function Legend() {
  const swatch = (body: ComponentChildren) => (
    <svg class="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      {body}
    </svg>
  );
  return (
    <ul class="legend">
      <li>{swatch(<circle class="event-dot" cx="11" cy="11" r="8" />)} an event (numbered as in the list below)</li>
      <li>{swatch(<rect class="article-box" x="3" y="3" width="16" height="16" rx="2" />)} an article, placed at its time</li>
      <li>{swatch(<rect class="article-box date-only" x="3" y="3" width="16" height="16" rx="2" />)} an article whose time is not recorded</li>
      <li>{swatch(<rect class="unknown-box" x="2" y="2" width="18" height="18" rx="5" />)} same day, order unknown</li>
      <li>{swatch(<circle class="current-ring" cx="11" cy="11" r="8" />)} where you came from</li>
      <li>⋯ days left out</li>
    </ul>
  );
}

export function TimelineSection(props: { dataset: Dataset; reader: ReaderPlace }) {
  const { dataset, reader } = props;
  const articles = orderedArticles(dataset);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  // Columns widen to fill the box on wide windows; on narrow ones the chart keeps readable columns and scrolls sideways.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const chart = layoutTimeline(dataset.story.timeline, articles.map((a) => a.article), reader, width);
  const events = chart.marks.filter((m) => m.kind === 'event');
  const first = chart.columns[0]?.day;
  const last = chart.columns.at(-1)?.day;
  return (
    <section id="timeline" aria-labelledby="timeline-h" class="timeline-section">
      <h2 id="timeline-h">Timeline</h2>
      <figure class="timeline-figure">
        <div class="chart-scroll" ref={box}>
          <TimelineChart chart={chart} events={events.length} articles={articles.length} />
        </div>
        <figcaption>
          Events and articles by day{first && last ? `, ${formatShortDay(first)} to ${formatPublished(last)}` : ''}; days with
          neither are left out. Each mark links to its entry below.
          <span class="narrow-only"> Scroll the chart sideways for later days.</span>
        </figcaption>
        <Legend />
      </figure>
      <div class="timeline-lists">
        <section aria-labelledby="events-h">
          <h3 id="events-h">Events</h3>
          <ol class="events">
            {events.map((m) => (
              <li key={m.target} id={m.target} tabIndex={-1}>
                <span class="event-n" aria-hidden="true">
                  {m.number}
                </span>
                <time dateTime={m.event.date}>{formatPublished(m.event.date)}</time> {m.event.what}
                <Sources sources={eventSources(dataset, m.event)} />
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="articles-h">
          <h3 id="articles-h">The articles, in order of publication</h3>
          <ol class="article-list">
            {articles.map(({ article, orderUnknown }) => {
              const current = reader !== null && 'article' in reader && reader.article === article.file;
              return (
                <li key={article.file} id={`article-${article.file}`} tabIndex={-1} class={current ? 'current' : undefined}>
                  <span class="outlet">{article.outlet}</span>, <time dateTime={article.published}>{formatPublished(article.published)}</time>
                  {orderUnknown ? <span class="badge unknown-badge">time not recorded: order unknown</span> : null}
                  {current ? <span class="badge current-badge">you came from this article</span> : null}
                  <br />
                  <ExternalLink url={article.url}>{article.headline}</ExternalLink>
                </li>
              );
            })}
            {reader && 'published' in reader ? (
              <li id="reader-page" tabIndex={-1} class="current">
                Your page, <time dateTime={reader.published}>{formatPublished(reader.published)}</time>: not one of these articles
              </li>
            ) : null}
          </ol>
        </section>
      </div>
    </section>
  );
}

function Sources(props: { sources: ReturnType<typeof eventSources> }) {
  if (props.sources.length === 0) return null;
  return (
    <span class="event-sources">
      {' '}
      (source{props.sources.length > 1 ? 's' : ''}:{' '}
      {props.sources.map((s, i) => {
        return (
          <span key={`${s.url}${i}`}>
            {i > 0 ? '; ' : null}
            <ExternalLink url={s.url} title={s.title}>
              {s.label}
            </ExternalLink>
            {s.paragraphs.length ? ` (paragraph${s.paragraphs.length > 1 ? 's' : ''} ${s.paragraphs.join(', ')})` : null}
          </span>
        );
      })}
      )
    </span>
  );
}
