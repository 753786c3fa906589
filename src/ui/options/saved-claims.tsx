// Options page section: the reader's saved claims, with editing, deleting, and Web Annotation export/import.

import { useEffect, useState } from 'preact/hooks';
import type { Attribution, Responses, SavedClaim } from '../../shared/messages';
import { isOwnWords, possessive } from '../voice';

/** Whose words a saved claim is, as a reader should take it; null for words selected on a page. */
export function attributionLine(a: Attribution | undefined): string | null {
  if (!a) return null;
  if (isOwnWords({ form: a.form, claimant: a.speaker })) return `${possessive(a.speaker!)} own words, as ${a.outlet} quoted them`;
  return a.speaker ? `${possessive(a.outlet)} report of ${possessive(a.speaker)} account (not ${possessive(a.speaker)} own words)` : `${possessive(a.outlet)} report`;
}

export interface OptionsApi {
  list(): Promise<Responses['options/list-saved']>;
  update(id: string, patch: { words?: string; note?: string }): Promise<Responses['options/update-saved']>;
  remove(id: string): Promise<Responses['options/delete-saved']>;
  importText(text: string): Promise<Responses['options/import']>;
  exportJson(): Promise<Responses['options/export']>;
  /** Offers `json` to the reader as a file download. */
  download(json: string, fileName: string): void;
}

export function SavedClaims({ api }: { api: OptionsApi }) {
  const [saved, setSaved] = useState<SavedClaim[] | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  const refresh = () =>
    api.list().then(
      (r) => (r.ok ? setSaved(r.saved) : setProblem(r.problem)),
      () => setProblem('Saved claims could not be loaded.'),
    );
  useEffect(() => void refresh(), [api]);

  const report = (ok: string) => (r: { ok: true } | { ok: false; problem: string }) => {
    if (r.ok) {
      setProblem('');
      setMessage(ok);
      void refresh();
    } else {
      // A stale "Imported 3 saved claims." beside a refusal would read as if part of the file went in.
      setMessage('');
      setProblem(r.problem);
    }
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await api.importText(await file.text());
    report(r.ok ? `Imported ${r.count} saved claim${r.count === 1 ? '' : 's'}.` : '')(r);
  };
  const onExport = async () => {
    const r = await api.exportJson();
    if (!r.ok) return setProblem(r.problem);
    api.download(r.json, `counterpoint-saved-claims-${new Date().toISOString().slice(0, 10)}.json`);
    setMessage('Exported as Web Annotations.');
  };

  return (
    <section aria-labelledby="saved-h">
      <h2 id="saved-h">Saved claims</h2>
      <p>
        Select words on any page and choose <b>Save as claim</b> from the right-click menu. Saved claims appear in the
        popup's search. Export and import use the W3C Web Annotation format.
      </p>
      <div class="actions">
        <button type="button" onClick={onExport} disabled={!saved?.length}>
          Export…
        </button>
        <label class="file">
          Import…
          <input type="file" accept="application/json,.json,.jsonld" onChange={onImport} data-testid="import" />
        </label>
      </div>
      {problem && <p role="alert" class="problem">{problem}</p>}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {saved === null ? (
        <p>Loading…</p>
      ) : saved.length === 0 ? (
        <p data-testid="saved-empty">No saved claims yet.</p>
      ) : (
        <ul class="saved" data-testid="saved-list">
          {saved.map((s) => (
            <SavedItem key={s.id} claim={s} onSave={(p) => api.update(s.id, p).then(report('Saved.'))} onDelete={() => api.remove(s.id).then(report('Deleted.'))} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedItem(props: { claim: SavedClaim; onSave: (p: { words: string; note: string }) => void; onDelete: () => void }) {
  const { claim } = props;
  const [words, setWords] = useState(claim.words);
  const [note, setNote] = useState(claim.note);
  const changed = words !== claim.words || note !== claim.note;
  const wid = `w-${claim.id}`;
  const nid = `n-${claim.id}`;
  const whose = attributionLine(claim.attribution);
  return (
    <li class="saved-item">
      {whose ? <p class="attribution">{whose}</p> : null}
      <label for={wid}>Words</label>
      <textarea id={wid} rows={2} value={words} onInput={(e) => setWords(e.currentTarget.value)} />
      <label for={nid}>Note</label>
      <textarea id={nid} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <p class="meta">
        From <a href={claim.url} target="_blank" rel="noreferrer noopener">{claim.title || claim.url}</a>
        {claim.published ? `, published ${claim.published.slice(0, 10)}` : ''}; saved {claim.createdAt.slice(0, 10)}
      </p>
      <button type="button" disabled={!changed || !words.trim()} onClick={() => props.onSave({ words, note })}>
        Save changes
      </button>{' '}
      <button type="button" onClick={props.onDelete} aria-label={`Delete saved claim: ${claim.words.slice(0, 60)}`}>
        Delete
      </button>
    </li>
  );
}
