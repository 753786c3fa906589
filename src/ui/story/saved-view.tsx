// The reader's own saved claims that belong to this story, each with the article and the story's claims it touches.

import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../../dataset/types';
import type { OptionsApi } from '../options/saved-claims';
import { formatPublished } from '../sidebar/format';
import { claimAnchor } from './dispute-view';
import { ExternalLink } from './report-view';
import { savedForStory, type SavedInStory } from './saved';

/** The store access the options page uses; the story page only lists. */
export type SavedApi = Pick<OptionsApi, 'list'>;

export function SavedSection(props: { dataset: Dataset; api: SavedApi }) {
  const { dataset, api } = props;
  const [state, setState] = useState<{ items: SavedInStory[] } | { problem: string } | null>(null);
  useEffect(() => {
    api.list().then(
      (r) => setState(r.ok ? { items: savedForStory(dataset, r.saved) } : { problem: r.problem }),
      () => setState({ problem: 'Your saved claims could not be loaded.' }),
    );
  }, [api, dataset]);
  const summaries = new Map(dataset.claims.map((c) => [c.id, c.summary]));
  return (
    <section id="saved" aria-labelledby="saved-h" class="saved-section">
      <h2 id="saved-h">Your saved claims from this story</h2>
      {state === null ? (
        <p aria-live="polite">Loading your saved claims…</p>
      ) : 'problem' in state ? (
        <p class="problem" role="alert">
          {state.problem}
        </p>
      ) : state.items.length === 0 ? (
        <p data-testid="saved-none">
          None yet. Select words in one of the story's articles and choose <b>Save as claim</b>; they will be listed here.
        </p>
      ) : (
        <ul class="saved-list" data-testid="saved-list">
          {state.items.map(({ saved, article, claims }) => {
            return (
              <li key={saved.id}>
                <p class="saved-words">
                  <span class="reporter">You saved:</span> {saved.words}
                </p>
                {saved.note ? <p class="note">Your note: {saved.note}</p> : null}
                <p class="meta">
                  From{' '}
                  <ExternalLink url={saved.url}>{article ? `${article.outlet}: ${article.headline}` : saved.title || saved.url}</ExternalLink>
                  {saved.published ? `, ${formatPublished(saved.published)}` : ''}; saved {formatPublished(saved.createdAt.slice(0, 10))}
                </p>
                {claims.length ? (
                  <p class="meta">
                    The story's claims in that paragraph:{' '}
                    {claims.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? '; ' : null}
                        <a href={`#${claimAnchor(id)}`}>{summaries.get(id) ?? id}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
