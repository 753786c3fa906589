// The story page: the whole disagreement from the bundled dataset (timeline, disputes, claim trails, saved claims).

import { useEffect, useMemo, useState } from 'preact/hooks';
import { matchAddressIn } from '../../core/address';
import type { Dataset } from '../../dataset/types';
import type { StoryTarget } from '../../shared/story-link';
import { ClaimTrailView } from './claim-trail-view';
import { DisputeSection } from './dispute-view';
import { NO_FILTER, filterChoices, filterDispute, isFiltered, trailPasses, type StoryFilter } from './filter';
import { claimTrails, disputeView } from './model';
import { SavedSection, type SavedApi } from './saved-view';
import type { ReaderPlace } from './timeline-layout';
import { TimelineSection } from './timeline-view';

export interface StoryPageProps {
  datasets: readonly Dataset[];
  target: StoryTarget;
  saved: SavedApi;
}

/** Where the reader came from: an article of the story (by file, or by the address of their tab), or a dated page. */
export function readerPlace(dataset: Dataset, target: StoryTarget): ReaderPlace {
  if (target.article && dataset.articles.some((a) => a.file === target.article)) return { article: target.article };
  const byAddress = target.from ? matchAddressIn(dataset, [target.from])?.article : null;
  if (byAddress) return { article: byAddress.file };
  return target.published ? { published: target.published } : null;
}

/** Scrolls to and focuses the element the address's fragment names, once it is on the page; false when it is not. */
function landOn(place: string): boolean {
  const el = globalThis.document?.getElementById(place);
  if (!el) return false;
  el.scrollIntoView?.({ block: 'start' });
  el.focus?.({ preventScroll: true });
  return true;
}

const fragment = (): string => decodeURIComponent(globalThis.location?.hash.slice(1) ?? '');

function Filters(props: { dataset: Dataset; filter: StoryFilter; onChange: (f: StoryFilter) => void; shown: string }) {
  const choices = useMemo(() => filterChoices(props.dataset), [props.dataset]);
  const { filter, onChange } = props;
  return (
    <form class="filters" role="search" aria-label="Filter disputes and claims" onSubmit={(e) => e.preventDefault()}>
      <label for="f-person">Person</label>
      <select id="f-person" value={filter.person} onChange={(e) => onChange({ ...filter, person: e.currentTarget.value })}>
        <option value="">Everyone</option>
        {choices.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label for="f-outlet">Outlet</label>
      <select id="f-outlet" value={filter.outlet} onChange={(e) => onChange({ ...filter, outlet: e.currentTarget.value })}>
        <option value="">Every outlet</option>
        {choices.outlets.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {isFiltered(filter) ? (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          Show everything
        </button>
      ) : null}
      <p class="shown" role="status">
        {props.shown}
      </p>
    </form>
  );
}

export function StoryPage(props: StoryPageProps) {
  const dataset = props.datasets.find((d) => d.story.id === props.target.story) ?? props.datasets[0];
  if (!dataset) {
    return (
      <main class="story-page">
        <h1>Counterpoint</h1>
        <p>No story is bundled with this copy of Counterpoint.</p>
      </main>
    );
  }
  return <StoryBody key={dataset.story.id} {...props} dataset={dataset} />;
}

function StoryBody(props: StoryPageProps & { dataset: Dataset }) {
  const { dataset, target } = props;
  const reader = useMemo(() => readerPlace(dataset, target), [dataset, target]);
  const disputes = useMemo(() => dataset.disputes.map((d) => disputeView(dataset, d)), [dataset]);
  const trails = useMemo(() => claimTrails(dataset), [dataset]);
  const [filter, setFilter] = useState<StoryFilter>(NO_FILTER);
  const [place, setPlace] = useState<string>(() => target.place ?? fragment());
  const shownDisputes = disputes.map((d) => filterDispute(d, filter)).filter((d) => d !== null);
  const shownTrails = trails.filter((t) => trailPasses(t, filter));

  // Land on the place the address names, after the render that puts it on the page; a place the filter hides
  // shows everything again first (a shared link always lands).
  useEffect(() => {
    if (!place) return;
    if (landOn(place)) setPlace('');
    else if (isFiltered(filter)) setFilter(NO_FILTER);
  }, [place, filter]);
  useEffect(() => {
    const onHash = () => setPlace(fragment());
    globalThis.addEventListener?.('hashchange', onHash);
    return () => globalThis.removeEventListener?.('hashchange', onHash);
  }, []);

  const others = props.datasets.filter((d) => d !== dataset);
  const from = reader && 'article' in reader ? dataset.articles.find((a) => a.file === reader.article) : null;
  const shown = isFiltered(filter)
    ? `Showing ${shownDisputes.length} of ${disputes.length} disputes and ${shownTrails.length} of ${trails.length} claims.`
    : `${disputes.length} disputes and ${trails.length} claims.`;
  return (
    <>
      <header class="page-head">
        <p class="brand">Counterpoint · the whole story</p>
        <h1>{dataset.story.title}</h1>
        <p class="summary">{dataset.story.summary}</p>
        {from ? (
          <p class="came-from">
            You came from {from.outlet}'s article “{from.headline}”; it is marked on the timeline.
          </p>
        ) : null}
        <nav aria-label="On this page">
          <a href="#timeline">Timeline</a> · <a href="#disputes">Disputes ({disputes.length})</a> ·{' '}
          <a href="#claims">Claims ({trails.length})</a> · <a href="#saved">Your saved claims</a>
          {others.map((d) => (
            <span key={d.story.id}>
              {' '}
              · <a href={`?story=${encodeURIComponent(d.story.id)}`}>{d.story.title}</a>
            </span>
          ))}
        </nav>
        <p class="offline">Built from {dataset.articles.length} articles bundled with the extension; nothing is fetched.</p>
      </header>
      <main class="story-page">
        <TimelineSection dataset={dataset} reader={reader} />
        <Filters dataset={dataset} filter={filter} onChange={setFilter} shown={shown} />
        <section id="disputes" aria-labelledby="disputes-h">
          <h2 id="disputes-h">Disputes, side by side</h2>
          <p class="hint">Each side's accounts in order of publication; the first on each side is marked.</p>
          {shownDisputes.map((d) => (
            <DisputeSection key={d.id} view={d} />
          ))}
        </section>
        <section id="claims" aria-labelledby="claims-h">
          <h2 id="claims-h">Every claim, and who reported it when</h2>
          <p class="hint">Ordered by first report. Where a later article reworded an earlier one, the changed words are marked.</p>
          {shownTrails.map((t) => (
            <ClaimTrailView key={t.claim.id} trail={t} />
          ))}
        </section>
        <SavedSection dataset={dataset} api={props.saved} />
      </main>
    </>
  );
}
