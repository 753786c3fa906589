// Entry point of the offline `counterpoint` command (bundled to dist/cli/counterpoint.mjs by scripts/build-cli.ts).
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
