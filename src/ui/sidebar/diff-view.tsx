// Shows how this page's words differ from an earlier report: removed words struck, added words marked.

import { Fragment } from 'preact';
import { diffWords } from './word-diff';

/** What a screen reader hears before removed and added words (the sidebar compares an earlier report with this page). */
const PAGE_LABELS = { removed: 'earlier only: ', added: 'this page only: ' };

export function DiffView(props: { earlier: string; page: string; labels?: { removed: string; added: string } }) {
  const parts = diffWords(props.earlier, props.page);
  const labels = props.labels ?? PAGE_LABELS;
  return (
    <p class="diff">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          {part.op === 'same' ? (
            part.text
          ) : part.op === 'removed' ? (
            <del>
              <span class="sr-only">{labels.removed}</span>
              {part.text}
            </del>
          ) : (
            <ins>
              <span class="sr-only">{labels.added}</span>
              {part.text}
            </ins>
          )}
        </Fragment>
      ))}
    </p>
  );
}
