// Vitest global setup for the unit tests: runs the data build first when build/data is missing or older than what it is built from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUTS = ['datasets.json', 'gate.json', 'index-snapshot.json'].map((f) => `build/data/${f}`);
/** What scripts/build-data.ts reads and runs: the stories, the dataset and matching code, and itself. */
const INPUTS = ['data', 'src/dataset', 'src/core', 'src/content/index-snapshot.ts', 'scripts/build-data.ts'];

function newestChange(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Why build/data must be rebuilt before the tests can import it, or null when it is up to date. */
export function dataBuildStale(root: string = ROOT): string | null {
  const missing = OUTPUTS.find((out) => !existsSync(join(root, out)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((out) => statSync(join(root, out)).mtimeMs));
  const changed = INPUTS.find((input) => existsSync(join(root, input)) && newestChange(join(root, input)) > built);
  return changed ? `${changed} changed since build/data was made` : null;
}

export default function buildDataIfStale(): void {
  const why = dataBuildStale();
  if (!why) return;
  console.log(`unit tests: ${why}, so running npm run build:data first`);
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-data.ts'], { cwd: ROOT, stdio: 'inherit' });
}
