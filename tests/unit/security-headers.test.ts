import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtStyleHashes } from '../../scripts/style-hashes';
import { allowPageStyles, pageStyleHashes } from '../../src/lib/inline-styles';
import {
  basePolicy,
  cmsPolicy,
  floorPolicy,
  headersFile,
  headersForPath,
  parseFrameAncestors,
  parseHeadersFile,
  policyStyleHashes,
  styleHash,
  widenedPolicy,
  withStyleHashes,
} from '../../src/lib/security-headers';

const output = [
  { name: 'index.html', directory: false },
  { name: 'policies', directory: true },
  { name: 'embed', directory: true },
  { name: 'api', directory: true },
  { name: '_astro', directory: true },
  { name: 'embed.js', directory: false },
  { name: 'admin', directory: true },
  { name: '_headers', directory: false },
];

describe('headersFile', () => {
  const rules = parseHeadersFile(headersFile('/youth/', output, ['*']));
  const csp = (path: string) => headersForPath(rules, path)['Content-Security-Policy'] ?? '';

  it('applies a strict policy without inline scripts to every path, allowing Pagefind WebAssembly', () => {
    for (const path of ['/youth/', '/youth/policies/a/', '/youth/embed/policies/', '/youth/_astro/x.js']) {
      expect(csp(path)).toContain(basePolicy);
      expect(csp(path)).not.toMatch(/script-src[^;,]*unsafe-inline/);
      expect(headersForPath(rules, path)['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('lets anyone frame embed pages and nobody frame the other pages', () => {
    expect(csp('/youth/embed/policies/')).toContain('frame-ancestors *');
    expect(csp('/youth/embed/policies/')).not.toContain("frame-ancestors 'none'");
    for (const path of ['/youth/', '/youth/index.html', '/youth/policies/a/']) {
      expect(csp(path)).toContain("frame-ancestors 'none'");
      expect(headersForPath(rules, path)['X-Frame-Options']).toBe('DENY');
    }
  });

  it('puts the CMS at /admin/ under its own policy: scripts from the site only, no third-party hosts but GitHub', () => {
    expect(csp('/youth/admin/')).not.toContain(basePolicy);
    expect(csp('/youth/admin/edit/')).toContain("script-src 'self';");
    expect(csp('/youth/admin/edit/')).toContain("font-src 'self';");
    expect(csp('/youth/admin/edit/')).not.toMatch(/unpkg|jsdelivr/);
    expect(csp('/youth/admin/')).toContain("frame-ancestors 'none'");
    expect(headersForPath(rules, '/youth/admin/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends a policy without inline scripts and refuses framing on a path the build does not have', () => {
    const unknown = headersForPath(rules, '/youth/no-such-page');
    expect(unknown['Content-Security-Policy']).toContain("object-src 'none'");
    expect(unknown['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(unknown['X-Frame-Options']).toBe('DENY');
    // Embeds stay frameable: browsers ignore X-Frame-Options where frame-ancestors is sent.
    expect(csp('/youth/embed/policies/')).toContain('frame-ancestors *');
  });

  it('isolates our windows from other sites and keeps our files to ourselves, except what others embed', () => {
    const header = (path: string, name: string) => headersForPath(rules, path)[name];
    for (const path of ['/youth/', '/youth/policies/a/', '/youth/index.html']) {
      expect(header(path, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(header(path, 'Cross-Origin-Resource-Policy')).toBe('same-origin');
    }
    expect(header('/youth/admin/', 'Cross-Origin-Opener-Policy')).toBe('same-origin-allow-popups');
    for (const path of ['/youth/embed.js', '/youth/embed/policies/', '/youth/api/policies.json']) {
      expect(header(path, 'Cross-Origin-Resource-Policy')).toBe('cross-origin');
    }
  });

  it('turns off browser features no page uses, keeping sharing', () => {
    const policy = headersForPath(rules, '/youth/')['Permissions-Policy'] ?? '';
    for (const feature of ['camera=()', 'payment=()', 'usb=()', 'browsing-topics=()', 'web-share=(self)']) {
      expect(policy).toContain(feature);
    }
  });

  it('caches hashed bundles for a year and leaves pages to the host default', () => {
    expect(headersForPath(rules, '/youth/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/youth/policies/a/')['Cache-Control']).toBeUndefined();
  });

  it('keeps the search files an hour, so the search worker reuses what the page preloaded', () => {
    for (const path of ['/youth/pagefind/pagefind-worker.js', '/youth/pagefind/index/ko_1.pf_index']) {
      expect(headersForPath(rules, path)['Cache-Control']).toBe('public, max-age=3600');
    }
  });

  it('lets other sites fetch open data', () => {
    expect(headersForPath(rules, '/youth/api/policies.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersForPath(rules, '/youth/policies/a/')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('limits framing to the configured municipal sites', () => {
    const limited = parseHeadersFile(
      headersFile('/', output, parseFrameAncestors('https://www.gwangju.go.kr, https://*.seogu.go.kr')),
    );
    expect(headersForPath(limited, '/embed/programs/')['Content-Security-Policy']).toContain(
      'frame-ancestors https://www.gwangju.go.kr https://*.seogu.go.kr',
    );
  });
});

describe('parseFrameAncestors', () => {
  it('defaults to anyone', () => {
    expect(parseFrameAncestors(undefined)).toEqual(['*']);
    expect(parseFrameAncestors(' ')).toEqual(['*']);
  });

  it('stops the build with a Korean message for a value that is not an origin', () => {
    expect(() => parseFrameAncestors("https://a.go.kr/path 'unsafe-inline'")).toThrow(/EMBED_FRAME_ANCESTORS/);
  });
});

describe('headersForPath', () => {
  it('joins a header repeated by several matching rules with a comma, as CDNs do', () => {
    const rules = parseHeadersFile('/*\n  X-A: one\n# note\n/x/*\n  X-A: two\n');
    expect(headersForPath(rules, '/x/y')).toEqual({ 'X-A': 'one, two' });
    expect(headersForPath(rules, '/z')).toEqual({ 'X-A': 'one' });
  });
});

describe('widenedPolicy', () => {
  it('joins two policies directive by directive, each source once', () => {
    expect(widenedPolicy("default-src 'self'; img-src 'self' data:", "img-src 'self' blob:; worker-src blob:")).toBe(
      "default-src 'self'; img-src 'self' data: blob:; worker-src blob:",
    );
  });

  it('makes the policy of every path allow what the site and the CMS each need, and no inline script', () => {
    const directives = (policy: string) => policy.split('; ');
    const sources = (policy: string, name: string) =>
      directives(policy)
        .find((directive) => directive.startsWith(`${name} `))
        ?.split(' ')
        .slice(1) ?? [];
    for (const policy of [basePolicy, cmsPolicy]) {
      for (const directive of directives(policy)) {
        const [name = ''] = directive.split(' ');
        expect(sources(floorPolicy, name)).toEqual(expect.arrayContaining(sources(policy, name)));
      }
    }
    expect(sources(floorPolicy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(sources(floorPolicy, 'object-src')).toEqual(["'none'"]);
  });
});

describe('inline stylesheets allowed by their hashes', () => {
  const style = 'body{margin:0}';
  const hash = styleHash(style);

  it('hashes a stylesheet as a CSP source, as browsers hash the text of a <style> element', () => {
    expect(hash).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('adds hashes to style-src only, and leaves the policy alone without any', () => {
    const policy = withStyleHashes(basePolicy, [hash]);
    expect(policy).toContain(`style-src 'self' ${hash};`);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy.replace(` ${hash}`, '')).toBe(basePolicy);
    expect(withStyleHashes(basePolicy, [])).toBe(basePolicy);
  });

  it("allows the pages' stylesheets on every strict path of _headers, not in the CMS's policy", () => {
    const rules = parseHeadersFile(headersFile('/', output, ['*'], [hash]));
    const csp = (path: string) => headersForPath(rules, path)['Content-Security-Policy'] ?? '';
    for (const path of ['/', '/policies/a/', '/embed/policies/']) expect(csp(path)).toContain(hash);
    expect(csp('/admin/')).not.toContain(hash);
  });
});

describe('allowPageStyles (src/middleware.ts, as Astro renders each page)', () => {
  const page = (policy: string, css: string) =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><style>${css}</style></head><body></body></html>`;

  it("puts the hash of the page's own <style> in its policy", () => {
    const { html, hashes } = allowPageStyles(page(basePolicy, 'a{color:red}'), basePolicy);
    expect(hashes).toEqual([styleHash('a{color:red}')]);
    expect(html).toContain(`content="${withStyleHashes(basePolicy, hashes)}"`);
    expect(pageStyleHashes(html)).toEqual(hashes);
  });

  it('never allows a <style> or style= in the body (only content could have put it there)', () => {
    const html = page(basePolicy, 'a{}').replace(
      '<body></body>',
      '<body><main><style>body{display:none}</style><p style="color:red">x</p></main></body>',
    );
    const allowed = allowPageStyles(html, basePolicy);
    expect(allowed.hashes).toEqual([styleHash('a{}')]);
    expect(policyStyleHashes(allowed.html)).toEqual([styleHash('a{}')]);
  });

  it('leaves a page under another policy, and a page without styles, as they are', () => {
    const cms = page("default-src 'self'; style-src 'self' 'unsafe-inline'", 'a{}');
    expect(allowPageStyles(cms, basePolicy).html).toBe(cms);
    const plain = `<meta http-equiv="Content-Security-Policy" content="${basePolicy}">`;
    expect(allowPageStyles(plain, basePolicy)).toEqual({ html: plain, hashes: [] });
  });

  it('reads back the hashes a page allows, and collects those of every built page for _headers', async () => {
    const one = allowPageStyles(page(basePolicy, 'a{}'), basePolicy).html;
    const two = allowPageStyles(page(basePolicy, 'b{}'), basePolicy).html;
    expect(policyStyleHashes(one)).toEqual([styleHash('a{}')]);
    expect(policyStyleHashes('<p>no policy</p>')).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'youth-styles-'));
    mkdirSync(join(dir, 'policies/a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), one);
    writeFileSync(join(dir, 'policies/a/index.html'), two);
    writeFileSync(join(dir, 'policies/a/data.json'), '{}');
    expect(await builtStyleHashes(dir)).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
  });
});
