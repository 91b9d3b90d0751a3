import { describe, expect, it } from 'vitest';
import {
  contrastOnWhite,
  EMBED_HEIGHT_MESSAGE,
  type EmbedCandidate,
  embedFrameUrl,
  embedHeightMessage,
  embedListTitle,
  embedMorePath,
  embedQuery,
  embedSnippet,
  matchesEmbed,
  parseEmbedOptions,
  readEmbedHeight,
  selectEmbedEntries,
  validateAccent,
} from '../../src/lib/embed';
import { normalizeRequestPath } from '../../src/lib/request-path';

const vocabulary = { regions: ['kr', 'gwangju', 'gwangju-seogu'], categories: ['housing', 'jobs'] };

describe('parseEmbedOptions', () => {
  it('reads region, category, status, limit, accent and compact', () => {
    const { options, problems } = parseEmbedOptions(
      'region=gwangju-seogu&category=housing&status=all&limit=5&accent=%23114477&compact=1',
      vocabulary,
    );
    expect(problems).toEqual([]);
    expect(options).toMatchObject({
      region: 'gwangju-seogu',
      category: 'housing',
      status: 'all',
      limit: 5,
      accent: '#114477',
      compact: true,
    });
  });

  it('shows what can be applied for now, ten at most, when nothing is given', () => {
    expect(parseEmbedOptions('', vocabulary)).toEqual({
      options: { status: 'applicable', limit: 10, compact: false },
      problems: [],
    });
  });

  it('drops an unknown region with a Korean note instead of showing nothing', () => {
    const { options, problems } = parseEmbedOptions('region=seoul', vocabulary);
    expect(options.region).toBeUndefined();
    expect(problems).toEqual(['알 수 없는 지역입니다: seoul. 이 조건 없이 보여 줍니다.']);
  });

  it('refuses a limit that is not a whole number from 1 to 50', () => {
    for (const limit of ['0', '51', '2.5', '-1', 'ten']) {
      const { options, problems } = parseEmbedOptions(`limit=${limit}`);
      expect(options.limit).toBe(10);
      expect(problems[0]).toContain('1부터 50까지');
    }
  });

  it('refuses an unknown status and keeps the default', () => {
    const { options, problems } = parseEmbedOptions('status=maybe');
    expect(options.status).toBe('applicable');
    expect(problems).toHaveLength(1);
  });

  it('treats compact=0 and compact=false as off', () => {
    expect(parseEmbedOptions('compact=0').options.compact).toBe(false);
    expect(parseEmbedOptions('compact=false').options.compact).toBe(false);
    expect(parseEmbedOptions('compact').options.compact).toBe(true);
  });
});

