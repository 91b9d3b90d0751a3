import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security';

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy();

  it('allows scripts only from the site itself, never inline, with WebAssembly for search', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/unsafe-eval(?!')/);
    expect(policy).toContain("object-src 'none'");
  });

  it('leaves frame-ancestors to the headers file unless asked', () => {
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(["'none'"])).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(['*'])).toMatch(/frame-ancestors \*$/);
  });
});
