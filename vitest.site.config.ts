/** Built-site tests: read dist/ (run `npm run build` first; `npm test` does). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
