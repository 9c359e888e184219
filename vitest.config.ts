import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the packed-tarball suite builds and installs the package: `npm run test:package` (vitest.package.config.ts)
    exclude: ['test/package/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
