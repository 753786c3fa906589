// "Why this note?": how the engine tied this paragraph to the claims its notes are about, shown on request.

import type { ClaimLink } from '../../core/types';

/** How a link was made, in a reader's words. */
function how(link: ClaimLink): string {
  switch (link.via) {
    case 'source':
      return 'this paragraph is a paragraph of a source article, as published or edited';
    case 'quote':
      return 'this paragraph quotes the words the source article reported';
    case 'restated':
      return 'this paragraph repeats most of the words the source article reported';
    case 'paraphrase': {
      const words = link.terms.map((t) => `“${t}”`).join(', ');
      const who = link.speaker ? `${link.speaker} is the one speaking here` : 'the paragraph is about the same person';
      return `in other words: ${who}, and it says ${words}`;
    }
  }
}

/** A disclosure listing each claim the paragraph was linked to and why (nothing when there is no link to explain). */
export function Why(props: { links: readonly ClaimLink[] }) {
  if (props.links.length === 0) return null;
  return (
    <details class="why">
      <summary>Why this note?</summary>
      <ul>
        {props.links.map((l) => (
          <li key={l.claimId} data-via={l.via}>
            <span class="why-claim">{l.summary}</span> <span class="why-how">({how(l)})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
