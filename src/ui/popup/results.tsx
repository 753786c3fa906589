// Search box, filters and result list of the popup (results update as the reader types).

import { useMemo, useState } from 'preact/hooks';
import type { SearchClaim } from '../../shared/messages';
import { isOwnWords, possessive, voiceOf } from '../voice';
import { NO_FILTERS, buildIndex, filterChoices, newestFirst, searchClaims, type Filters } from './search';

/** A report's label says what these words are (the extract's form), never what kind of claim they support. */
const KIND_LABEL: Record<string, string> = {
  quote: 'Quote',
  reported: 'Reported',
  saved: 'Saved by you',
};

/** Quotation marks and the person's name as the voice only for their own words; a report is the outlet's. */
function Result({ c }: { c: SearchClaim }) {
  // A saved claim names a speaker only when it was saved as their quoted words (store-seed.ts).
  const quoted = isOwnWords({ form: c.kind === 'quote' || c.source === 'saved' ? 'quote' : 'reported', claimant: c.claimant });
  const day = formatDay(c.published);
  const who =
    c.source === 'saved'
      ? `${quoted ? `${possessive(c.claimant!)} words, saved by you` : 'Saved by you'} · ${c.outlet} · ${day}`
      : quoted
        ? `${c.claimant} · ${c.outlet} · ${day} · Quote`
        : `${voiceOf({ form: 'reported', claimant: c.claimant, outlet: c.outlet })} · ${day} · Reported`;
  return (
    <>
      {quoted ? <q class="words">{c.words}</q> : <span class="words report">{c.words}</span>}
      <span class="meta">{who}</span>
    </>
  );
}

/** "12 Aug 2022" for a date or date-time as recorded (the record's own day, no time-zone shift). */
export function formatDay(published: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return 'date unknown';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

export function Search(props: { claims: readonly SearchClaim[]; onOpen: (c: SearchClaim) => void }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The index is built on the first keystroke, not on open: the popup shows the newest claims without it.
  const typed = query.trim() !== '';
  const index = useMemo(() => (typed ? buildIndex(props.claims) : null), [props.claims, typed || null]);
  const choices = useMemo(() => filterChoices(props.claims), [props.claims]);
  const results = useMemo(
    () => (index ? searchClaims(index, query, filters) : newestFirst(props.claims, filters)),
    [index, props.claims, query, filters],
  );
  const set = (k: keyof Filters) => (e: Event) => setFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <section aria-labelledby="search-h" class="search">
      <h2 id="search-h">Search claims</h2>
      <label for="q" class="visually-hidden">Search claims</label>
      <input
        id="q"
        type="search"
        placeholder="Search claims, e.g. no evidence"
        autoFocus
        autoComplete="off"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        aria-describedby="result-count"
      />
      <details class="filters" open={filtered}>
        <summary>Filters{filtered ? ' (on)' : ''}</summary>
        <div class="filter-grid">
          <Select id="f-claimant" label="Who" value={filters.claimant} options={choices.claimants} onChange={set('claimant')} />
          <Select id="f-outlet" label="Outlet" value={filters.outlet} options={choices.outlets} onChange={set('outlet')} />
          <Select id="f-kind" label="Kind" value={filters.kind} options={choices.kinds} labels={KIND_LABEL} onChange={set('kind')} />
          <label for="f-from">From</label>
          <input id="f-from" type="date" value={filters.from} onInput={set('from')} />
          <label for="f-to">To</label>
          <input id="f-to" type="date" value={filters.to} onInput={set('to')} />
          {filtered && (
            <button type="button" class="link" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          )}
        </div>
      </details>
      <p id="result-count" aria-live="polite" class="count">
        {results.length === 0 ? 'No claims match.' : `${results.length}${results.length === 50 ? '+' : ''} claim${results.length === 1 ? '' : 's'}`}
      </p>
      <ul class="results" data-testid="results">
        {results.map((c) => (
          <li key={c.id}>
            <a
              href={c.url}
              class="result"
              onClick={(e) => {
                e.preventDefault();
                props.onOpen(c);
              }}
            >
              <Result c={c} />
              {c.source === 'saved' && c.summary ? <span class="note">Note: {c.summary}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: string[];
  labels?: Record<string, string>;
  onChange: (e: Event) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={props.onChange}>
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </>
  );
}
