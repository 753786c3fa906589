// Pure sidebar pieces: word diff, card stacking, margin room, dates, safe links, notes from engine results.
import { describe, expect, it } from 'vitest';
import { excerpt, formatPublished, safeHttpUrl } from '../../src/ui/sidebar/format';
import { CARD_MIN_WIDTH, MARGIN_GAP, MIN_ROOM, marginColumn, planColumn } from '../../src/ui/sidebar/layout';
import { buildModel, notesOf } from '../../src/ui/sidebar/model';
import { diffWords } from '../../src/ui/sidebar/word-diff';
import { TIMELINE, earlier, sampleResult } from './helpers/sidebar-sample';

describe('diffWords', () => {
  it('marks words only in the earlier report as removed and words only on this page as added', () => {
    expect(diffWords('Ardern told reporters the claims were disputed', 'Ardern said the claims were disputed')).toEqual([
      { op: 'same', text: 'Ardern' },
      { op: 'removed', text: 'told reporters' },
      { op: 'added', text: 'said' },
      { op: 'same', text: 'the claims were disputed' },
    ]);
  });

  it('treats case and edge punctuation as the same word', () => {
    expect(diffWords('Bullying, she said.', 'bullying she said')).toEqual([{ op: 'same', text: 'bullying she said' }]);
  });

  it('keeps every word of both texts in order', () => {
    const parts = diffWords('a b c d e', 'a x c y e z');
    expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join(' ')).toBe('a b c d e');
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join(' ')).toBe('a x c y e z');
  });
});

describe('planColumn (cards beside their paragraphs)', () => {
  const O = { articleTop: 300, gap: 10, minTop: 8, maxBottom: 5000 };
  const card = (want: number, height: number, open = false) => ({ want, height, open });

  it('starts every card level with its paragraph and clips one that would reach the next card', () => {
    const plan = planColumn(100, [card(300, 200), card(400, 80), card(700, 80)], O);
    expect(plan.cards.map((c) => c.top)).toEqual([300, 400, 700]);
    // The first would run to 500: it may only grow to the next card's top, less the gap.
    expect(plan.cards.map((c) => c.maxHeight)).toEqual([90, null, null]);
  });

  it('keeps every card beside its paragraph however many notes there are', () => {
    const wants = Array.from({ length: 40 }, (_, i) => card(300 + i * 60, 170));
    const plan = planColumn(100, wants, O);
    expect(plan.cards.every((c, i) => c.top === wants[i]!.want)).toBe(true);
    expect(plan.cards.slice(0, -1).every((c) => c.maxHeight === 50)).toBe(true);
  });

  it('never moves another card when one opens: the open card lies over the ones below', () => {
    const closed = planColumn(100, [card(300, 60), card(380, 60), card(460, 60)], O);
    const open = planColumn(100, [card(300, 600, true), card(380, 60), card(460, 60)], O);
    expect(open.cards.map((c) => c.top)).toEqual(closed.cards.map((c) => c.top));
    expect(open.cards[0]!.maxHeight).toBeNull();
  });

  it('puts the story header just above the article, or after the cards when there is no room above', () => {
    expect(planColumn(100, [card(300, 60)], O).header).toBe(190);
    const cramped = planColumn(100, [card(60, 40)], { ...O, articleTop: 60 });
    expect(cramped).toMatchObject({ headerFirst: false, header: 110, cards: [{ top: 60 }] });
  });

  it('pushes a card down only when two paragraphs are closer than a heading row', () => {
    const plan = planColumn(100, [card(300, 60), card(305, 60)], O);
    expect(plan.cards.map((c) => c.top)).toEqual([300, 300 + MIN_ROOM + 10]);
  });
});

describe('marginColumn', () => {
  it('places a column beside the article when the margin fits a card', () => {
    expect(marginColumn(800, 1400)).toEqual({ left: 800 + MARGIN_GAP, width: 340 });
  });

  it('gives no column when the margin is too narrow (drawer instead)', () => {
    expect(marginColumn(1400 - CARD_MIN_WIDTH - MARGIN_GAP, 1400)).toBeNull();
    expect(marginColumn(580, 600)).toBeNull();
  });
});

describe('format', () => {
  it('shows a bare date as a date and a date-time in the time the record gives', () => {
    expect(formatPublished('2022-08-12')).toBe('12 Aug 2022');
    expect(formatPublished('2022-08-15T17:21:00+12:00')).toBe('15 Aug 2022, 5:21 pm');
    expect(formatPublished('2022-08-15T00:05:00+12:00')).toBe('15 Aug 2022, 12:05 am');
  });

  it('allows only http(s) links', () => {
    expect(safeHttpUrl('https://www.rnz.co.nz/x')).toBe('https://www.rnz.co.nz/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
  });

  it('cuts long excerpts at a word with an ellipsis', () => {
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
    expect(excerpt('short')).toBe('short');
  });
});

describe('notes from an engine result', () => {
  it('makes one note per annotated paragraph, split by kind, in page order', () => {
    const notes = notesOf(sampleResult());
    expect(notes.map((n) => [n.index, n.conflicts.length, n.earlier.length])).toEqual([
      [1, 1, 1],
      [2, 0, 1],
    ]);
  });

  it('keys notes by text, so the same paragraph keeps its key when re-run and duplicates stay distinct', () => {
    const a = notesOf(sampleResult()).map((n) => n.key);
    const b = notesOf(sampleResult()).map((n) => n.key);
    expect(a).toEqual(b);
    const twice = sampleResult(['x', 'same text', 'same text']);
    twice.paragraphs[2]!.annotations = [earlier()];
    const keys = notesOf(twice).map((n) => n.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('has no model when the story is not recognised', () => {
    expect(buildModel({ ...sampleResult(), story: null }, TIMELINE, null)).toBeNull();
  });
});
