// "Save selection as claim": follows the reader's selection, offers a button (and Alt+Shift+S), confirms in a status line.

import { useEffect, useRef, useState } from 'preact/hooks';
import { excerpt } from './format';
import { draftFromSelection, type ClaimDraft, type PageFacts } from './selection';

export type SaveOutcome = { ok: true } | { ok: false; problem: string };

/** What the content script gives the sidebar so the reader can save claims. */
export interface Saver {
  page: PageFacts;
  /** The article's paragraph elements: a selection must touch one of them. */
  paragraphs: readonly Element[];
  save(draft: ClaimDraft): Promise<SaveOutcome>;
}

export interface SaverState {
  /** What the current selection would save. */
  pending: ClaimDraft | null;
  /** The confirmation or problem after the last save ('' before any). */
  status: string;
  /** The words last saved, so the button can say so instead of saving twice. */
  savedWords: string | null;
  save(draft: ClaimDraft): void;
}

const SELECTION_SETTLE_MS = 120;

/** Alt+Shift+S: save the selection (physical key, as the other shortcuts). */
function isSaveChord(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';
}

export function useSaver(saver: Saver | undefined, shadowOf: () => ShadowRoot | null): SaverState {
  const [pending, setPending] = useState<ClaimDraft | null>(null);
  const [status, setStatus] = useState('');
  const [savedWords, setSavedWords] = useState<string | null>(null);
  // The latest props, read by listeners registered once.
  const latest = useRef({ saver, pending });
  latest.current = { saver, pending };

  const save = (draft: ClaimDraft) => {
    const s = latest.current.saver;
    if (!s) return;
    setStatus('Saving…');
    s.save(draft).then(
      (r) => {
        if (r.ok) {
          setSavedWords(draft.words);
          setStatus(`Saved as a claim: “${excerpt(draft.words)}”. Find it in the Counterpoint popup.`);
        } else setStatus(`Not saved: ${r.problem}`);
      },
      () => setStatus('Not saved: Counterpoint could not reach its storage. Try again.'),
    );
  };

  const enabled = saver !== undefined;
  useEffect(() => {
    const shadow = shadowOf();
    if (!enabled || !shadow) return;
    const doc = shadow.ownerDocument;
    let timer = 0;
    const read = () => {
      const s = latest.current.saver;
      if (!s) return;
      const draft = draftFromSelection(doc, shadow, s.paragraphs, s.page);
      // Focus on our own controls (the save button) keeps the offer even if the page selection collapsed.
      if (!draft && shadow.activeElement?.closest('.saver')) return;
      setPending((old) => (old?.words === draft?.words && old?.url === draft?.url ? old : draft));
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = window.setTimeout(read, SELECTION_SETTLE_MS);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveChord(e)) return;
      const s = latest.current.saver;
      const draft = s ? draftFromSelection(doc, shadow, s.paragraphs, s.page) : null;
      if (!draft) return;
      e.preventDefault();
      setPending(draft);
      save(draft);
    };
    doc.addEventListener('selectionchange', onChange);
    doc.addEventListener('keydown', onKey);
    shadow.addEventListener('keydown', onKey as EventListener);
    read();
    return () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onChange);
      doc.removeEventListener('keydown', onKey);
      shadow.removeEventListener('keydown', onKey as EventListener);
    };
  }, [enabled]);

  return { pending, status, savedWords, save };
}

/** Fixed at the bottom right: the selection's words and the save button, and the confirmation (role=status). */
export function SaveBar({ state }: { state: SaverState }) {
  const { pending, status, savedWords } = state;
  const already = pending !== null && pending.words === savedWords;
  return (
    <div class="saver">
      {pending ? (
        <div class="saver-offer">
          <p class="saver-quote">“{excerpt(pending.words)}”</p>
          <button
            type="button"
            class="save-selection"
            aria-keyshortcuts="Alt+Shift+S"
            aria-disabled={already}
            // Keep the page selection when the button is pressed with the mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => !already && state.save(pending)}
          >
            {already ? 'Saved' : 'Save selection as claim'}
          </button>
        </div>
      ) : null}
      <p class="saver-status" role="status">
        {status}
      </p>
    </div>
  );
}
