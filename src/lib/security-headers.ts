/**
 * Security headers for the static host, written as a `_headers` file (the format Netlify
 * and Cloudflare Pages read) and read back by our own server. No imports but Node's own,
 * and only erasable TypeScript: `scripts/build.mjs` and `scripts/serve.mjs` load this file with
 * Node's type stripping.
 *
 * Both hosts apply every rule whose path matches and join repeated headers with a
 * comma, and a comma-joined Content-Security-Policy is several policies that all apply.
 * So the strict policy goes on every path, and `frame-ancestors` goes in a second
 * policy on disjoint paths: embed pages may be framed, every other path found in the
 * build output may not.
 */

import { createHash } from 'node:crypto';

/**
 * Hash of the one inline script, the search page's prefill (search/prefill.ts): it must
 * run before first paint, which an external file cannot on a slow network.
 * tests/unit/inline-scripts.test.ts fails when the script and this hash disagree.
 */
export const searchPrefillHash = "'sha256-ZNP8/DG6O7y8i1eKau+9MQhN57XlomG3w8r/X8qisBI='";

/**
 * Hash of the sample notice's inline script (sample-notice.ts): a closed notice must be
 * gone before first paint, or every page would shift once loaded.
 */
export const sampleNoticeHash = "'sha256-g3b9+tNT2PqsOwvbbQz5ib/CmB0ClyuRKdFovJGnqgs='";

/** The only inline scripts any page may run, each allowed by its exact hash. */
export const inlineScriptHashes = [searchPrefillHash, sampleNoticeHash];

/**
 * Strict policy for every page: our own files only, no inline script but the two above.
 * Each page's stylesheet is inline (one round trip less before first paint on a slow
 * network) and allowed by its hash, which is known only once Astro has bundled it: the
 * middleware adds it to each page as it is rendered (src/middleware.ts) and the build to
 * `_headers` (scripts/style-hashes.ts), both with withStyleHashes.
 */
export const basePolicy = [
  "default-src 'self'",
  // Pagefind search compiles WebAssembly; that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
  `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // The embed builder previews an embed of this site in a frame.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Browser features no page of the site uses; web-share and clipboard-write stay ours (share buttons). */
const unusedFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The editors' CMS at /admin/edit/ (Sveltia CMS) as strictly as it runs: scripts, fonts
 * and styles from this site only (it injects its styles, hence 'unsafe-inline' for styles,
 * never for scripts), data from GitHub's API, images also from GitHub (the editor's avatar
 * and files in the repository). Nothing may frame it. scripts/build-admin.ts also puts it in
 * a meta tag for hosts that ignore `_headers` (GitHub Pages).
 */
export const cmsPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' blob: data: https://api.github.com",
  "worker-src 'self' blob:",
  // The preview pane is a frame the CMS writes itself.
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Two policies joined directive by directive: every source either allows. The result
 * allows what a page under either policy needs, and nothing else.
 */
export function widenedPolicy(policy: string, by: string): string {
  const directives = new Map<string, string[]>();
  for (const directive of [...policy.split('; '), ...by.split('; ')]) {
    const [name = '', ...sources] = directive.split(' ');
    const known = directives.get(name) ?? [];
    directives.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `'sha256-…'` of a `<style>` element's text, as a CSP source. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** `policy` with `hashes` added to its style-src: exactly those inline stylesheets are allowed. */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  return policy
    .split('; ')
    .map((directive) => (directive.startsWith('style-src ') ? [directive, ...hashes].join(' ') : directive))
    .join('; ');
}

/** How a page's CSP meta element starts, as the layouts render it; its policy follows. */
export const CSP_META = '<meta http-equiv="Content-Security-Policy" content="';

/** The stylesheet hashes a page's CSP meta element allows (its style-src hashes). */
export function policyStyleHashes(html: string): string[] {
  const start = html.indexOf(CSP_META);
  if (start === -1) return [];
  const content = start + CSP_META.length;
  const policy = html.slice(content, html.indexOf('"', content));
  const styleSrc = policy.split('; ').find((directive) => directive.startsWith('style-src ')) ?? '';
  return styleSrc.split(' ').filter((source) => source.startsWith("'sha256-"));
}

/**
 * The policy on every path, unknown ones included: the site policy widened only by what
 * /admin/ needs (cmsPolicy), so it holds there too (two policies both apply; each path
 * found in the build gets the strict one besides). Derived, so a directive added to
 * either policy is never forgotten here.
 */
export const floorPolicy = widenedPolicy(basePolicy, cmsPolicy);

/**
 * Headers for every path, unknown ones included. X-Frame-Options DENY refuses framing
 * wherever no `frame-ancestors` is sent; browsers ignore it where one is (CSP 3, 6.4.2),
 * which is how embed pages stay frameable.
 */
export const sharedHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [...unusedFeatures.map((feature) => `${feature}=()`), 'web-share=(self)'].join(', '),
  'Content-Security-Policy': floorPolicy,
  'X-Frame-Options': 'DENY',
};

/** Folders that carry their own policy instead of the strict one (see cmsPolicy). */
export const ownPolicyFolders = ['admin'];

/** Top-level folders whose files other services fetch from their own pages. */
export const openDataFolders = ['api', 'feeds', 'calendar'];

const originPattern = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * EMBED_FRAME_ANCESTORS: who may frame the embed pages. Empty means anyone (`*`);
 * otherwise a list of origins separated by spaces or commas, e.g.
 * `https://www.gwangju.go.kr https://*.seogu.gwangju.kr`.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  const items = (value ?? '').split(/[\s,]+/).filter((item) => item !== '');
  if (items.length === 0 || (items.length === 1 && items[0] === '*')) return ['*'];
  const invalid = items.filter((item) => !originPattern.test(item));
  if (invalid.length > 0) {
    throw new Error(
      `EMBED_FRAME_ANCESTORS에는 https://www.example.go.kr 처럼 주소의 앞부분(출처)만 공백으로 구분해 적으세요. 잘못된 값: ${invalid.join(', ')}`,
    );
  }
  return items;
}

