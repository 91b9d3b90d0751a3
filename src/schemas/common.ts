import { z } from 'astro/zod';
import './messages';
import { formatSeoulDateTime, isCalendarDate } from '../lib/dates';
import { idPattern } from '../lib/ids';
import { parsePhone } from '../lib/phone';
import { categoryIds } from '../lib/vocabulary';

/** A reference to another entry by its id (checked against the content tree at build time). */
export const entryId = z
  .string()
  .regex(idPattern, { error: '영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 예: gwangju-city' });

/** The five fixed categories (온통청년 대분류). */
export const category = z.enum(categoryIds, {
  error: `분야는 다음 중 하나로 적으세요: ${categoryIds.join(', ')}`,
});

/**
 * A calendar date, `YYYY-MM-DD`. YAML turns an unquoted date into a Date object; we keep
 * dates as plain strings so a date never shifts with a time zone.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isCalendarDate, { error: '날짜는 YYYY-MM-DD 형식의 실제 날짜로 적으세요. 예: 2026-03-02' }),
);

/** A moment with its UTC offset, `2026-04-07T19:00+09:00`, normalised to Seoul time. */
export const isoDateTime = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? formatSeoulDateTime(value) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, {
      error: '일시는 시간대를 포함해 적으세요. 예: 2026-04-07T19:00+09:00',
    })
    .refine((value) => isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)), {
      error: '존재하지 않는 일시입니다. 날짜와 시간을 확인하세요.',
    }),
);

/** The longest address accepted: longer ones are not links people follow (browsers cap near 2,000). */
export const MAX_URL_LENGTH = 2000;

/**
 * An https address with a host, as published: surrounding spaces are trimmed, and a space,
 * line break or control character inside, `https:host` without `//`, plain http and
 * other schemes (javascript:, data:) are refused.
 */
const HTTPS_HINT = 'https://로 시작하는 전체 주소를 적으세요.';
const httpsUrlPattern = /^[Hh][Tt][Tt][Pp][Ss]:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/;
export const httpsUrl = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z
    .string()
    .max(MAX_URL_LENGTH, { error: `주소가 너무 깁니다. ${MAX_URL_LENGTH}자 이하의 주소를 적으세요.` })
    .refine((value) => !/[\s\p{Cc}\p{Cf}]/u.test(value), {
      error: '주소 안에 공백, 줄바꿈이나 보이지 않는 글자가 있습니다. 주소를 한 줄로 다시 붙여 넣으세요.',
      abort: true,
    })
    // The pattern is what the open data JSON Schemas publish of this rule.
    .regex(httpsUrlPattern, { error: HTTPS_HINT, abort: true })
    .refine(isHttpsUrl, { error: HTTPS_HINT }),
);

/**
 * `https://` literally, then a public host name the URL parser accepts: a name with a dot
 * (`www.gov.kr`), not a bare word (`intranet`, `constructor`), an IP address or this
 * computer (`localhost`), which lead nowhere or somewhere other than a public site.
 */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^/?#]/i.test(value)) return false;
  try {
    const url = new URL(value);
    const host = url.hostname;
    const publicName =
      /^[^.]+(?:\.[^.]+)*\.[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]*\.?$/i.test(host) &&
      !/(?:^|\.)localhost\.?$/i.test(host) &&
      !/^[\d.]+$/.test(host) &&
      !host.startsWith('[');
    return url.protocol === 'https:' && publicName && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** One phone number, an extension after it if any: `062-000-0000 (내선 2)`. */
export const phoneNumber = z
  .string()
  .trim()
  .refine((value) => parsePhone(value) !== undefined, {
    error: '전화번호는 062-000-0000처럼 번호 하나만 적으세요. 내선은 062-000-0000 (내선 2)처럼 뒤에 적습니다.',
  });

/** A whole number of won (KRW), never negative. */
export const won = z.int({ error: '금액은 원 단위 정수로 적으세요. 예: 500000' }).nonnegative();

/** Free-text list items, each non-empty. */
export const textList = z.array(z.string().min(1));

/**
 * Text shown on one line (titles, summaries): no line break, control character, direction
 * mark or invisible character (a right-to-left override reverses what a reader sees; a
 * zero-width space splits a word search cannot find). The zero-width joiner of emoji stays.
 */
export function isOneLineText(value: string): boolean {
  return !/[\p{Cc}\u00ad\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u.test(value);
}
export const ONE_LINE_HINT =
  '줄바꿈, 제어 문자나 보이지 않는 글자(방향 바꿈 문자, 폭 없는 공백 등)가 있습니다. 그 글자를 지우고 한 줄로 다시 적으세요.';
