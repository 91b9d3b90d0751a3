import { describe, expect, it } from 'vitest';
import { incrementalBuild, siteSettings } from '../../scripts/site-settings.mjs';
import { paths, withBase } from '../../src/lib/paths';

describe('paths', () => {
  it('builds entry pages from ids with folders', () => {
    expect(paths.entry('policy', 'gwangju/rent-deposit-interest')).toBe('/policies/gwangju/rent-deposit-interest/');
    expect(paths.entry('program', 'gunsan/unity')).toBe('/programs/gunsan/unity/');
  });

  it('puts every route under the deployment base path', () => {
    expect(withBase('/', '/policies/')).toBe('/policies/');
    expect(withBase('/youth/', '/policies/')).toBe('/youth/policies/');
    expect(withBase('/youth/', '/')).toBe('/youth/');
    expect(withBase('/youth', 'favicon.svg')).toBe('/youth/favicon.svg');
  });
});

describe('siteSettings', () => {
  it('defaults to a local site at the root built from content/', () => {
    expect(siteSettings({})).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      outDir: 'dist',
      contentDir: 'content',
    });
  });

  it('normalises BASE_PATH with or without slashes', () => {
    expect(siteSettings({ BASE_PATH: 'youth' }).base).toBe('/youth/');
    expect(siteSettings({ BASE_PATH: '/city/youth' }).base).toBe('/city/youth/');
  });

  it('takes the base path from a SITE_URL with a path', () => {
    expect(siteSettings({ SITE_URL: 'https://example.go.kr/youth/' })).toMatchObject({
      site: 'https://example.go.kr',
      base: '/youth/',
    });
  });

  it('reads CONTENT_DIR and OUT_DIR', () => {
    expect(siteSettings({ CONTENT_DIR: '../city-content', OUT_DIR: 'public-site' })).toMatchObject({
      contentDir: '../city-content',
      outDir: 'public-site',
    });
  });
});

describe('incremental build setting', () => {
  it('keeps the page cache for local builds and skips it on CI, unless told', () => {
    expect(incrementalBuild({})).toBe(true);
    expect(incrementalBuild({ CI: 'true' })).toBe(false);
    expect(incrementalBuild({ CI: 'true', INCREMENTAL_BUILD: '1' })).toBe(true);
    expect(incrementalBuild({ INCREMENTAL_BUILD: '0' })).toBe(false);
  });
});
