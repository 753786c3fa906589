// Which of the reader's saved claims belong to a story: saved from one of its articles or a known address of it.

import { matchAddressIn } from '../../core/address';
import { normalizeText } from '../../core/normalize';
import type { Article, Dataset } from '../../dataset/types';
import type { SavedClaim } from '../../shared/messages';

export interface SavedInStory {
  saved: SavedClaim;
  /** The story's article it was saved from, when it is one of them. */
  article: Article | null;
  /** The story's claims reported in the paragraph the words come from (none when not found). */
  claims: string[];
}

/** The reader's saved claims that belong to this story, in the order given (the store lists newest first). */
export function savedForStory(dataset: Dataset, saved: readonly SavedClaim[]): SavedInStory[] {
  const out: SavedInStory[] = [];
  for (const s of saved) {
    const match = matchAddressIn(dataset, [s.url]);
    if (!match) continue;
    const words = normalizeText(s.words);
    const paragraph = words ? match.article?.paragraphs.find((p) => normalizeText(p.text).includes(words)) : undefined;
    out.push({ saved: s, article: match.article, claims: paragraph?.claims ?? [] });
  }
  return out;
}
