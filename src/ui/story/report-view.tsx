// One report on the story page (quoted words under the speaker's name, reported speech as the outlet's report), and
// the heading with a shareable link that each dispute and claim has.

import type { ComponentChildren } from 'preact';
import { formatPublished, safeHttpUrl } from '../sidebar/format';
import type { Report } from './model';

/**
 * The words as the article printed them. A quote is the speaker's own words, in quotation marks under their name;
 * anything else is the outlet's report ("RNZ reported: …"), never set out as the person's own words.
 */
export function ReportWords(props: { r: Report }) {
  const { r } = props;
  if (r.form === 'quote' && r.speakerName) {
    return (
      <div class="words quote-form">
        <p class="who">{r.speakerName}</p>
        <blockquote class="quote">{r.words}</blockquote>
      </div>
    );
  }
  // Whose position the report gives, set apart from the words so they never read as that person's own.
  const about = r.claimantName ?? r.speakerName;
  return (
    <p class="words reported">
      <span class="reporter">{r.outlet} reported</span>
      {about ? <span class="about"> ({about}'s account)</span> : null}: {r.words}
    </p>
  );
}

/** A link to an article or other address, opened in a new tab; plain text when the address is not http(s). */
export function ExternalLink(props: { url: string; class?: string; title?: string; children: ComponentChildren }) {
  const href = safeHttpUrl(props.url);
  if (!href) return <span class={props.class}>{props.children}</span>;
  return (
    <a class={props.class} href={href} title={props.title} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}

/** "NZ Herald, 12 Aug 2022" linking to the article (opens it in a new tab). */
export function ReportSource(props: { r: Report }) {
  const { r } = props;
  return (
    <ExternalLink class="source" url={r.url}>
      {r.outlet}, {formatPublished(r.published)}
      <span class="sr-only"> (opens the article: {r.headline})</span>
    </ExternalLink>
  );
}

/** A dispute's or claim's heading, with a link to its own place on the page (to copy and share). */
export function PlaceHeading(props: { id: string; kind: 'dispute' | 'claim'; title: string }) {
  return (
    <div class="place-head">
      <h3 id={`${props.id}-h`}>{props.title}</h3>
      <a class="permalink" href={`#${props.id}`}>
        Link<span class="sr-only">
          {' '}
          to this {props.kind}: {props.title}
        </span>
      </a>
    </div>
  );
}
