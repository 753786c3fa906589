// "Not shown on this page": claims the dataset records for this article that the page does not show.

import type { MissingClaim } from '../../core/types';

export function MissingList(props: { missing: MissingClaim[] }) {
  if (props.missing.length === 0) return null;
  return (
    <section class="missing" aria-labelledby="cp-missing-title">
      <h3 id="cp-missing-title">Not shown on this page</h3>
      <p class="hint">The published article also reported these; this copy of the page does not show them.</p>
      <ul class="items">
        {props.missing.map((m) => (
          <li key={`${m.claimId}:${m.file}:${m.paragraph}`}>
            <p class="who">{m.claimant ?? 'Reporting'}</p>
            <p class="summary">{m.summary}</p>
            <blockquote>{m.words}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
