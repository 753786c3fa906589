// Ordering of publication times that may be a bare date or a full time: never guesses an order the record does not show.

/**
 * A publication time as the record shows it: `YYYY-MM-DD` (day known, time not) or an ISO date-time,
 * with or without an offset. Times without an offset are New Zealand local time, as in `sources.json`.
 */
interface ParsedPublished {
  /** New Zealand calendar day, `YYYY-MM-DD`. */
  day: string;
  /** The instant in ms since the epoch, or null when only the day is known. */
  instant: number | null;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const HOUR = 3_600_000;

/** The nth (1-based) Sunday of a month, or the last when n is -1, as a UTC day-of-month. */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * New Zealand's UTC offset in hours at a UTC instant. Daylight time (NZDT, +13) runs from 02:00 NZST on
 * the last Sunday of September to 03:00 NZDT on the first Sunday of April (the rule since 2007); written out
 * here rather than with `Intl` time zones so the result is the same in every browser and in Node.
 */
export function nzOffsetHours(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const dstEnds = Date.UTC(year, 3, sunday(year, 3, 1), 3) - 13 * HOUR;
  const dstStarts = Date.UTC(year, 8, sunday(year, 8, -1), 2) - 12 * HOUR;
  return instant >= dstEnds && instant < dstStarts ? 12 : 13;
}

function dayOf(instant: number): string {
  return new Date(instant + nzOffsetHours(instant) * HOUR).toISOString().slice(0, 10);
}

/** Parsed times by their text: a page compares the same few dates for every note, and parsing is the costly part. */
const parsedCache = new Map<string, ParsedPublished | null>();
/** Entries kept before the cache is emptied (a dataset has tens of dates; pages add one each). */
const PARSED_CACHE_SIZE = 512;

/** Parses a publication time; null when it is not a date this module understands. The result is shared: do not modify it. */
export function parsePublished(value: string | null | undefined): Readonly<ParsedPublished> | null {
  if (!value) return null;
  let parsed = parsedCache.get(value);
  if (parsed === undefined) {
    if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.clear();
    parsed = parseUncached(value);
    parsedCache.set(value, parsed);
  }
  return parsed;
}

function parseUncached(value: string): ParsedPublished | null {
  const text = value.trim();
  const d = DATE_ONLY.exec(text);
  if (d) return { day: `${d[1]}-${d[2]}-${d[3]}`, instant: null };
  const t = DATE_TIME.exec(text);
  if (!t) return null;
  const [, y, mo, da, h, mi, s, zone] = t;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(local)) return null;
  let instant: number;
  if (!zone) {
    // New Zealand local time: try standard time, then correct if that instant falls in daylight time.
    instant = local - 12 * HOUR;
    instant = local - nzOffsetHours(instant) * HOUR;
  } else if (zone.toUpperCase() === 'Z') {
    instant = local;
  } else {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    instant = local - sign * (Number(digits.slice(0, 2)) * HOUR + Number(digits.slice(2)) * 60_000);
  }
  return { day: dayOf(instant), instant };
}

/** The New Zealand calendar day of a publication time, or null when it cannot be read. */
export function publishedDay(value: string | null | undefined): string | null {
  return parsePublished(value)?.day ?? null;
}

/**
 * Compares two publication times: -1 when `a` is known to be earlier, 1 when known to be later, 0 when both
 * are the same instant, and null when the order is unknown: either is unreadable, or they fall on the same
 * New Zealand day and at least one of them is a bare date (two same-day reports are never called earlier).
 */
export function comparePublished(a: string | null | undefined, b: string | null | undefined): -1 | 0 | 1 | null {
  const pa = parsePublished(a);
  const pb = parsePublished(b);
  if (!pa || !pb) return null;
  if (pa.instant !== null && pb.instant !== null) {
    return pa.instant < pb.instant ? -1 : pa.instant > pb.instant ? 1 : 0;
  }
  if (pa.day === pb.day) return null;
  return pa.day < pb.day ? -1 : 1;
}

/** True only when `a` is known to be published strictly before `b`. */
export function isEarlier(a: string | null | undefined, b: string | null | undefined): boolean {
  return comparePublished(a, b) === -1;
}

/**
 * A comparator for sorting by publication (use with the stable `Array.prototype.sort`): known orders are
 * respected, unknown orders compare equal so ties keep their input (file) order. Unreadable dates sort last.
 */
export function byPublished(a: string | null | undefined, b: string | null | undefined): number {
  const pa = parsePublished(a);
  const pb = parsePublished(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  if (pa.day !== pb.day) return pa.day < pb.day ? -1 : 1;
  if (pa.instant !== null && pb.instant !== null) return pa.instant - pb.instant;
  return 0;
}
