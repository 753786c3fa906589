// A dispute side by side: its neutral one-line summary, then a column per side with every account in publication order.

import { formatPublished } from '../sidebar/format';
import { voiceOf, type DisputeView, type Report, type SideView } from './model';
import { PlaceHeading, ReportSource, ReportWords } from './report-view';

export const disputeAnchor = (id: string): string => `dispute-${id}`;
export const claimAnchor = (id: string): string => `claim-${id}`;

const reportKey = (r: Report): string => `${r.claimId}@${r.file}#${r.paragraph}:${r.words.slice(0, 40)}`;

/**
 * Who spoke first on this side, at a glance: "Gaurav Sharma, in the NZ Herald, 12 Aug 2022". When the earliest
 * articles share a day and no times are recorded, every one of them is named and the order is said to be unknown.
 */
export function firstLine(first: SideView['first']): string {
  const [one] = first.reports;
  if (!one) return '';
  const day = formatPublished(one.published);
  if (!first.orderUnknown) return `${voiceOf(one)}, in ${one.outlet}, ${day}`;
  const voices = [...new Set(first.reports.map(voiceOf))];
  const outlets = [...new Set(first.reports.map((r) => r.outlet))];
  const who =
    voices.length === 1
      ? `${voices[0]}, in ${outlets.join(' and ')}`
      : first.reports.map((r) => `${voiceOf(r)} (${r.outlet})`).join(', ');
  return `${who}, ${day}: no times recorded, so which came first is unknown`;
}

function FirstLine(props: { first: SideView['first'] }) {
  if (props.first.reports.length === 0) return null;
  return (
    <p class="first-line">
      <span class="badge first-badge">{props.first.orderUnknown ? 'First, same day' : 'First'}</span> {firstLine(props.first)}
    </p>
  );
}

function Side(props: { dispute: string; side: SideView; index: number }) {
  const { side } = props;
  const headingId = `${disputeAnchor(props.dispute)}-side-${props.index}`;
  const firsts = new Set(side.first.reports.map(reportKey));
  return (
    <section class={`side side-${props.index % 4}`} id={`${disputeAnchor(props.dispute)}-side-${props.index}-s`} aria-labelledby={headingId}>
      <h4 id={headingId}>{side.label}</h4>
      <FirstLine first={side.first} />
      {side.reports.length === 0 ? <p class="none">No account matches the filter on this side.</p> : null}
      <ol class="accounts">
        {side.reports.map((r) => {
          const first = firsts.has(reportKey(r));
          return (
            <li key={reportKey(r)} class={first ? 'account is-first' : 'account'}>
              <p class="account-head">
                <ReportSource r={r} />
                {first ? <span class="badge first-badge">{side.first.orderUnknown ? 'First, same day' : 'First'}</span> : null}
              </p>
              <ReportWords r={r} />
              <p class="trail-link">
                <a href={`#${claimAnchor(r.claimId)}`}>
                  Every report of this claim<span class="sr-only"> ({voiceOf(r)}, {r.outlet})</span>
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * On a narrow screen the columns stack, so the sides and who spoke first on each are listed first, at a glance,
 * each linking to its column.
 */
function SidesOverview(props: { view: DisputeView }) {
  const { view } = props;
  return (
    <ul class="sides-overview narrow-only">
      {view.sides.map((side, i) => (
        <li key={side.label}>
          <a href={`#${disputeAnchor(view.id)}-side-${i}-s`}>{side.label}</a>
          {side.first.reports.length ? <span class="first-line"> First: {firstLine(side.first)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function DisputeSection(props: { view: DisputeView }) {
  const { view } = props;
  const id = disputeAnchor(view.id);
  return (
    <section class="dispute" id={id} tabIndex={-1} aria-labelledby={`${id}-h`}>
      <PlaceHeading id={id} kind="dispute" title={view.summary} />
      <SidesOverview view={view} />
      <div class="sides">
        {view.sides.map((side, i) => (
          <Side key={side.label} dispute={view.id} side={side} index={i} />
        ))}
      </div>
    </section>
  );
}
