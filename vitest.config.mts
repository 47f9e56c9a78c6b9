import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['eslint-plugin/tests/**/*.test.ts', 'test/**/*.test.ts', 'extension/test/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