export interface OutputEntry {
  name: string;
  directory: boolean;
}

function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The `_headers` file for a build whose output folder holds `entries` at its top level,
 * deployed under `base` (`/` or `/youth/`), whose pages carry the inline stylesheets of
 * `styleHashes`.
 */
export function headersFile(
  base: string,
  entries: readonly OutputEntry[],
  frameAncestors: readonly string[],
  styleHashes: readonly string[] = [],
): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const noFraming = { 'Content-Security-Policy': "frame-ancestors 'none'" };
  // A window of ours shares no browsing context group with other sites' windows (the CMS
  // keeps its sign-in popup, below).
  // The pages' inline stylesheets are allowed by their hashes (the floor policy allows any
  // inline style for the CMS, but two policies both apply and this one is strict).
  const strict = {
    'Content-Security-Policy': withStyleHashes(basePolicy, styleHashes),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const blocks = [
    '# Generated by scripts/build.mjs from src/lib/security-headers.ts; do not edit.',
    block(`${prefix}*`, sharedHeaders),
    // Astro's bundles carry a content hash in their names: cache them for a year. HTML gets
    // the host's default (short, revalidated) so a rebuild shows at once.
    block(`${prefix}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // The search index: its chunks, fragments and metadata carry a hash in their names and
    // the entry file is asked for with the index hash (?ts=); pagefind.js, its worker and
    // the WebAssembly change only with Pagefind's version. An hour in the HTTP cache lets
    // the search worker reuse what the page preloaded instead of asking again, one round
    // trip each on a slow network, and costs at most an hour of an older script after an
    // upgrade of Pagefind.
    block(`${prefix}pagefind/*`, { 'Cache-Control': 'public, max-age=3600' }),
    block(prefix, { ...strict, 'Cross-Origin-Resource-Policy': 'same-origin' }),
    block(prefix, noFraming),
  ];
  // Host configuration files (_headers, _redirects) are not served.
  const served = entries.filter(
    (entry) => !['_headers', '_redirects'].includes(entry.name) && !entry.name.startsWith('.'),
  );
  for (const entry of [...served].sort((a, b) => a.name.localeCompare(b.name))) {
    const path = entry.directory ? `${prefix}${entry.name}/*` : `${prefix}${entry.name}`;
    // Other sites load these: embed.js and embed pages in their pages, open data from their scripts.
    const shared = entry.name === 'embed.js' || (entry.directory && ['embed', ...openDataFolders].includes(entry.name));
    const resourcePolicy = { 'Cross-Origin-Resource-Policy': shared ? 'cross-origin' : 'same-origin' };
    if (entry.directory && ownPolicyFolders.includes(entry.name)) {
      // The CMS signs in through a GitHub pop-up window, which must be able to answer it.
      const opener = { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' };
      blocks.push(block(path, { 'Content-Security-Policy': cmsPolicy, ...opener, ...resourcePolicy }));
    } else {
      blocks.push(block(path, { ...strict, ...resourcePolicy }));
    }
    if (entry.directory && entry.name === 'embed') {
      blocks.push(block(path, { 'Content-Security-Policy': `frame-ancestors ${frameAncestors.join(' ')}` }));
      continue;
    }
    const cors = entry.directory && openDataFolders.includes(entry.name) ? { 'Access-Control-Allow-Origin': '*' } : {};
    blocks.push(block(path, { ...noFraming, ...cors }));
  }
  return `${blocks.join('\n\n')}\n`;
}

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Reads a `_headers` file: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (colon > 0 && rule) rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a rule path (`/x/*` splat or an exact path) matches a request path. */
export function rulePathMatches(rulePath: string, pathname: string): boolean {
  if (rulePath.endsWith('*')) return pathname.startsWith(rulePath.slice(0, -1));
  return pathname === rulePath;
}

/** Headers for a request path: every matching rule applies; a repeated header is joined with a comma. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rulePathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}
