// The unit-test config as mutation testing runs it (npm run mutate): no data-build setup, no tests that only run the CLI in a child process.
import { configDefaults } from 'vitest/config';
import unit from './vitest.config';

export default {
  ...unit,
  test: {
    ...unit.test,
    // npm run mutate builds the data first; in the sandbox the instrumented src/core looks newer than build/data, so
    // the setup would rebuild it in every test process.
    globalSetup: [],
    // Its CLI runs in child processes, which never see Stryker's active mutant: it can kill nothing and takes seconds.
    exclude: [...configDefaults.exclude, 'test/unit/cli-not-html.test.ts'],
  },
};
