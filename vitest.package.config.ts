// `npm run test:package`: the packed-tarball suite (test/package), slow, so not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/package/**/*.test.ts'], setupFiles: ['test/setup.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
});
