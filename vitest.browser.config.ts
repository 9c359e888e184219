// `npm run test:browser`: the review app driven in Debian's chromium (test/browser), slow and
// needing /usr/bin/chromium, so not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/browser/**/*.test.ts'], setupFiles: ['test/setup.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
