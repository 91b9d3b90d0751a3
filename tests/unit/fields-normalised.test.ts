import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parsePhone, telHref } from '../../src/lib/phone';
import { httpsUrl, phoneNumber } from '../../src/schemas/common';
import { openDataJsonSchema } from '../../src/schemas/open-data';

// Fields are normalised before they are trusted: what an editor pasted is trimmed, and
// what cannot be made safe is refused with a Korean message (the corpus in
// validation-corpus.test.ts shows each message at its line).

describe('https addresses', () => {
  it('trims spaces and line breaks around an address', () => {
    expect(httpsUrl.parse('  https://example.org/apply\n')).toBe('https://example.org/apply');
  });

  it.each([
    ['a line break inside', 'https://example.org/\r\n::error::x'],
    ['a NUL', 'https://example.org/\u0000'],
    ['a zero-width space', 'https://exam\u200bple.org/'],
    ['a space inside', 'https://example.org/a b'],
    ['no // after https:', 'https:example.org'],
    ['no host', 'https:///path'],
    ['a user name', 'https://user@example.org/'],
    ['200,000 characters', `https://example.org/${'a'.repeat(200_000)}`],
    ['plain http', 'http://example.org/'],
  ])('refuses an address with %s', (_name, value) => {
    expect(httpsUrl.safeParse(value).success).toBe(false);
  });

  it('carries the https rule into the open data JSON Schemas', () => {
    const validate = new Ajv2020({ strict: false }).compile(openDataJsonSchema('policies'));
    const file = (url: string) => ({
      version: 1,
      generated: '2026-11-22',
      site: 'https://example.org/',
      notice: '',
      items: [
        {
          id: 'p',
          url: 'https://example.org/policies/p/',
          status: 'always',
          title: '정책',
          summary: '요약',
          category: 'jobs',
          provider: 'o',
          regions: ['kr'],
          application: { period: { type: 'always' }, method: ['visit'] },
          support: { summary: '지원' },
          source: { url },
          updated: '2026-11-01',
        },
      ],
    });
    expect(validate(file('https://example.org/')), JSON.stringify(validate.errors)).toBe(true);
    for (const bad of ['http://example.org/', 'javascript:alert(1)', 'https:example.org', 'https://a b']) {
      expect(validate(file(bad)), bad).toBe(false);
    }
  });
});

describe('phone numbers', () => {
  it.each([
    ['062-000-0000', 'tel:0620000000'],
    ['062-000-0000 (내선 2)', 'tel:0620000000'],
    ['062-000-0000 내선 23', 'tel:0620000000'],
    ['1661-0000', 'tel:16610000'],
    ['+82 62-000-0000', 'tel:+82620000000'],
    ['(062) 000-0000', 'tel:0620000000'],
  ])('links %s as %s, the extension left out', (text, href) => {
    expect(telHref(text)).toBe(href);
    expect(phoneNumber.safeParse(text).success).toBe(true);
  });

  it('keeps the extension apart from the number', () => {
    expect(parsePhone('062-000-0000 (내선 2)')).toEqual({ number: '062-000-0000', extension: '2' });
  });

  it.each([
    '062-000-0000, 062-111-1111',
    '대표번호로 문의',
    '062-000-0000\u001b[2J',
    '12',
    '1234567890123456',
    '062-000-0000 (내선 2, 3)',
  ])('refuses %j', (text) => {
    expect(phoneNumber.safeParse(text).success).toBe(false);
  });
});
