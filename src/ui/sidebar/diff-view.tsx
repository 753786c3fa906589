// Shows how this page's words differ from an earlier report: removed words struck, added words marked.

import { diffWords } from './word-diff';

export function DiffView(props: { earlier: string; page: string }) {
  const parts = diffWords(props.earlier, props.page);
  return (
    <p class="diff">
      {parts.map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text} </span>
        ) : part.op === 'removed' ? (
          <del key={i}>
            <span class="sr-only">earlier only: </span>
            {part.text}
          </del>
        ) : (
          <ins key={i}>
            <span class="sr-only">this page only: </span>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
