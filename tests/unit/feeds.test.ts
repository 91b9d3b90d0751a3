import { describe, expect, it } from 'vitest';
import { escapeXml, type Feed, renderAtom, renderRss, rfc822Date, selectFeedItems } from '../../src/lib/feeds';

const feed: Feed = {
  title: '청년길잡이 새 소식',
  description: '새로 올라오거나 고친 정책',
  siteUrl: 'https://example.go.kr/youth/',
  feedUrl: 'https://example.go.kr/youth/feeds/rss.xml',
  author: '청년길잡이',
  buildDate: '2026-11-20',
  items: [
    {
      title: 'R&D <인턴> "모집"',
      summary: "청년's 일자리",
      url: 'https://example.go.kr/youth/policies/a/',
      updated: '2026-10-01',
      category: '일자리',
      details: ['신청 가능'],
    },
  ],
};

describe('escapeXml', () => {
  it('escapes the five XML special characters and drops control characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('selectFeedItems', () => {
  it('puts the most recently updated first and keeps at most the limit', () => {
    const entries = [
      { title: '나', updated: '2026-01-01' },
      { title: '가', updated: '2026-03-01' },
      { title: '다', updated: '2026-03-01' },
    ];
    expect(selectFeedItems(entries, 2).map((entry) => entry.title)).toEqual(['가', '다']);
  });
});

describe('renderRss', () => {
  const xml = renderRss(feed);

  it('writes an RSS 2.0 channel with escaped titles', () => {
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>R&amp;D &lt;인턴&gt; &quot;모집&quot;</title>');
    expect(xml).toContain('<language>ko</language>');
  });

  it('gives an updated entry a new guid so readers show it again', () => {
    expect(xml).toContain(
      '<guid isPermaLink="false">https://example.go.kr/youth/policies/a/#updated-2026-10-01</guid>',
    );
  });

  it('dates items in RFC 822 at midnight in Seoul', () => {
    expect(rfc822Date('2026-10-01')).toBe('Thu, 01 Oct 2026 00:00:00 +0900');
    expect(xml).toContain('<pubDate>Thu, 01 Oct 2026 00:00:00 +0900</pubDate>');
  });
});

describe('renderAtom', () => {
  const xml = renderAtom(feed);

  it('identifies an entry by its page so readers update it in place', () => {
    expect(xml).toContain('<id>https://example.go.kr/youth/policies/a/</id>');
    expect(xml).toContain('<updated>2026-10-01T00:00:00+09:00</updated>');
  });

  it('has the feed-level id, updated, author and self link Atom requires', () => {
    expect(xml).toContain('<id>https://example.go.kr/youth/feeds/rss.xml</id>');
    expect(xml).toContain('<author><name>청년길잡이</name></author>');
    expect(xml).toContain('rel="self"');
  });

  it('uses the build date when there is nothing to list', () => {
    expect(renderAtom({ ...feed, items: [] })).toContain('<updated>2026-11-20T00:00:00+09:00</updated>');
  });
});
