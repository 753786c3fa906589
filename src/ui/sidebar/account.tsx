// One account on a card: a speaker's quoted words under their name, or an outlet's report in the outlet's voice.

import type { Annotation } from '../../core/types';
import type { Attribution } from '../../shared/messages';
import { formatPublished, safeHttpUrl } from './format';
import { ACCOUNT_ATTRS, type ClaimDraft } from './selection';
import { isOwnWords, possessive, voiceOf } from '../voice';

export function attributionOf(a: Annotation): Attribution {
  return { form: isOwnWords(a) ? 'quote' : 'reported', speaker: a.claimant, outlet: a.outlet };
}

/** An account saved as the reader's claim, with the article that printed it and whose words they are. */
export function draftOf(a: Annotation): ClaimDraft {
  return { words: a.quote, url: a.url, title: a.headline, published: a.published, attribution: attributionOf(a) };
}

/** The words, carrying their source and attribution so a selection inside them is saved with both. */
function Words(props: { a: Annotation }) {
  const { a } = props;
  const at = attributionOf(a);
  const attrs = {
    [ACCOUNT_ATTRS.url]: a.url,
    [ACCOUNT_ATTRS.title]: a.headline,
    [ACCOUNT_ATTRS.published]: a.published,
    [ACCOUNT_ATTRS.form]: at.form,
    [ACCOUNT_ATTRS.speaker]: at.speaker ?? '',
    [ACCOUNT_ATTRS.outlet]: at.outlet,
  };
  // Quotation marks (blockquote styling) only for the speaker's own words; a report reads as the outlet's prose.
  return at.form === 'quote' ? (
    <blockquote class="words quote" {...attrs}>
      {a.quote}
    </blockquote>
  ) : (
    <p class="words report" {...attrs}>
      {a.quote}
    </p>
  );
}

/** "Save" beside an account: keeps these words, with their outlet, date and attribution, among the reader's claims. */
function SaveAccount(props: { a: Annotation; onSave?: (d: ClaimDraft) => void }) {
  const { a, onSave } = props;
  if (!onSave) return null;
  const what = isOwnWords(a) ? `${possessive(a.claimant!)} words` : `${possessive(a.outlet)} report`;
  return (
    <button type="button" class="save-quote" onClick={() => onSave(draftOf(a))}>
      Save<span class="sr-only"> {what} as a claim</span>
    </button>
  );
}

function SourceLink(props: { a: Annotation }) {
  const href = safeHttpUrl(props.a.url);
  const label = `${props.a.outlet}, ${formatPublished(props.a.published)}`;
  return (
    <p class="meta">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={props.a.headline}>
          {label}
          <span class="sr-only"> (opens the source article: {props.a.headline})</span>
        </a>
      ) : (
        label
      )}
    </p>
  );
}

/** Who, the words, and where they were published. */
export function Account(props: { a: Annotation; onSave?: (d: ClaimDraft) => void }) {
  const { a } = props;
  return (
    <>
      <p class={`who ${isOwnWords(a) ? 'speaker' : 'reporter'}`}>{isOwnWords(a) ? voiceOf(a) : `${voiceOf(a)}:`}</p>
      <Words a={a} />
      <div class="quote-foot">
        <SourceLink a={a} />
        <SaveAccount a={a} onSave={props.onSave} />
      </div>
    </>
  );
}
