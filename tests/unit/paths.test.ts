import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/paths';

describe('paths', () => {
  it('builds entry pages from ids with folders', () => {
    expect(paths.entry('policy', 'gwangju/rent-deposit-interest')).toBe('/policies/gwangju/rent-deposit-interest/');
    expect(paths.entry('program', 'gunsan/unity')).toBe('/programs/gunsan/unity/');
  });

  it('builds narrowed lists under the list they narrow', () => {
    expect(paths.categoryOfKind('housing', 'policy')).toBe('/categories/housing/policies/');
    expect(paths.regionCategory('gwangju-seogu', 'housing')).toBe('/regions/gwangju-seogu/housing/');
  });

  it('puts every route under the deployment base path', () => {
    expect(withBase('/', '/policies/')).toBe('/policies/');
    expect(withBase('/youth/', '/policies/')).toBe('/youth/policies/');
    expect(withBase('/youth/', '/')).toBe('/youth/');
    expect(withBase('/youth', 'favicon.svg')).toBe('/youth/favicon.svg');
  });
});
