import { describe, expect, it } from 'vitest';
import { headersFile, headersForPath, parseFrameAncestors, parseHeadersFile } from '../../src/lib/security-headers';

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
      expect(csp(path)).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp(path)).not.toContain('unsafe-inline');
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
    expect(csp('/youth/admin/edit/')).not.toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp('/youth/admin/edit/')).toContain("script-src 'self';");
    expect(csp('/youth/admin/edit/')).toContain("font-src 'self';");
    expect(csp('/youth/admin/edit/')).not.toMatch(/unpkg|jsdelivr|unsafe-eval/);
    expect(csp('/youth/admin/')).toContain("frame-ancestors 'none'");
    expect(headersForPath(rules, '/youth/admin/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('caches hashed bundles for a year and leaves pages to the host default', () => {
    expect(headersForPath(rules, '/youth/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/youth/policies/a/')['Cache-Control']).toBeUndefined();
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
