import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleNoticeScript } from '../../src/lib/sample-notice';
import { searchPrefillScript } from '../../src/lib/search/prefill';
import { basePolicy, floorPolicy, sampleNoticeHash, searchPrefillHash } from '../../src/lib/security-headers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each([
  ['the search page prefill', searchPrefillScript, searchPrefillHash],
  ['the sample notice', sampleNoticeScript, sampleNoticeHash],
])('the inline script of %s', (_name, script, hash) => {
  it('is allowed by the Content-Security-Policy through its exact hash', () => {
    expect(hash).toBe(sha256(script));
    const scriptSrc = (policy: string) => policy.split('; ').find((part) => part.startsWith('script-src '));
    expect(scriptSrc(basePolicy)).toContain(sha256(script));
    expect(scriptSrc(floorPolicy)).toContain(sha256(script));
  });
});

describe('inline scripts', () => {
  it('allows no inline script but these two', () => {
    expect(basePolicy).not.toContain('unsafe-inline');
    expect(basePolicy.match(/'sha256-/g)).toHaveLength(2);
  });
});
