// `npm run test:unit` on a fresh clone: the data build runs first when build/data is missing or older than data/ or the code that builds it.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataBuildStale } from './build-data-setup';

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'counterpoint-data-'));
  mkdirSync(join(root, 'data/sharma-2022/articles'), { recursive: true });
  writeFileSync(join(root, 'data/sharma-2022/articles/rnz.txt'), 'text');
  // Folders count too (a file added or removed changes its folder's time): all of it was checked out long ago.
  for (const path of ['data', 'data/sharma-2022', 'data/sharma-2022/articles', 'data/sharma-2022/articles/rnz.txt']) {
    utimesSync(join(root, path), 1_000_000, 1_000_000);
  }
  return root;
}

function build(root: string, at: number): void {
  mkdirSync(join(root, 'build/data'), { recursive: true });
  for (const f of ['datasets.json', 'gate.json', 'index-snapshot.json']) {
    writeFileSync(join(root, 'build/data', f), '[]');
    utimesSync(join(root, 'build/data', f), at, at);
  }
}

describe('data build before the unit tests', () => {
  it('is needed on a fresh clone, where build/data does not exist', () => {
    expect(dataBuildStale(checkout())).toBe('build/data/datasets.json is missing');
  });

  it('is needed again after an article changed, and not before', () => {
    const root = checkout();
    build(root, 2_000_000);
    expect(dataBuildStale(root)).toBeNull();
    utimesSync(join(root, 'data/sharma-2022/articles/rnz.txt'), 3_000_000, 3_000_000);
    expect(dataBuildStale(root)).toBe('data changed since build/data was made');
  });
});
