// Parses and schema-checks the four curated YAML files of a story, turning every issue into a Problem.
import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from './problems';
import {
  ArticlesFileSchema,
  ClaimsFileSchema,
  DisputesFileSchema,
  StoryFileSchema,
  type ArticleEntry,
  type ClaimEntry,
  type DisputeEntry,
  type StoryFile,
  VocabularyFileSchema,
  type VocabularyFile,
} from './schema';

/** The raw inputs of one story: its folder (for messages), the YAML texts and the article texts by file name. */
export interface StorySource {
  dir: string;
  story: string;
  articles: string;
  claims: string;
  disputes: string;
  /** vocabulary.yaml; empty when the story has none (no paraphrase matching). */
  vocabulary?: string;
  texts: Record<string, string>;
}

export interface ParsedStory {
  story: StoryFile | null;
  articles: ArticleEntry[] | null;
  claims: ClaimEntry[] | null;
  disputes: DisputeEntry[] | null;
  vocabulary: VocabularyFile | null;
}

type FileKey = 'story' | 'articles' | 'claims' | 'disputes' | 'vocabulary';
const SCHEMAS = {
  story: StoryFileSchema,
  articles: ArticlesFileSchema,
  claims: ClaimsFileSchema,
  disputes: DisputesFileSchema,
  vocabulary: VocabularyFileSchema,
} as const;
const RECORD_NOUN: Record<FileKey, string> = { story: 'story', articles: 'article', claims: 'claim', disputes: 'dispute', vocabulary: 'vocabulary' };

/** Names a record of a list file by its id (or file), falling back to its position. */
function recordName(key: FileKey, raw: unknown, index: number | null): string {
  if (index === null) return RECORD_NOUN[key];
  const entry = Array.isArray(raw) ? (raw[index] as Record<string, unknown> | undefined) : undefined;
  const name = entry && typeof entry === 'object' ? (entry['id'] ?? entry['file']) : undefined;
  return typeof name === 'string' ? `${RECORD_NOUN[key]} ${name}` : `${RECORD_NOUN[key]} #${index}`;
}

function fieldPath(path: readonly { key: unknown }[]): string {
  let out = '';
  for (const { key } of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '-';
}

function parseOne<K extends FileKey>(source: StorySource, key: K, problems: Problem[]): ParsedStory[K] {
  const file = `${source.dir}/${key}.yaml`;
  let raw: unknown;
  try {
    raw = parseYaml(source[key] ?? '', { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file, record: '-', field: '-', message: `not valid YAML${where}: ${message}` });
    return null;
  }
  const result = v.safeParse(SCHEMAS[key], raw);
  if (result.success) return result.output as ParsedStory[K];
  for (const issue of result.issues) {
    const path = (issue.path ?? []) as { key: unknown }[];
    const listFile = key !== 'story' && key !== 'vocabulary';
    const index = listFile && typeof path[0]?.key === 'number' ? (path[0].key as number) : null;
    const rest = listFile && index !== null ? path.slice(1) : path;
    problems.push({ file, record: recordName(key, raw, index), field: fieldPath(rest), message: issue.message });
  }
  return null;
}

const EMPTY_VOCABULARY: VocabularyFile = { roles: {}, pronouns: {}, concepts: {}, claims: {} };

/** Parses each curated file; a file with any problem yields null and its problems. */
export function parseStorySource(source: StorySource, problems: Problem[]): ParsedStory {
  return {
    story: parseOne(source, 'story', problems),
    articles: parseOne(source, 'articles', problems),
    claims: parseOne(source, 'claims', problems),
    disputes: parseOne(source, 'disputes', problems),
    vocabulary: source.vocabulary?.trim() ? parseOne(source, 'vocabulary', problems) : EMPTY_VOCABULARY,
  };
}
