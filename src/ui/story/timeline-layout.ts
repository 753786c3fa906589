// Pure geometry of the story timeline chart: one column per day, a row of events and a row per outlet, one mark each.

import { compareCodeUnits } from '../../core/compare';
import { nzOffsetHours, parsePublished, publishedDay } from '../../core/published';
import type { Article, TimelineEvent } from '../../dataset/types';
import { formatPublished, formatShortDay } from '../sidebar/format';

/** Row labels' width, a day column's width, one stacked mark's height, padding in a row, and the date axis. */
export const GEOMETRY = { left: 112, column: 80, step: 28, pad: 8, axis: 44, right: 12 } as const;

interface MarkBase {
  /** The id of the entry this mark links to on the page (`event-3`, `article-<file>`, `reader-page`). */
  target: string;
  x: number;
  y: number;
  /** What a screen reader announces for the mark, and its tooltip. */
  label: string;
}

export type ChartMark =
  | (MarkBase & { kind: 'event'; number: number; event: TimelineEvent })
  | (MarkBase & { kind: 'article'; article: Article; timeKnown: boolean; orderUnknown: boolean; current: boolean })
  | (MarkBase & { kind: 'reader' });

export interface ChartRow {
  label: string;
  top: number;
  height: number;
}

export interface ChartColumn {
  day: string;
  x: number;
  label: string;
  /** Days skipped before this column (the axis is broken there). */
  gapBefore: number;
  /** Two or more of the day's articles have no recorded time, so their order is unknown. */
  orderUnknown: boolean;
}

export interface Chart {
  width: number;
  /** A day column's width. */
  column: number;
  height: number;
  columns: ChartColumn[];
  rows: ChartRow[];
  marks: ChartMark[];
  /** Dashed boxes around same-day articles whose order is unknown. */
  unknownOrder: { x: number; y: number; width: number; height: number }[];
}

/** Where the reader came from: one of the articles (by file), or another page published at a known time. */
export type ReaderPlace = { article: string } | { published: string } | null;

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Fraction of the New Zealand day at which a time falls (0.5 for a bare date: the middle of its column). */
function dayFraction(published: string): number {
  const p = parsePublished(published);
  if (!p || p.instant === null) return 0.5;
  const local = ((p.instant + nzOffsetHours(p.instant) * 3_600_000) % DAY_MS) / DAY_MS;
  return Math.min(0.9, Math.max(0.1, local));
}

/** An article mark's label: outlet, when (and whether its time is known), headline, and whether the reader came from it. */
export function articleLabel(a: Article, orderUnknown: boolean, current: boolean): string {
  const dateOnly = parsePublished(a.published)?.instant === null;
  const note = !dateOnly ? '' : orderUnknown ? ' (time not recorded: order among that day\u2019s articles unknown)' : ' (time not recorded)';
  return `${a.outlet} article, ${formatPublished(a.published)}${note}: ${a.headline}${current ? ' (the article you were reading)' : ''}`;
}

/** The day columns' width that fills `width` px (the chart's box), within readable bounds; the default without one. */
export function columnFor(width: number | null, days: number): number {
  if (!width || days === 0) return GEOMETRY.column;
  const fit = (width - GEOMETRY.left - GEOMETRY.right) / days;
  return Math.round(Math.min(MAX_COLUMN, Math.max(GEOMETRY.column, fit)));
}

/** Wider columns than this spread a short story too thin to read as one picture. */
const MAX_COLUMN = 140;

