// The timeline chart's layout: one labelled mark per event and per article, honest about unknown orders and times.
import { describe, expect, it } from 'vitest';
import { GEOMETRY, columnFor, layoutTimeline, type ChartMark } from '../../src/ui/story/timeline-layout';
import { builtDatasets, sampleStory } from './helpers/story-sample';

const story = sampleStory();
const chart = (reader: Parameters<typeof layoutTimeline>[2] = null) => layoutTimeline(story.story.timeline, story.articles, reader);
const articleMark = (marks: ChartMark[], file: string) => marks.find((m) => m.kind === 'article' && m.article.file === file) as Extract<ChartMark, { kind: 'article' }>;

describe('timeline chart', () => {
  it('has one mark per event and per article of the built dataset, each labelled and linking to its own entry', () => {
    const [dataset] = builtDatasets();
    const { marks } = layoutTimeline(dataset!.story.timeline, dataset!.articles, null);
    expect(marks.filter((m) => m.kind === 'event')).toHaveLength(dataset!.story.timeline.length);
    expect(marks.filter((m) => m.kind === 'article')).toHaveLength(dataset!.articles.length);
    expect(new Set(marks.map((m) => m.target)).size).toBe(marks.length);
    expect(new Set(marks.map((m) => m.label)).size).toBe(marks.length);
    for (const m of marks) expect(m.label.length).toBeGreaterThan(10);
  });

  it('labels an event with its number, date and what happened', () => {
    const event = chart().marks.find((m) => m.kind === 'event')!;
    expect(event.label).toBe('Event 1, 11 Aug 2022: The column is published.');
  });

  it('boxes same-day articles without times as "order unknown", and says so in their labels', () => {
    const c = chart();
    const day = c.columns.find((col) => col.day === '2022-08-12')!;
    expect(day.orderUnknown).toBe(true);
    expect(c.columns.filter((col) => col.orderUnknown)).toHaveLength(1);
    expect(c.unknownOrder).toHaveLength(1);
    const herald = articleMark(c.marks, 'a.txt');
    expect(herald.label).toContain('time not recorded: order among that day\u2019s articles unknown');
    // Both sit in the middle of their day: neither is drawn before the other.
    expect(herald.x).toBe(articleMark(c.marks, 'b.txt').x);
  });

  it('places an article with a recorded time at its time of day; one without it in the middle of the day', () => {
    const c = chart();
    const rnz = articleMark(c.marks, 'd.txt');
    const column = c.columns.find((col) => col.day === '2022-08-15')!;
    expect(rnz.timeKnown).toBe(true);
    expect(rnz.x).toBeGreaterThan(column.x); // 5:21 pm, right of midday
    expect(rnz.label).toBe('RNZ article, 15 Aug 2022, 5:21 pm: RNZ headline d.txt');
    expect(articleMark(c.marks, 'c.txt').x).toBe(c.columns.find((col) => col.day === '2022-08-13')!.x);
  });

  it('gives each outlet a row, in order of its first article, under the events', () => {
    expect(chart().rows.map((r) => r.label)).toEqual(['Events', 'NZ Herald', 'Newshub', 'RNZ']);
  });

  it('leaves out days with nothing on them and marks the gap', () => {
    const c = chart();
    expect(c.columns.map((col) => col.day)).toEqual(['2022-08-11', '2022-08-12', '2022-08-13', '2022-08-15', '2022-08-23']);
    expect(c.columns.map((col) => col.gapBefore)).toEqual([0, 0, 0, 1, 7]);
  });

  it('marks the article the reader came from', () => {
    const c = chart({ article: 'c.txt' });
    const current = c.marks.filter((m) => m.kind === 'article' && m.current);
    expect(current.map((m) => m.target)).toEqual(['article-c.txt']);
    expect(current[0]!.label).toMatch(/\(the article you were reading\)$/);
  });

  it('puts a page that is not one of the articles on its own row at its date', () => {
    const c = chart({ published: '2022-08-14' });
    const reader = c.marks.find((m) => m.kind === 'reader')!;
    expect(c.rows.at(-1)!.label).toBe('Your page');
    expect(reader.label).toBe('Your page, 14 Aug 2022');
    expect(reader.x).toBe(c.columns.find((col) => col.day === '2022-08-14')!.x);
  });

  it('widens day columns to fill a wide box, within bounds, and keeps them readable in a narrow one (which scrolls)', () => {
    expect(columnFor(null, 10)).toBe(GEOMETRY.column);
    expect(columnFor(320, 10)).toBe(GEOMETRY.column);
    expect(columnFor(GEOMETRY.left + GEOMETRY.right + 1000, 10)).toBe(100);
    expect(columnFor(5000, 10)).toBe(140);
    expect(layoutTimeline(story.story.timeline, story.articles, null, 320).width).toBeGreaterThan(320);
  });
});
