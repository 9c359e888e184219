import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the packed-tarball suite builds and installs the package: `npm run test:package` (vitest.package.config.ts);
    // the review app's chromium suite: `npm run test:browser` (vitest.browser.config.ts);
    // the malformed-input batch: `npm run test:hostile` (vitest.hostile.config.ts);
    // the Redis queue with real workers: `npm run test:queue` (vitest.queue.config.ts)
    exclude: ['test/package/**', 'test/browser/**', 'test/hostile/**', 'test/queue/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
