// The timeline a reader sees is sources.json's: same dates, same words, every event with its sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';

interface SourcesFile { events: { date: string; what: string; sources: ({ file: string; paragraph: number } | { url: string })[] }[] }
const local = JSON.parse(readFileSync('data/sharma-2022/sources.json', 'utf8')) as SourcesFile;
const shared = join('..', 'shared', 'seeds', 'sources.json');
const story = loadDatasets().find((d) => d.story.id === 'sharma-2022')!;

describe('story timeline', () => {
  it('is sources.json event for event: date, words and sources (the shared seeds\' copy, when it is beside the checkout)', () => {
    const seeds = existsSync(shared) ? (JSON.parse(readFileSync(shared, 'utf8')) as SourcesFile) : local;
    expect(local.events).toEqual(seeds.events);
    expect(story.story.timeline.map(({ date, what, sources }) => ({ date, what, sources }))).toEqual(local.events);
  });

  it('cites at least one source for every event, and article sources name paragraphs that exist', () => {
    for (const event of story.story.timeline) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const s of event.sources) {
        if ('file' in s) expect(story.articles.find((a) => a.file === s.file)?.paragraphs[s.paragraph]).toBeDefined();
        else expect(s.url).toMatch(/^https:\/\//);
      }
    }
  });
});
