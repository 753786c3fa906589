// Shows how this page's words differ from an earlier report: a legend, then removed words struck, added words underlined.

import { Fragment } from 'preact';
import { diffWords } from './word-diff';

/** Names of the two texts: what a screen reader hears before each mark, and the legend's words for each. */
export interface DiffLabels {
  removed: string;
  added: string;
  legendRemoved: string;
  legendAdded: string;
}

/** The sidebar compares an earlier report with this page. */
const PAGE_LABELS: DiffLabels = {
  removed: 'earlier only: ',
  added: 'this page only: ',
  legendRemoved: 'only in the earlier report',
  legendAdded: 'only on this page',
};

/** The marks' meaning in words, so neither colour nor line style alone carries it (colour-blind readers, print). */
function Legend(props: { labels: DiffLabels }) {
  return (
    <p class="diff-legend">
      <span class="legend-item">
        <span class="sample added">Underlined</span>: {props.labels.legendAdded}
      </span>{' '}
      <span class="legend-item">
        <span class="sample removed">Struck through</span>: {props.labels.legendRemoved}
      </span>
    </p>
  );
}

/** `labels` name the two texts (the story page compares two reports, not this page with one). */
export function DiffView(props: { earlier: string; page: string; labels?: DiffLabels }) {
  const parts = diffWords(props.earlier, props.page);
  const labels = props.labels ?? PAGE_LABELS;
  return (
    <>
      <Legend labels={labels} />
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
    </>
  );
}
