import { describe, expect, it } from 'vitest';
import { externalLinks, verdictForStatus } from '../../src/lib/links';

describe('externalLinks', () => {
  it('collects application forms, sources, center and organization sites with their file and field', () => {
    const links = externalLinks({
      policies: [
        {
          file: 'content/policies/a.mdx',
          data: { title: '정책 A', application: { url: 'https://a.go.kr/apply' }, source: { url: 'https://a.go.kr/' } },
        },
      ],
      programs: [{ file: 'content/programs/b.mdx', data: { title: '프로그램 B', application: { method: ['visit'] } } }],
      centers: [{ file: 'content/centers/c.mdx', data: { name: '센터 C', url: 'https://c.kr/' } }],
      organizations: [{ file: 'content/organizations/d.yaml', data: { name: '기관 D' } }],
    });
    expect(links).toEqual([
      { url: 'https://a.go.kr/apply', file: 'content/policies/a.mdx', field: 'application.url', label: '정책 A' },
      { url: 'https://a.go.kr/', file: 'content/policies/a.mdx', field: 'source.url', label: '정책 A' },
      { url: 'https://c.kr/', file: 'content/centers/c.mdx', field: 'url', label: '센터 C' },
    ]);
  });
});

describe('verdictForStatus', () => {
  it('treats 403 and 429 as "check by hand", 404 and 410 as dead, 5xx as errors', () => {
    expect([200, 204, 301, 403, 429, 401, 404, 410, 500, 503].map(verdictForStatus)).toEqual([
      'ok',
      'ok',
      'redirected',
      'manual',
      'manual',
      'manual',
      'dead',
      'dead',
      'error',
      'error',
    ]);
  });
});
