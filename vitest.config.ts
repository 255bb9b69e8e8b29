import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Each file starts its own embedded PostgreSQL; two cores run two files at a time well.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Browser assertions poll the page; on a loaded two-core machine a sign-in (scrypt) plus a
    // page load can take longer than the 1 s default.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
