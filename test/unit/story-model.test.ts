// The story page's model: reports in publication order, who spoke first, claim trails, rewordings, sources, filters.
import { describe, expect, it } from 'vitest';
import type { SavedClaim } from '../../src/shared/messages';
import { firstLine } from '../../src/ui/story/dispute-view';
import { NO_FILTER, filterChoices, filterDispute, reportPasses, trailPasses } from '../../src/ui/story/filter';
import { claimTrail, claimTrails, disputeView, eventSources, orderedArticles, reportsOf, voiceOf, wordingOf } from '../../src/ui/story/model';
import { savedForStory } from '../../src/ui/story/saved';
import { ARDERN, claim, evidence, sampleStory } from './helpers/story-sample';

const story = sampleStory();
const claimById = (id: string) => story.claims.find((c) => c.id === id)!;
const sides = () => disputeView(story, story.disputes[0]!).sides;

describe('reports and who spoke first', () => {
  it('orders a claim\'s reports by publication, whatever order the dataset lists them in', () => {
    expect(reportsOf(story, claimById('ardern-no-evidence')).map((r) => r.outlet)).toEqual(['NZ Herald', 'RNZ']);
  });

  it('puts each side\'s accounts from all its claims in one publication order', () => {
    expect(sides()[1]!.reports.map((r) => `${r.outlet} ${r.published.slice(0, 10)}`)).toEqual([
      'NZ Herald 2022-08-12',
      'NZ Herald 2022-08-13',
      'RNZ 2022-08-15',
    ]);
  });

  it('names one first speaker when one article is known to be earliest', () => {
    const first = sides()[1]!.first;
    expect(first.orderUnknown).toBe(false);
    expect(firstLine(first)).toBe('Jacinda Ardern, in NZ Herald, 12 Aug 2022');
  });

  it('never invents an order between same-day articles without times: both are first, and it says so', () => {
    const first = sides()[0]!.first;
    expect(first.orderUnknown).toBe(true);
    expect(first.reports.map((r) => r.outlet).sort()).toEqual(['NZ Herald', 'Newshub']);
    expect(firstLine(first)).toBe('Gaurav Sharma, in NZ Herald and Newshub, 12 Aug 2022: no times recorded, so which came first is unknown');
  });

  it('is voiced by the speaker only for quoted words; a report is the claimant\'s position as the outlet gives it', () => {
    const [herald, rnz] = reportsOf(story, claimById('ardern-no-evidence'));
    expect(rnz!.form).toBe('quote');
    expect(voiceOf(rnz!)).toBe('Jacinda Ardern');
    const own = reportsOf(story, claim('outlet-own', null, [evidence('a.txt', 'Sharma said')]))[0]!;
    expect(voiceOf(own)).toBe('NZ Herald');
    expect(herald!.form).toBe('reported');
  });
});

