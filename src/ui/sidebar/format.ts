// Display helpers for the sidebar: publication dates as written (no time-zone shifting) and safe link targets.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2022-08-12" -> "12 Aug 2022"; "2022-08-15T17:21:00+12:00" -> "15 Aug 2022, 5:21 pm".
 * The time is shown as the record gives it (New Zealand local time), never converted to the reader's zone.
 * Anything unparseable is returned unchanged.
 */
export function formatPublished(published: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published);
  if (!m) return published;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return published;
  const date = `${Number(m[3])} ${month} ${m[1]}`;
  if (m[4] === undefined || m[5] === undefined) return date;
  const hour = Number(m[4]);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${date}, ${h12}:${m[5]} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "12 Aug" for compact timelines. */
export function formatShortDay(day: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(day);
  const month = m ? MONTHS[Number(m[1]) - 1] : undefined;
  return m && month ? `${Number(m[2])} ${month}` : day;
}

/** The URL when it is http(s), else null: dataset text never becomes a javascript: or data: link. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** First `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
