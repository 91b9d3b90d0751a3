/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve modules the way the build does. Integration tests
// run one file at a time: a build into a folder outside the project writes Astro's
// prerender chunks to the project's own .astro/.prerender/, so two builds at once would
// load each other's chunks.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
