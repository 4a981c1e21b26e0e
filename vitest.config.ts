import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on the two cores (vitest's default leaves one core idle): most of the
    // suite waits on child processes (the CLI, the language server, browsers, DuckDB) or runs alone.
    maxWorkers: 2,
  },
});
