#!/usr/bin/env node
// The `counterpoint` command: loads the bundled CLI (npm run build:cli or npm run build makes it).
import('../dist/cli/counterpoint.mjs').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('counterpoint.mjs')) {
    process.stderr.write('counterpoint: dist/cli/counterpoint.mjs is missing: run npm run build:cli\n');
  } else {
    process.stderr.write(`counterpoint: ${e && e.message ? e.message.split('\n')[0] : e}\n`);
  }
  process.exitCode = 1;
});
