// The sites the browser tests build and serve: one place for their ports and settings.
// E2E_PORT_OFFSET moves the ports, so two checkouts can run their browser tests at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const rootPort = 4410 + offset * 10;
const subpathPort = rootPort + 1;

export const e2eSites = {
  root: {
    port: rootPort,
    base: '/',
    env: {
      OUT_DIR: 'dist-e2e',
      SITE_URL: `http://127.0.0.1:${rootPort}`,
      BASE_PATH: '/',
      CMS_REPO: 'gwangju-city/youth-content',
    },
  },
  subpath: {
    port: subpathPort,
    base: '/youth/',
    env: {
      OUT_DIR: 'dist-e2e-base',
      SITE_URL: 'https://example.go.kr',
      BASE_PATH: '/youth/',
      CMS_REPO: 'gwangju-city/youth-content',
    },
  },
};

/**
 * Real 온통청년 records imported and built on their own (scripts/build-e2e.mjs runs
 * `npm run check:fidelity` on them), for tests/e2e/imported-entries.spec.ts.
 */
export const importedSite = {
  port: rootPort + 5,
  work: 'dist-e2e-imported',
  files: ['tests/fixtures/ontong/fidelity-sample.json'],
};

/**
 * The site of the real-data search evaluation (tests/e2e/search-real.spec.ts): the shared
 * 온통청년 records imported into `.e2e-real/content` and built by scripts/build-e2e.mjs.
 * Served by the spec itself, so other specs run without it.
 */
export const realSearchSite = {
  port: rootPort + 9,
  outDir: 'dist-e2e-real',
  contentDir: '.e2e-real/content',
};
