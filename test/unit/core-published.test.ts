// Publication order: same-day reports are never called earlier than each other; known orders are kept.
import { describe, expect, it } from 'vitest';
import { byPublished, comparePublished, isEarlier, publishedDay } from '../../src/core/published';

describe('comparePublished', () => {
  it('leaves two bare dates on the same day unordered', () => {
    expect(comparePublished('2022-08-12', '2022-08-12')).toBeNull();
    expect(isEarlier('2022-08-12', '2022-08-12')).toBe(false);
  });

  it('leaves a bare date and a time on the same New Zealand day unordered, in both directions', () => {
    expect(comparePublished('2022-08-15', '2022-08-15T17:21:00+12:00')).toBeNull();
    expect(comparePublished('2022-08-15T17:21:00+12:00', '2022-08-15')).toBeNull();
    // 05:21 UTC is 17:21 in Wellington on the 15th
    expect(comparePublished('2022-08-15T05:21:00Z', '2022-08-15')).toBeNull();
  });

  it('orders different days, and instants on the same day', () => {
    expect(comparePublished('2022-08-12', '2022-08-13')).toBe(-1);
    expect(comparePublished('2022-08-17', '2022-08-15T17:21:00+12:00')).toBe(1);
    expect(comparePublished('2022-08-15T09:00:00+12:00', '2022-08-15T17:21:00+12:00')).toBe(-1);
    expect(comparePublished('2022-08-15T17:21:00+12:00', '2022-08-15T05:21:00Z')).toBe(0);
  });

  it('reads the New Zealand day of a UTC time near midnight, in standard and daylight time', () => {
    expect(publishedDay('2022-08-11T13:30:00Z')).toBe('2022-08-12'); // NZST +12
    expect(publishedDay('2022-10-17T11:30:00Z')).toBe('2022-10-18'); // NZDT +13
    expect(publishedDay('2022-10-17T10:30:00Z')).toBe('2022-10-17');
    expect(publishedDay('2022-10-18T09:00:00')).toBe('2022-10-18');
  });

  it('returns null for unreadable or missing dates instead of guessing', () => {
    expect(comparePublished('yesterday', '2022-08-12')).toBeNull();
    expect(comparePublished(null, '2022-08-12')).toBeNull();
  });

  it('sorts known orders and keeps input order for unknown ones', () => {
    const input = ['2022-08-15T17:21:00+12:00', '2022-08-12', '2022-08-13', '2022-08-12T10:00:00+12:00', '2022-08-12'];
    const sorted = input.map((p, i) => ({ p, i })).sort((a, b) => byPublished(a.p, b.p));
    expect(sorted.map((x) => x.i)).toEqual([1, 3, 4, 2, 0]);
  });
});
