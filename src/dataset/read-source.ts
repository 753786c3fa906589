// Node-only: reads a story folder (data/<story>/) into a StorySource for the dataset build and its tests.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StorySource } from './parse';

const FILES = ['story', 'articles', 'claims', 'disputes', 'vocabulary'] as const;

/** Reads the curated YAML files (vocabulary.yaml optional) and every articles/*.txt of one story folder. Missing files read as empty. */
export function readStorySource(dir: string, root = process.cwd()): StorySource {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const texts: Record<string, string> = {};
  const articlesDir = join(dir, 'articles');
  if (existsSync(articlesDir)) {
    for (const file of readdirSync(articlesDir).sort()) if (file.endsWith('.txt')) texts[file] = readFileSync(join(articlesDir, file), 'utf8');
  }
  const [story, articles, claims, disputes, vocabulary] = FILES.map((f) => read(`${f}.yaml`)) as [string, string, string, string, string];
  return { dir: relative(root, dir) || dir, story, articles, claims, disputes, vocabulary, texts };
}

/** Every story folder under `dataRoot`: a folder holding a story.yaml. */
export function storyDirs(dataRoot: string): string[] {
  return readdirSync(dataRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dataRoot, d.name, 'story.yaml')))
    .map((d) => join(dataRoot, d.name))
    .sort();
}
