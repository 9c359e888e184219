// `npm run test:queue`: the Redis queue with real workers (test/queue), about a minute, so not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/queue/**/*.test.ts'], setupFiles: ['test/setup.ts'], testTimeout: 60_000 },
});
