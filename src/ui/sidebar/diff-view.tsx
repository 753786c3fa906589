// Shows how this page's words differ from an earlier report: a legend, then removed words struck, added words underlined.

import { Fragment } from 'preact';
import { diffWords } from './word-diff';

/** The marks' meaning in words, so neither colour nor line style alone carries it (colour-blind readers, print). */
function Legend() {
  return (
    <p class="diff-legend">
      <span class="legend-item">
        <span class="sample added">Underlined</span>: only on this page
      </span>{' '}
      <span class="legend-item">
        <span class="sample removed">Struck through</span>: only in the earlier report
      </span>
    </p>
  );
}

export function DiffView(props: { earlier: string; page: string }) {
  const parts = diffWords(props.earlier, props.page);
  return (
    <>
      <Legend />
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
    </>
  );
}
