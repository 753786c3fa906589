// Runs `npm test`'s steps in order (`npm run --silent STEP` each) and stops at the first failure with one line naming it.
//
// Plain Node like ensure-setup.mjs. Off a terminal (CI, a log file) the steps get NO_COLOR=1: vitest colours its
// output whenever CI is set, and escape codes in a log are noise. FORCE_COLOR in the environment keeps the colours.
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const env = { ...process.env };
if (!process.stdout.isTTY && !('FORCE_COLOR' in env)) env.NO_COLOR = '1';

for (const step of steps) {
  console.log(`\n> npm run ${step}`);
  const r = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`npm test stopped: npm run ${step} failed (${r.status === null ? `signal ${r.signal}` : `exit ${r.status}`})`);
    process.exit(r.status || 1);
  }
}
