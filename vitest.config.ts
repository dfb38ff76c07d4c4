/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives the tests the same module resolution as the site
// (the ~/ alias, astro/zod, content config) without starting Astro.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    // A bound on a hung test, not a speed check. Some tests start the content
    // check or the scaffold script as a process of their own; on a 2-core runner
    // under load that took over Vitest's default 5 s and failed tests that were right.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/calculator/**'],
    },
  },
});
