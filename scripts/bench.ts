// npm run bench: runs every scripts/bench-*.ts in turn (each writes its own section of docs/PERFORMANCE.md).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname);
const benches = readdirSync(dir).filter((f) => /^bench-.+\.ts$/.test(f)).sort();
let failed = 0;
for (const f of benches) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit', cwd: resolve(dir, '..') });
  if (r.status !== 0) failed++;
}
if (failed) process.exitCode = 1;
