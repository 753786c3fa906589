// One report on the story page: quoted words under the speaker's name, reported speech as the outlet's report.

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

/** "NZ Herald, 12 Aug 2022" linking to the article (opens it in a new tab). */
export function ReportSource(props: { r: Report }) {
  const { r } = props;
  const href = safeHttpUrl(r.url);
  const label = `${r.outlet}, ${formatPublished(r.published)}`;
  return href ? (
    <a class="source" href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="sr-only"> (opens the article: {r.headline})</span>
    </a>
  ) : (
    <span class="source">{label}</span>
  );
}
