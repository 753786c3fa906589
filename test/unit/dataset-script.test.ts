// `npm run build:data` stops on a deliberately broken claim with a precise message and writes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'cp-build-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(dataRoot: string, out: string) {
  return spawnSync(tsx, ['scripts/build-data.ts', dataRoot, out], { encoding: 'utf8' });
}

describe('build:data', () => {
  it('writes the versioned dataset and the gate words for the shipped data', () => {
    const out = join(work, 'ok');
    execFileSync(tsx, ['scripts/build-data.ts', 'data', out]);
    const [dataset] = JSON.parse(readFileSync(join(out, 'datasets.json'), 'utf8'));
    expect(dataset.story.id).toBe('sharma-2022');
    const gate = JSON.parse(readFileSync(join(out, 'gate.json'), 'utf8')) as { stories: unknown; first: { words: string[]; metaSelector: string } };
    expect(gate.stories).toEqual([{ id: 'sharma-2022', gateWords: ['sharma'] }]);
    // The first look's words and selector, built once here so the gate builds no strings on the pages it turns away.
    expect(gate.first.words).toEqual(['sharma']);
    expect(gate.first.metaSelector).toBe(
      'meta[name="keywords"][content*="sharma" i],meta[name="news_keywords"][content*="sharma" i],meta[property="og:title"][content*="sharma" i],meta[property="og:description"][content*="sharma" i]',
    );
  }, 30_000);

  it('exits non-zero naming file, record, field and reason, and writes nothing', () => {
    const data = join(work, 'data');
    cpSync('data', data, { recursive: true });
    const claims = join(data, 'sharma-2022', 'claims.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace("'Ardern rejected the suggestion that MPs", "'Ardern accepted the suggestion that MPs"));
    const out = join(work, 'broken');
    const result = run(data, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sharma-2022/claims.yaml: claim ardern-not-shut-down: evidence[0].words: "Ardern accepted the suggestion that MPs who brought up qu..." not found verbatim in 002_097d684ba19901e5.txt paragraph 11');
    expect(existsSync(join(out, 'datasets.json'))).toBe(false);
  }, 30_000);
});
