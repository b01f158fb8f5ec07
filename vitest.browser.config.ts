/**
 * Browser tests in Debian's Chromium against the built site served on loopback.
 * One file at a time: the machine has two cores and Chromium wants one.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/setup/global-setup.ts'],
    fileParallelism: false,
    // The default output, then one line per engine for the cross-engine suite (test/browser/engines).
    reporters: ['default', './test/browser/engines/engine-summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
