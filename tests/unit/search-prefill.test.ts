import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchPrefillScript } from '../../src/lib/search-prefill';
import { basePolicy, searchPrefillHash } from '../../src/lib/security-headers';

describe('the search page prefill script', () => {
  it('is allowed by the Content-Security-Policy through its exact hash', () => {
    const hash = createHash('sha256').update(searchPrefillScript, 'utf8').digest('base64');
    expect(searchPrefillHash).toBe(`'sha256-${hash}'`);
    expect(basePolicy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
  });

  it('allows no inline script but this one', () => {
    expect(basePolicy).not.toContain('unsafe-inline');
    expect(basePolicy.match(/'sha256-/g)).toHaveLength(1);
  });
});
