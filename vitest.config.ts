import Vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * Two projects, both run by `npm test`:
 * - unit: content layer, helpers and components (mounted under happy-dom);
 * - e2e:  the built deck, PDFs and outputs, in a real Chromium. Its global
 *         setup builds the deck once and serves it on 127.0.0.1.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [Vue()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
          // A script a test adds (the placeholder's app starter) is taken as loaded, not fetched.
          environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A browser waited on (a diagram drawn, a slide moved) gets 5 s, not 1: a busy CI machine is slower, not wrong.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
})