describe('a claim\'s trail', () => {
  it('lists every report in order, marking the first and same-day reports whose order is unknown', () => {
    const trail = claimTrail(story, claimById('sharma-rampant'));
    expect(trail.steps.map((s) => s.report.outlet)).toEqual(['NZ Herald', 'Newshub']);
    expect(trail.steps.map((s) => s.first)).toEqual([true, true]);
    expect(trail.steps[1]!.orderUnknown).toBe(true);
    expect(trail.disputes).toEqual([{ id: 'bullying', summary: 'Whether MPs are bullied.' }]);
  });

  it('does not call two reports in the same article unordered', () => {
    const twice = claim('twice', ARDERN, [evidence('a.txt', 'Ardern said', { paragraph: 1 }), evidence('a.txt', 'Sharma said')]);
    expect(claimTrail(story, twice).steps.map((s) => s.orderUnknown)).toEqual([false, false]);
  });

  it('shows a rewording word by word, and says "same words" when only case or punctuation changed', () => {
    const earlier = reportsOf(story, claimById('sharma-rampant')).slice(0, 1);
    const reworded = wordingOf('Sharma claims bullying is rampant in Parliament', earlier);
    expect(reworded.kind).toBe('differs');
    if (reworded.kind !== 'differs') return;
    expect(reworded.parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual([
      'removed:said',
      'added:claims',
      'removed:was',
      'added:is',
    ]);
    expect(wordingOf('sharma said bullying WAS rampant in parliament', earlier).kind).toBe('same');
  });

  it('leaves a different sentence as its own wording rather than a noisy diff, and has nothing to compare the first with', () => {
    const earlier = reportsOf(story, claimById('sharma-rampant')).slice(0, 1);
    expect(wordingOf('The MP went public with his complaints on Thursday', earlier).kind).toBe('own');
    expect(wordingOf('anything', []).kind).toBe('first');
  });

  it('orders the trails by first report', () => {
    const order = claimTrails(story).map((t) => t.claim.id);
    expect(order.indexOf('webb-good-faith')).toBeGreaterThan(order.indexOf('ardern-no-evidence'));
  });
});

describe('articles and event sources', () => {
  it('orders the articles by publication and flags the same-day pair whose order is unknown', () => {
    expect(orderedArticles(story).map((a) => `${a.article.file}:${a.orderUnknown}`)).toEqual(['a.txt:true', 'b.txt:true', 'c.txt:false', 'd.txt:false']);
  });

  it('gives one source per article, with the paragraphs that report the event', () => {
    const event = { date: '2022-08-12', what: 'x', articles: [], sources: [{ file: 'a.txt', paragraph: 1 }, { url: 'https://rnz.co.nz/x' }, { file: 'a.txt', paragraph: 0 }] };
    expect(eventSources(story, event).map((s) => `${s.label} ${s.paragraphs.join(',')}`)).toEqual(['NZ Herald, 12 Aug 2022 1,2', 'rnz.co.nz ']);
  });

  it('shows an article source as its outlet and date and another address as its host, both linked', () => {
    const [column, expelled] = story.story.timeline.map((e) => eventSources(story, e));
    expect(column).toEqual([{ label: 'NZ Herald, 12 Aug 2022', url: story.articles[0]!.url, title: 'NZ Herald headline a.txt', paragraphs: [1] }]);
    expect(expelled!.map((s) => [s.label, s.url])).toEqual([['1news.co.nz', 'https://www.1news.co.nz/2022/08/23/expelled']]);
  });
});

describe('filter by person and outlet', () => {
  it('offers the people who make or speak in a claim, and the outlets', () => {
    const choices = filterChoices(story);
    expect(choices.people.map((p) => p.name)).toEqual(['Duncan Webb', 'Gaurav Sharma', 'Jacinda Ardern']);
    expect(choices.outlets).toEqual(['NZ Herald', 'Newshub', 'RNZ']);
  });

  it('keeps only that person\'s or that outlet\'s accounts, and drops a dispute with none', () => {
    const view = disputeView(story, story.disputes[0]!);
    const rnz = filterDispute(view, { person: '', outlet: 'RNZ' })!;
    expect(rnz.sides.map((s) => s.reports.length)).toEqual([0, 1]);
    // Who spoke first stays the unfiltered answer: a filter does not make a later account the first.
    expect(rnz.sides[1]!.first.reports[0]!.outlet).toBe('NZ Herald');
    expect(filterDispute(view, { person: 'nobody', outlet: '' })).toBeNull();
    expect(filterDispute(view, NO_FILTER)).toBe(view);
  });

  it('matches a person as claimant or as the speaker of the words', () => {
    const confirmed = reportsOf(story, claim('webb-pause', ['webb', 'Duncan Webb'], [evidence('a.txt', 'Ardern said', { paragraph: 1, speaker: 'ardern', speakerName: 'Jacinda Ardern' })]))[0]!;
    expect(reportPasses(confirmed, { person: 'ardern', outlet: '' })).toBe(true);
    expect(reportPasses(confirmed, { person: 'webb', outlet: '' })).toBe(true);
    expect(reportPasses(confirmed, { person: 'sharma', outlet: '' })).toBe(false);
  });

  it('keeps a claim\'s whole trail when any report passes', () => {
    const trail = claimTrail(story, claimById('ardern-no-evidence'));
    expect(trailPasses(trail, { person: '', outlet: 'RNZ' })).toBe(true);
    expect(trailPasses(trail, { person: '', outlet: 'Newshub' })).toBe(false);
  });
});

describe('the reader\'s saved claims', () => {
  const saved = (url: string, words: string): SavedClaim => ({ id: url + words, words, url, title: 't', published: null, createdAt: '2024-01-02T00:00:00Z', note: '' });

  it('belong to the story when saved from one of its articles (tracking query and all), with the claims of that paragraph', () => {
    const url = `${story.articles[0]!.url}?utm_source=x`;
    const [got] = savedForStory(story, [saved(url, 'seen no evidence')]);
    expect(got?.article?.file).toBe('a.txt');
    expect(got?.claims).toEqual(['ardern-no-evidence']);
  });

  it('leave out claims saved from pages that are not the story\'s', () => {
    expect(savedForStory(story, [saved('https://example.org/other', 'seen no evidence')])).toEqual([]);
  });
});
