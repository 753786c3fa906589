// Shows how this page's words differ from an earlier report: removed words struck, added words marked.

import { Fragment } from 'preact';
import { diffWords } from './word-diff';

export function DiffView(props: { earlier: string; page: string }) {
  const parts = diffWords(props.earlier, props.page);
  return (
    <p class="diff">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          {part.op === 'same' ? (
            part.text
          ) : part.op === 'removed' ? (
            <del>
              <span class="sr-only">earlier only: </span>
              {part.text}
            </del>
          ) : (
            <ins>
              <span class="sr-only">this page only: </span>
              {part.text}
            </ins>
          )}
        </Fragment>
      ))}
    </p>
  );
}
