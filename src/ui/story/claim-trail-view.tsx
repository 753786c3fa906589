// A claim's trail: every article that reported it, in order, and how the wording changed where that means something.

import type { ClaimKind } from '../../dataset/types';
import { DiffView } from '../sidebar/diff-view';
import { formatPublished } from '../sidebar/format';
import { claimAnchor, disputeAnchor } from './dispute-view';
import type { ClaimTrail, TrailStep } from './model';
import { PlaceHeading, ReportSource, ReportWords } from './report-view';

const KIND: Record<ClaimKind, string> = { quote: 'quoted', paraphrase: 'paraphrased', report: "the outlets' own account" };

const DIFF_LABELS = {
  removed: 'earlier wording only: ',
  added: 'this report only: ',
  legendRemoved: 'only in the earlier wording',
  legendAdded: 'only in this report',
};

/** "NZ Herald, 12 Aug 2022" of an earlier report, for "same words as …" and "reworded from …". */
const at = (s: { outlet: string; published: string }): string => `${s.outlet}, ${formatPublished(s.published)}`;

function Wording(props: { step: TrailStep }) {
  const w = props.step.wording;
  if (w.kind === 'same') return <p class="wording same">Same words as {at(w.as)}.</p>;
  if (w.kind !== 'differs') return null;
  return (
    <div class="wording differs">
      <p class="differs-label">Worded differently from {at(w.from)}:</p>
      <DiffView earlier={w.from.words} page={props.step.report.words} labels={DIFF_LABELS} />
    </div>
  );
}

export function ClaimTrailView(props: { trail: ClaimTrail }) {
  const { claim, steps, disputes } = props.trail;
  const id = claimAnchor(claim.id);
  const outlets = new Set(steps.map((s) => s.report.file)).size;
  const firstCount = steps.filter((s) => s.first).length;
  return (
    <article class="claim" id={id} tabIndex={-1} aria-labelledby={`${id}-h`}>
      <PlaceHeading id={id} kind="claim" title={claim.summary} />
      <p class="claim-meta">
        {claim.claimantName ?? 'The reporting'}, {KIND[claim.kind]} · {steps.length === 1 ? '1 report' : `${steps.length} reports`}
        {outlets > 1 ? ` in ${outlets} articles` : ''}
        {disputes.length ? (
          <>
            {' '}
            · disputed:{' '}
            {disputes.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? '; ' : null}
                <a href={`#${disputeAnchor(d.id)}`}>{d.summary}</a>
              </span>
            ))}
          </>
        ) : null}
      </p>
      {claim.note ? <p class="note">Curator's note: {claim.note}</p> : null}
      <ol class="trail">
        {steps.map((step, i) => (
          <li key={`${step.report.file}#${step.report.paragraph}:${i}`} class="step">
            <p class="step-head">
              <ReportSource r={step.report} />
              {step.first ? <span class="badge first-badge">{firstCount > 1 ? 'First, same day' : 'First reported'}</span> : null}
              {step.orderUnknown ? <span class="badge unknown-badge">Same day as the one before: order unknown</span> : null}
            </p>
            <ReportWords r={step.report} />
            <Wording step={step} />
          </li>
        ))}
      </ol>
    </article>
  );
}
