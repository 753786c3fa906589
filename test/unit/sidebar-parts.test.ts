// Pure sidebar pieces: word diff, card stacking, margin room, dates, safe links, notes from engine results.
import { describe, expect, it } from 'vitest';
import { excerpt, formatPublished, safeHttpUrl } from '../../src/ui/sidebar/format';
import { CARD_MIN_WIDTH, MARGIN_GAP, marginColumn, needsDense, stackTops } from '../../src/ui/sidebar/layout';
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

describe('stackTops', () => {
  it('keeps boxes level with their paragraphs when they do not overlap', () => {
    expect(stackTops([{ top: 0, height: 50 }, { top: 100, height: 50 }], 10)).toEqual([0, 100]);
  });

  it('pushes a box down below the one before it when they would overlap', () => {
    expect(stackTops([{ top: 0, height: 150 }, { top: 100, height: 50 }, { top: 120, height: 20 }], 10)).toEqual([0, 160, 220]);
  });

  it('pulls the stack up to end above the document bottom', () => {
    expect(stackTops([{ top: 0, height: 50 }, { top: 900, height: 200 }], 10, 1000)).toEqual([0, 800]);
  });

  it('never overlaps boxes: a stack taller than the document runs past its end instead', () => {
    expect(stackTops([{ top: 0, height: 600 }, { top: 100, height: 600 }], 10, 1000)).toEqual([0, 610]);
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

describe('needsDense', () => {
  it('collapses cards to one row only when summary cards would outgrow the article', () => {
    expect(needsDense(4, 1500)).toBe(false);
    expect(needsDense(27, 4500)).toBe(true);
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
