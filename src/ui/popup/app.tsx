// The toolbar popup: this tab's state, show/hide switches, the store's problem if any, and claim search.

import { useEffect, useState } from 'preact/hooks';
import type { AnnotationKind } from '../../core/types';
import type { Responses, SearchClaim, StoreStatus } from '../../shared/messages';
import { DEFAULT_SETTINGS, isEnabledFor, toggleSitePatch, type Settings, type SettingsPatch } from '../../shared/settings';
import { storyPagePath } from '../../shared/story-link';
import type { PopupApi } from './api';
import { Search } from './results';
import { NO_FILTERS, newestFirst } from './search';

/** Claims kept in the popup's start-up snapshot: what the list shows before anything is typed. */
const SNAPSHOT_SIZE = 50;

type TabInfo = Responses['popup/get-tab-state'];

export function PopupApp({ api }: { api: PopupApi }) {
  // Last open's first screen of claims shows at once; the background's full list replaces it when it answers.
  const [claims, setClaims] = useState<SearchClaim[] | null>(() => api.claimsSnapshot?.() ?? null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<StoreStatus>({ ok: true });
  const [error, setError] = useState<string | null>(null);
  // Until the background answers, the list is the snapshot and the store's health unknown (aria-busy says so).
  const [answered, setAnswered] = useState(false);

  useEffect(() => {
    // get-claims reopens and retries the store, so its status is the fresher one; tab state's may predate a recovery.
    let fresh = false;
    api.getClaims().then(
      (r) => {
        fresh = true;
        setClaims(r.claims);
        setStatus(r.status);
        setAnswered(true);
        api.saveClaimsSnapshot?.(newestFirst(r.claims, NO_FILTERS, SNAPSHOT_SIZE));
      },
      () => {
        setAnswered(true);
        setError('Counterpoint could not load its claims. Try reopening this window.');
      },
    );
    api.getTabState().then(
      (r) => {
        if (!r) return;
        setTab(r);
        setSettings(r.settings);
        if (!r.status.ok && !fresh) setStatus(r.status);
      },
      () => undefined,
    );
  }, [api]);

  const change = (patch: SettingsPatch) => {
    api.setSettings(patch).then((r) => setSettings(r.settings), () => setError('The setting could not be saved.'));
  };
  const open = (c: SearchClaim) => {
    api.open(c).then(
      (r) => (r.ok ? (globalThis as { close?: () => void }).close?.() : setError(r.problem)),
      () => setError('That article could not be opened.'),
    );
  };

  const openPage = (path: string) => {
    api.openPage?.(path).then(
      () => (globalThis as { close?: () => void }).close?.(),
      () => setError('The story page could not be opened.'),
    );
  };

  return (
    <main class="popup" aria-busy={answered ? 'false' : 'true'}>
      <h1>Counterpoint</h1>
      {!status.ok && (
        <p class="problem" role="alert" data-testid="store-problem">
          {status.problem}
        </p>
      )}
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      <TabSection tab={tab} settings={settings} onChange={change} openPage={api.openPage && openPage} />
      <Toggles settings={settings} onChange={change} />
      {claims ? <Search claims={claims} onOpen={open} /> : <p aria-live="polite">Loading claims…</p>}
    </main>
  );
}

function TabSection(props: { tab: TabInfo | null; settings: Settings; onChange: (p: SettingsPatch) => void; openPage?: (path: string) => void }) {
  const { tab, settings, onChange } = props;
  const host = tab?.host ?? null;
  const state = tab?.state ?? null;
  let text: string;
  if (!host) text = 'Open a news article on RNZ, the NZ Herald, Newshub or Stuff.';
  else if (!state) text = `No story recognised on ${host}.`;
  else if (!state.storyId) text = 'This page is not coverage of a story Counterpoint knows.';
  else
    text = `Story recognised: ${state.count} note${state.count === 1 ? '' : 's'} (${state.counts.conflict} conflicting, ${state.counts.earlier} earlier).`;
  const shown = host ? isEnabledFor(settings, host) : false;
  return (
    <section aria-labelledby="tab-h" class="tab">
      <h2 id="tab-h">This page</h2>
      <p data-testid="tab-status" role="status">
        {text}
      </p>
      <StoryLink storyId={state?.storyId ?? null} from={state?.url ?? null} openPage={props.openPage} />
      {host && (
        <button type="button" aria-pressed={!shown} onClick={() => onChange(toggleSitePatch(settings, host))}>
          {shown ? `Hide notes on ${host}` : `Show notes on ${host}`}
        </button>
      )}
    </section>
  );
}

/**
 * The story page: this tab's story, marked where the tab is in it, or (no story here) the stories Counterpoint knows.
 * A click opens it through the tabs API (then the popup closes); the href serves a middle click or a copied link.
 */
function StoryLink(props: { storyId: string | null; from: string | null; openPage?: (path: string) => void }) {
  const { storyId, from, openPage } = props;
  const path = storyPagePath(storyId ? { story: storyId, from } : { story: null });
  const onClick = (e: MouseEvent) => {
    if (!openPage || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    openPage(path);
  };
  return (
    <p class="story-link">
      <a href={`/${path}`} target="_blank" rel="noopener" onClick={onClick}>
        {storyId ? 'The whole story: every dispute, claim and article' : 'Read a story Counterpoint knows, as a whole'}
      </a>
    </p>
  );
}

const KINDS: [AnnotationKind, string][] = [
  ['conflict', 'Conflicting accounts'],
  ['earlier', 'Earlier reporting'],
];

function Toggles({ settings, onChange }: { settings: Settings; onChange: (p: SettingsPatch) => void }) {
  return (
    <fieldset class="toggles">
      <legend>Show</legend>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        Notes on all sites
      </label>
      {KINDS.map(([kind, label]) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={settings.kinds[kind]}
            onChange={(e) => onChange({ kinds: { [kind]: e.currentTarget.checked } })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