/** Lays out the chart; `width` (px) is the box it should fill when there is room (it scrolls sideways when not). */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
  reader: ReaderPlace,
  width: number | null = null,
): Chart {
  const g = GEOMETRY;
  const sortedEvents = [...events].sort((a, b) => compareCodeUnits(a.date, b.date));
  const dayOf = (a: Article) => publishedDay(a.published) ?? a.published.slice(0, 10);
  const readerDay = reader && 'published' in reader ? publishedDay(reader.published) : null;
  const days = [...new Set([...sortedEvents.map((e) => e.date), ...articles.map(dayOf), ...(readerDay ? [readerDay] : [])])].sort(compareCodeUnits);
  const column = columnFor(width, days.length);
  const colX = new Map(days.map((d, i) => [d, g.left + i * column + column / 2]));

  const outlets: string[] = [];
  for (const a of [...articles].sort((x, y) => compareCodeUnits(dayOf(x), dayOf(y)))) if (!outlets.includes(a.outlet)) outlets.push(a.outlet);
  const cells = new Map<string, number>();
  const stackIn = (row: string, day: string) => {
    const n = cells.get(`${row}|${day}`) ?? 0;
    cells.set(`${row}|${day}`, n + 1);
    return n;
  };
  const eventSlots = sortedEvents.map((e) => stackIn('events', e.date));
  const articleSlots = articles.map((a) => stackIn(a.outlet, dayOf(a)));
  const depth = (row: string) => Math.max(1, ...days.map((d) => cells.get(`${row}|${d}`) ?? 0));

  const rows: ChartRow[] = [];
  let top = 0;
  const addRow = (label: string, stack: number) => {
    const row = { label, top, height: stack * g.step + 2 * g.pad };
    rows.push(row);
    top += row.height;
    return row;
  };
  const eventRow = addRow('Events', depth('events'));
  const outletRows = new Map(outlets.map((o) => [o, addRow(o, depth(o))]));
  const readerRow = readerDay ? addRow('Your page', 1) : null;
  const yIn = (row: ChartRow, slot: number) => row.top + g.pad + slot * g.step + g.step / 2;

  const sameDayUnknown = (a: Article) =>
    articles.some((o) => o !== a && dayOf(o) === dayOf(a) && (parsePublished(o.published)?.instant == null || parsePublished(a.published)?.instant == null));
  const marks: ChartMark[] = sortedEvents.map((event, i) => ({
    kind: 'event',
    number: i + 1,
    event,
    target: `event-${i + 1}`,
    x: colX.get(event.date)!,
    y: yIn(eventRow, eventSlots[i]!),
    label: `Event ${i + 1}, ${formatPublished(event.date)}: ${event.what}`,
  }));
  articles.forEach((article, i) => {
    const timeKnown = parsePublished(article.published)?.instant != null;
    const orderUnknown = sameDayUnknown(article);
    const current = reader !== null && 'article' in reader && reader.article === article.file;
    const x = colX.get(dayOf(article))! + (timeKnown ? (dayFraction(article.published) - 0.5) * (column - 24) : 0);
    marks.push({
      kind: 'article',
      article,
      timeKnown,
      orderUnknown,
      current,
      target: `article-${article.file}`,
      x,
      y: yIn(outletRows.get(article.outlet)!, articleSlots[i]!),
      label: articleLabel(article, orderUnknown, current),
    });
  });
  if (readerRow && readerDay && reader && 'published' in reader) {
    marks.push({ kind: 'reader', target: 'reader-page', x: colX.get(readerDay)!, y: yIn(readerRow, 0), label: `Your page, ${formatPublished(reader.published)}` });
  }

  const columns: ChartColumn[] = days.map((day, i) => ({
    day,
    x: colX.get(day)!,
    label: formatShortDay(day),
    gapBefore: i === 0 ? 0 : Math.max(0, daysBetween(days[i - 1]!, day) - 1),
    orderUnknown: articles.filter((a) => dayOf(a) === day && sameDayUnknown(a)).length > 1,
  }));
  const unknownOrder = columns
    .filter((c) => c.orderUnknown)
    .map((c) => {
      const ys = marks.filter((m) => m.kind === 'article' && dayOf(m.article) === c.day && m.orderUnknown).map((m) => m.y);
      const half = g.step / 2;
      return { x: c.x - half, y: Math.min(...ys) - half, width: 2 * half, height: Math.max(...ys) - Math.min(...ys) + 2 * half };
    });
  return { width: g.left + days.length * column + g.right, column, height: top + g.axis, columns, rows, marks, unknownOrder };
}
