// Every build setting, read from the environment in this one place: astro.config.mjs, the
// pages (src/site.ts) and every script take them from here, so they agree on each value.
// A value that cannot be used is an error naming the variable, never silently replaced.
// Plain JavaScript with only erasable TypeScript imported, so Node loads it unbuilt.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isCalendarDate, seoulDate } from '../src/lib/dates.ts';
import { parseFrameAncestors } from '../src/lib/security-headers.ts';

/** A build setting with a value that cannot be used; the message names the variable. */
export class SettingError extends Error {
  name = 'SettingError';
}

/** @param {string | undefined} value */
function normaliseBase(value) {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** @param {string} value */
function siteUrl(value) {
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new SettingError(
      `SITE_URL은 https://example.go.kr 처럼 http(s)로 시작하는 주소여야 합니다. 지금 값: "${value}"`,
    );
  }
  return parsed;
}

/**
 * "Today" in Seoul, or TODAY=YYYY-MM-DD, which pins it for reproducible builds.
 * @param {string | undefined} value
 */
function today(value) {
  if (value === undefined || value.trim() === '') return seoulDate(new Date());
  if (!isCalendarDate(value.trim())) {
    throw new SettingError(
      `TODAY는 2026-03-01 처럼 있는 날짜를 YYYY-MM-DD 형식으로 적어야 합니다. 지금 값: "${value}"`,
    );
  }
  return value.trim();
}

/**
 * A switch: `1` on, `0` off, unset (or empty) the default.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {boolean} fallback
 */
function flag(env, name, fallback) {
  const value = env[name]?.trim() ?? '';
  if (value === '') return fallback;
  if (value === '1' || value === '0') return value === '1';
  throw new SettingError(`${name}는 1(켜기) 또는 0(끄기)이어야 합니다. 지금 값: "${env[name]}"`);
}

/** @param {() => string[]} parse */
function frameAncestors(parse) {
  try {
    return parse();
  } catch (error) {
    throw new SettingError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The content folder as the CMS at /admin/ sees it: a path inside the repository, never
 * the build machine's own path (config.yml is a public file). CMS_CONTENT_DIR wins; a
 * CONTENT_DIR outside the working folder (a municipality's checkout) falls back to `content`.
 * @param {string | undefined} wanted CMS_CONTENT_DIR
 * @param {string} contentDir CONTENT_DIR
 * @param {string} cwd
 */
export function cmsContentDir(wanted, contentDir, cwd) {
  /** @param {string} path */
  const inside = (path) => {
    const fromRoot = relative(cwd, resolve(cwd, path)).split(sep).join('/');
    return fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) ? undefined : fromRoot;
  };
  const trimmed = wanted?.trim();
  if (trimmed) return isAbsolute(trimmed) ? (inside(trimmed) ?? 'content') : trimmed.replace(/^\.\/|\/$/g, '');
  return inside(contentDir) ?? 'content';
}

/**
 * @typedef {object} SiteSettings
 * @property {string} site Origin of the public address (SITE_URL).
 * @property {string} base Base path, with slashes at both ends (BASE_PATH, or SITE_URL's path).
 * @property {string} outDir Where the site is written (OUT_DIR).
 * @property {string} contentDir The content tree (CONTENT_DIR).
 * @property {string} today The build's "today" in Seoul, YYYY-MM-DD (TODAY pins it).
 * @property {boolean} leanBuild LEAN_BUILD=1: no per-entry .ics files or policy embed cards.
 * @property {boolean} incrementalBuild Keep Astro's page cache (INCREMENTAL_BUILD; off on CI by default).
 * @property {string[]} embedFrameAncestors Who may frame the embed pages (EMBED_FRAME_ANCESTORS).
 * @property {{ repo: string, branch: string, contentDir: string, authUrl?: string }} cms Where the CMS at /admin/
 *   opens pull requests (CMS_REPO or GITHUB_REPOSITORY, CMS_BRANCH), the content folder in
 *   that repository (CMS_CONTENT_DIR, else CONTENT_DIR) and its sign-in service (CMS_AUTH_URL).
 */

/**
 * The CMS's sign-in service: editors' GitHub tokens pass through it, so only an https://
 * address with a host and nothing else (no user, password, query or fragment).
 * @param {string} value
 */
function cmsAuthUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    url.protocol !== 'https:' ||
    !url.hostname.includes('.') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new SettingError(
      `CMS_AUTH_URL은 로그인 서비스의 https:// 주소여야 합니다(사용자 이름, ?나 # 없이). 예: https://auth.example.org. 지금 값: "${value.slice(0, 200)}"`,
    );
  }
  return url.href.replace(/\/$/, '');
}

/**
 * Every build setting, checked. Throws a SettingError on a value that cannot be used.
 * @param {Record<string, string | undefined>} env
 * @returns {SiteSettings}
 */
export function siteSettings(env) {
  const parsed = siteUrl(env.SITE_URL?.trim() || 'http://localhost:4321');
  // SITE_URL=https://example.go.kr/youth/ alone is enough to deploy under /youth/.
  const basePath = parsed.pathname !== '/' && !env.BASE_PATH ? parsed.pathname : env.BASE_PATH;
  const contentDir = env.CONTENT_DIR?.trim() || 'content';
  return {
    site: parsed.origin,
    base: normaliseBase(basePath),
    outDir: env.OUT_DIR?.trim() || 'dist',
    contentDir,
    today: today(env.TODAY),
    leanBuild: flag(env, 'LEAN_BUILD', false),
    // On CI every build starts from a clean checkout and the cache would only cost time.
    incrementalBuild: flag(env, 'INCREMENTAL_BUILD', !env.CI),
    embedFrameAncestors: frameAncestors(() => parseFrameAncestors(env.EMBED_FRAME_ANCESTORS)),
    cms: {
      repo: env.CMS_REPO || env.GITHUB_REPOSITORY || '',
      branch: env.CMS_BRANCH || 'main',
      contentDir: cmsContentDir(env.CMS_CONTENT_DIR, contentDir, process.cwd()),
      ...(env.CMS_AUTH_URL?.trim() ? { authUrl: cmsAuthUrl(env.CMS_AUTH_URL.trim()) } : {}),
    },
  };
}

/**
 * The settings of this process, for command-line scripts: a bad value is printed as its
 * Korean message (no stack trace) and the script stops with exit code 1.
 * @param {Record<string, string | undefined>} [env]
 * @returns {SiteSettings}
 */
export function readSiteSettings(env = process.env) {
  try {
    return siteSettings(env);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`설정 오류: ${error.message}`);
    process.exit(1);
  }
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