describe('validateAccent', () => {
  it('accepts dark #rgb and #rrggbb colours, lower-cased', () => {
    expect(validateAccent('#1A4FB0')).toEqual({ accent: '#1a4fb0' });
    expect(validateAccent('#036')).toEqual({ accent: '#036' });
  });

  it('refuses anything that is not a plain hex colour, so no CSS can be smuggled in', () => {
    for (const value of ['red', '#12345', '#1234567', 'rgb(0,0,0)', '#000;background:url(x)', '1a4fb0', '#ggg']) {
      expect(validateAccent(value)).toHaveProperty('problem');
    }
  });

  it('refuses a colour too light to read as link text on white (below 4.5:1)', () => {
    expect(validateAccent('#ffcc00')).toHaveProperty('problem');
    expect(contrastOnWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')).toBeLessThan(4.5);
  });
});

describe('matchesEmbed and selectEmbedEntries', () => {
  const options = parseEmbedOptions('region=gwangju-seogu&category=housing', vocabulary).options;
  const candidate = (overrides: Partial<EmbedCandidate>): EmbedCandidate => ({
    category: 'housing',
    status: 'open',
    residentRegions: ['gwangju', 'gwangju-seogu'],
    ...overrides,
  });

  it('shows a city-wide housing policy to a 서구 embed', () => {
    expect(matchesEmbed(candidate({}), options)).toBe(true);
  });

  it('hides entries for another region, another category, or closed ones', () => {
    expect(matchesEmbed(candidate({ residentRegions: ['gwangju-bukgu'] }), options)).toBe(false);
    expect(matchesEmbed(candidate({ category: 'jobs' }), options)).toBe(false);
    expect(matchesEmbed(candidate({ status: 'closed' }), options)).toBe(false);
    expect(matchesEmbed(candidate({ status: 'closed' }), { ...options, status: 'closed' })).toBe(true);
  });

  it('filters programs by center and type', () => {
    const program = candidate({ center: 'gunsan-youth', programType: 'course' });
    expect(matchesEmbed(program, { status: 'all', limit: 10, compact: false, center: 'gunsan-youth' })).toBe(true);
    expect(matchesEmbed(program, { status: 'all', limit: 10, compact: false, center: 'other' })).toBe(false);
    expect(matchesEmbed(program, { status: 'all', limit: 10, compact: false, type: 'mentoring' })).toBe(false);
  });

  it('keeps list order and stops at the limit', () => {
    const list = [candidate({}), candidate({ category: 'jobs' }), candidate({}), candidate({})];
    expect(selectEmbedEntries(list, { ...options, limit: 2 })).toEqual([0, 2]);
  });
});

describe('embedFrameUrl', () => {
  const root = new URL('https://example.go.kr/youth/');

  it('resolves an embed path under the base path of the site that served embed.js', () => {
    expect(embedFrameUrl('/embed/policies/?region=gwangju-seogu', root)?.href).toBe(
      'https://example.go.kr/youth/embed/policies/?region=gwangju-seogu',
    );
  });

  it('refuses any other page, other sites and tricks that climb out of /embed/', () => {
    for (const src of [
      '/policies/',
      'embed/policies/',
      '//evil.example/embed/',
      '/embed/../policies/',
      '/embed/%2e%2e/about/',
      '/embed/..%2fadmin/',
      '/embed/%2E%2E%2Fadmin/',
      '/embed/policies/..%2f..%2fadmin/',
      '/embed/..%5cadmin/',
      '/embed/%E0%A4%A/',
      '/embed\\..\\about',
      'https://evil.example/embed/policies/',
      'javascript:alert(1)',
    ]) {
      expect(embedFrameUrl(src, root), src).toBeUndefined();
    }
  });
});

describe('embed height message', () => {
  it('round-trips a height, rounded up', () => {
    expect(readEmbedHeight(embedHeightMessage(412.2))).toBe(413);
  });

  it('ignores messages of another shape, type or an absurd height', () => {
    for (const data of [
      null,
      'height:400',
      { type: 'other', height: 400 },
      { type: EMBED_HEIGHT_MESSAGE, height: '400' },
      { type: EMBED_HEIGHT_MESSAGE, height: -1 },
      { type: EMBED_HEIGHT_MESSAGE, height: 1e9 },
      { type: EMBED_HEIGHT_MESSAGE, height: Number.NaN },
    ]) {
      expect(readEmbedHeight(data)).toBeUndefined();
    }
  });
});

describe('embed titles, queries and snippets', () => {
  it('names the filters in the heading', () => {
    expect(embedListTitle('policy', { region: '광주 서구', category: '주거' })).toBe('광주 서구 · 주거 청년 정책');
    expect(embedListTitle('policy', {})).toBe('청년 정책');
    expect(embedListTitle('program', { center: '군산시 청년뜰', type: '강좌' })).toBe(
      '군산시 청년뜰 · 강좌 청년센터 프로그램',
    );
  });

  it('shows upcoming programs with the current filter, but not closed ones', () => {
    expect(parseEmbedOptions('', {}, 'current').options.status).toBe('current');
    const base = { category: 'jobs', residentRegions: [] };
    const options = parseEmbedOptions('', {}, 'current').options;
    expect(matchesEmbed({ ...base, status: 'upcoming' }, options)).toBe(true);
    expect(matchesEmbed({ ...base, status: 'closed' }, options)).toBe(false);
  });

  it('leaves defaults out of the query string', () => {
    expect(embedQuery({ region: 'gwangju-seogu', status: 'applicable', limit: 10, compact: false })).toBe(
      '?region=gwangju-seogu',
    );
    expect(embedQuery({ category: 'housing', limit: 3, accent: '#114477', compact: true })).toBe(
      '?category=housing&limit=3&accent=%23114477&compact=1',
    );
  });

  it('writes a snippet with a fallback link and the loader from the site root, escaping the title', () => {
    const snippet = embedSnippet('https://example.go.kr/youth/', '/embed/policies/?region=a&category=b', '"주거" 정책');
    expect(snippet).toBe(
      [
        '<div data-embed-src="/embed/policies/?region=a&amp;category=b" data-embed-title="&quot;주거&quot; 정책">',
        '  <a href="https://example.go.kr/youth/embed/policies/?region=a&amp;category=b">&quot;주거&quot; 정책 보기 (청년길잡이)</a>',
        '</div>',
        '<script src="https://example.go.kr/youth/embed.js" async></script>',
      ].join('\n'),
    );
  });
});

describe('embedMorePath', () => {
  const pages = {
    regionPages: { 'gwangju-seogu-dong': 'gwangju-seogu' },
    regionCategories: { 'gwangju-seogu': ['housing'] },
    kindCategories: ['housing', 'jobs'],
  };
  it('leads to the region, narrowed to the category where that page is built', () => {
    expect(embedMorePath('policy', { region: 'gwangju-seogu', category: 'housing' }, pages)).toBe(
      '/regions/gwangju-seogu/housing/',
    );
    expect(embedMorePath('policy', { region: 'gwangju-seogu', category: 'jobs' }, pages)).toBe(
      '/regions/gwangju-seogu/',
    );
    expect(embedMorePath('policy', { region: 'gwangju-seogu-dong', category: 'housing' }, pages)).toBe(
      '/regions/gwangju-seogu/housing/',
    );
  });
  it('leads a category embed to the list of its kind where one is built, else to the mixed list', () => {
    expect(embedMorePath('policy', { category: 'housing' }, pages)).toBe('/categories/housing/policies/');
    expect(embedMorePath('policy', { category: 'culture' }, pages)).toBe('/categories/culture/');
    expect(embedMorePath('program', { category: 'jobs' }, { ...pages, kindCategories: [] })).toBe('/categories/jobs/');
  });
  it('leads to the center, and leaves an embed without a scope on its own list', () => {
    expect(embedMorePath('program', { center: 'gunsan-youth-center', category: 'jobs' }, pages)).toBe(
      '/centers/gunsan-youth-center/',
    );
    expect(embedMorePath('policy', {}, pages)).toBeUndefined();
  });
});

describe('normalizeRequestPath', () => {
  it.each([
    ['/embed/..%2fadmin/', '/admin/'],
    ['/embed/%2e%2e/admin/', '/admin/'],
    ['/a//b/./c', '/a/b/c'],
    ['/../../etc/passwd', '/etc/passwd'],
    ['/policies/a/..', '/policies/'],
    ['/', '/'],
  ])('reads %s as %s, the way the server serves it', (raw, path) => {
    expect(normalizeRequestPath(raw)).toBe(path);
  });

  it.each(['/%E0%A4%A', '/%', '/a%00b', '/a%5cb'])('refuses %s', (raw) => {
    expect(normalizeRequestPath(raw)).toBeUndefined();
  });
});
