// `npm run test:hostile`: the malformed-input suite (test/hostile), about a minute, so not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/hostile/**/*.test.ts'], setupFiles: ['test/setup.ts'], testTimeout: 60_000, hookTimeout: 600_000 },
});
