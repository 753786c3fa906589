// Mutation testing of the matching engine (npm run mutate; slow, so not part of npm test). Report: docs/EVALUATION.md.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  // Where matching quality is decided: story recognition, paragraph and claim matching, and the engine that joins them.
  mutate: [
    'src/core/story-score.ts',
    'src/core/paragraph-match.ts',
    'src/core/claim-match.ts',
    'src/core/paraphrase.ts',
    'src/core/slots.ts',
    'src/core/engine.ts',
  ],
  testRunner: 'vitest',
  // Only the test files that import the mutated modules (vitest related), and per mutant only the tests that reach it.
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: two test processes at most.
  concurrency: 2,
  // A mutant that loops (a `<` turned `<=` in a scan) is caught by Stryker's hit limit at once, whatever this is. A static
  // mutant (code run while a test file loads, as the vocabulary is compiled) runs every related test file, which takes
  // longer than the dry run measured; at 10 s those timed out on a loaded machine and were counted as detected.
  timeoutMS: 60000,
  ignorePatterns: ['dist', 'test-results', 'reports', '.scratch', 'test/fixtures/blind', 'test/fixtures/tuning'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // Stryker rewrites tsconfig.json's extends/references for the sandbox through TypeScript's JS API, which TypeScript 7
  // no longer has; ours has neither, so point it at a file that does not exist and there is nothing to rewrite.
  tsconfigFile: 'tsconfig.none.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
