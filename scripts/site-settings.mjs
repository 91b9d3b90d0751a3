// Where the site is deployed, from the environment. Read by astro.config.mjs and by the
// scripts that serve or check the built site, so both agree on one address.

/** @param {string | undefined} value */
function normaliseBase(value) {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string, outDir: string, contentDir: string }}
 */
export function siteSettings(env) {
  const site = env.SITE_URL?.trim() || 'http://localhost:4321';
  const parsed = new URL(site);
  if (parsed.pathname !== '/' && !env.BASE_PATH) {
    // SITE_URL=https://example.go.kr/youth/ alone is enough to deploy under /youth/.
    return siteSettings({ ...env, SITE_URL: parsed.origin, BASE_PATH: parsed.pathname });
  }
  return {
    site: parsed.origin,
    base: normaliseBase(env.BASE_PATH),
    outDir: env.OUT_DIR?.trim() || 'dist',
    contentDir: env.CONTENT_DIR?.trim() || 'content',
  };
}

/**
 * Astro's cache folder (content layer data store) of a build into `outDir`: one per output
 * folder, so builds of different sites (test sites, fixture trees, a benchmark) never share
 * or overwrite each other's data. `npm run build` builds into `<outDir>.staging`.
 * @param {string} outDir
 */
export function cacheDirFor(outDir) {
  return `./node_modules/.astro/${outDir.replace(/[^a-z0-9.-]+/gi, '_')}`;
}

/**
 * Whether Astro keeps and reuses its incremental build cache: INCREMENTAL_BUILD=1 or 0,
 * otherwise on, except on CI, where every build starts from a clean checkout and the
 * cache would only cost time.
 * @param {Record<string, string | undefined>} env
 */
export function incrementalBuild(env) {
  if (env.INCREMENTAL_BUILD === '1' || env.INCREMENTAL_BUILD === '0') return env.INCREMENTAL_BUILD === '1';
  return !env.CI;
}
