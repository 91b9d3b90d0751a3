import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSiteSettings, SettingError, siteSettings } from '../../scripts/site-settings.mjs';

// The clock fixed (Seoul is UTC+9): a default read a moment before midnight and compared a
// moment after would disagree.
const seoulToday = '2026-03-02';
const moment = new Date('2026-03-01T15:30:00Z');

describe('build settings', () => {
  afterEach(() => vi.useRealTimers());

  it('defaults to a local site at the root, built from content/ into dist/ for today in Seoul', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(moment);
    expect(siteSettings({})).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      outDir: 'dist',
      contentDir: 'content',
      today: seoulToday,
      leanBuild: false,
      incrementalBuild: true,
      embedFrameAncestors: ['*'],
      cms: { repo: '', branch: 'main', contentDir: 'content' },
    });
  });

  it('normalises BASE_PATH with or without slashes', () => {
    expect(siteSettings({ BASE_PATH: 'youth' }).base).toBe('/youth/');
    expect(siteSettings({ BASE_PATH: '/city/youth' }).base).toBe('/city/youth/');
  });

  it('takes the base path from a SITE_URL with a path, unless BASE_PATH is given', () => {
    expect(siteSettings({ SITE_URL: 'https://example.go.kr/youth/' })).toMatchObject({
      site: 'https://example.go.kr',
      base: '/youth/',
    });
    expect(siteSettings({ SITE_URL: 'https://example.go.kr/youth/', BASE_PATH: '/' }).base).toBe('/');
  });

  it('reads CONTENT_DIR and OUT_DIR, and the CMS folder follows CONTENT_DIR unless CMS_CONTENT_DIR says', () => {
    const settings = siteSettings({ CONTENT_DIR: '../city-content', OUT_DIR: 'public-site' });
    expect(settings).toMatchObject({ contentDir: '../city-content', outDir: 'public-site' });
    // Outside the repository the CMS cannot name it: `content`, never a path of the build machine.
    expect(settings.cms.contentDir).toBe('content');
    expect(siteSettings({ CONTENT_DIR: 'tests/fixtures/trees/minimal' }).cms.contentDir).toBe(
      'tests/fixtures/trees/minimal',
    );
    expect(siteSettings({ CONTENT_DIR: 'c', CMS_CONTENT_DIR: 'content' }).cms.contentDir).toBe('content');
  });

  it('pins the build date with TODAY', () => {
    expect(siteSettings({ TODAY: '2026-03-01' }).today).toBe('2026-03-01');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(moment);
    expect(siteSettings({ TODAY: '' }).today).toBe(seoulToday);
  });

  it('keeps the page cache for local builds and skips it on CI, unless INCREMENTAL_BUILD says', () => {
    expect(siteSettings({}).incrementalBuild).toBe(true);
    expect(siteSettings({ CI: 'true' }).incrementalBuild).toBe(false);
    expect(siteSettings({ CI: 'true', INCREMENTAL_BUILD: '1' }).incrementalBuild).toBe(true);
    expect(siteSettings({ INCREMENTAL_BUILD: '0' }).incrementalBuild).toBe(false);
  });

  it('turns the lean build on with LEAN_BUILD=1 only', () => {
    expect(siteSettings({ LEAN_BUILD: '1' }).leanBuild).toBe(true);
    expect(siteSettings({ LEAN_BUILD: '0' }).leanBuild).toBe(false);
  });

  it('sends CMS pull requests to CMS_REPO, else the repository CI builds', () => {
    expect(siteSettings({ GITHUB_REPOSITORY: 'city/site' }).cms.repo).toBe('city/site');
    expect(siteSettings({ GITHUB_REPOSITORY: 'city/site', CMS_REPO: 'city/content' }).cms).toEqual({
      repo: 'city/content',
      branch: 'main',
      contentDir: 'content',
    });
  });

  it('takes CMS_AUTH_URL only as an https:// address with a host and nothing else', () => {
    expect(siteSettings({ CMS_AUTH_URL: 'https://auth.example.org/' }).cms.authUrl).toBe('https://auth.example.org');
    expect(siteSettings({}).cms.authUrl).toBeUndefined();
    for (const value of [
      'http://auth.example.org',
      'javascript:alert(1)',
      'https://user:pw@auth.example.org',
      'https://auth.example.org/?next=https://evil.example',
      'https://localhost',
      '인증 서버',
    ]) {
      expect(() => siteSettings({ CMS_AUTH_URL: value }), value).toThrow(
        /^CMS_AUTH_URL은 로그인 서비스의 https:\/\/ 주소여야 합니다/,
      );
    }
  });

  it('reads the origins allowed to frame embeds', () => {
    expect(siteSettings({ EMBED_FRAME_ANCESTORS: 'https://www.gwangju.go.kr' }).embedFrameAncestors).toEqual([
      'https://www.gwangju.go.kr',
    ]);
  });
});

describe('a build setting that cannot be used', () => {
  const bad: [string, Record<string, string>][] = [
    ['TODAY', { TODAY: '2026-02-30' }],
    ['TODAY', { TODAY: '20260301' }],
    ['SITE_URL', { SITE_URL: 'example.go.kr' }],
    ['SITE_URL', { SITE_URL: 'ftp://example.go.kr' }],
    ['LEAN_BUILD', { LEAN_BUILD: 'true' }],
    ['INCREMENTAL_BUILD', { INCREMENTAL_BUILD: 'yes' }],
    ['EMBED_FRAME_ANCESTORS', { EMBED_FRAME_ANCESTORS: 'https://a.go.kr/path' }],
  ];

  it.each(bad)('is a Korean error naming %s and the value', (name, env) => {
    const value = Object.values(env)[0] ?? '';
    expect(() => siteSettings(env)).toThrow(SettingError);
    expect(() => siteSettings(env)).toThrow(name);
    expect(() => siteSettings(env)).toThrow(value);
    expect(() => siteSettings(env)).toThrow(/[가-힣]/);
  });

  describe('in a command-line script', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('prints the message without a stack trace and exits with status 1', () => {
      const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
      const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
        throw new Error('exited');
      }) as () => never);
      expect(() => readSiteSettings({ TODAY: 'tomorrow' })).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(1);
      expect(printed).toHaveBeenCalledWith(
        '설정 오류: TODAY는 2026-03-01 처럼 있는 날짜를 YYYY-MM-DD 형식으로 적어야 합니다. 지금 값: "tomorrow"',
      );
    });
  });
});
