import { parsePhone } from '../../../src/lib/phone';
import { type CenterKind, centerKindLabels } from '../../../src/lib/vocabulary';
import { cleanText, oneLine, truncate } from '../text';
import { normalizeUrl } from '../urls';

/**
 * One field of a 온통청년 centre at a time. Each returns the value to publish (or nothing)
 * and what the report should say about it; none invents a value upstream did not give.
 */

export interface FieldResult<T> {
  value?: T;
  note?: string;
}

/** A name or address as a person reads it: HTML entities decoded, one line, trimmed, no space before a comma. */
export const plainText = (value: unknown): string => oneLine(cleanText(value)).replace(/\s+,/g, ',');

/**
 * 청년센터 or 청년공간, from a type field when upstream sends one, else the name: `…공간`
 * is a space, `…센터` a centre. A name with both or neither is left for an editor.
 */
export function centerKindOf(name: string, type?: unknown): FieldResult<CenterKind> {
  for (const text of [plainText(type), name]) {
    const center = /센터/.test(text);
    const space = /공간/.test(text);
    if (center !== space) return { value: center ? 'center' : 'space' };
  }
  return {
    note: `이름으로 ${centerKindLabels.center}인지 ${centerKindLabels.space}인지 알 수 없어 종류(kind)를 비워 두었습니다. 확인해 적으세요.`,
  };
}

/** Korean numbers from their digits: 02-xxx(x)-xxxx, 0xx-xxx(x)-xxxx, 010-…, 070-…, 050x-…, 15xx-xxxx. */
function hyphenated(digits: string): string | undefined {
  const patterns = [
    /^(02)(\d{3,4})(\d{4})$/,
    /^(0[3-6][1-5])(\d{3,4})(\d{4})$/,
    /^(01[016789])(\d{3,4})(\d{4})$/,
    /^(070|080)(\d{3,4})(\d{4})$/,
    /^(050\d)(\d{3,4})(\d{4})$/,
    /^(1[5-9]\d{2})(\d{4})$/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(digits);
    if (match) return match.slice(1).join('-');
  }
  return undefined;
}

/**
 * The centre's phone as `043-853-2030`: separators made hyphens, a bare run of digits
 * split, an extension kept, only the first of several numbers. Anything else is left out.
 */
export function centerPhoneOf(value: unknown): FieldResult<string> {
  const raw = plainText(value).replace(/^(tel|전화|☎)[.:)\s]*/i, '');
  if (raw === '' || /^-+$/.test(raw)) return {};
  const [first = '', ...others] = raw.split(/\s*(?:[,/]|~|또는)\s*/);
  const parsed = parsePhone(first);
  const digits = (parsed?.number ?? first).replace(/\D/g, '');
  const number = hyphenated(digits);
  if (parsed === undefined || number === undefined) {
    return { note: `전화번호 형식이 아니어서 뺐습니다: ${truncate(raw, 40)}` };
  }
  const extension = parsed.extension === undefined ? '' : ` (내선 ${parsed.extension})`;
  const note =
    others.length > 0 ? `전화번호가 여러 개라 첫 번째(${number})만 적었습니다: ${truncate(raw, 60)}` : undefined;
  return note === undefined ? { value: `${number}${extension}` } : { value: `${number}${extension}`, note };
}

/**
 * The homepage, https only: `http:` is left out (we never send a person to an unencrypted
 * page), as is every other scheme. A punycode host (`xn--…`) stays as the URL parser
 * writes it; pages show its Korean form.
 */
export function centerHomepageOf(value: unknown): FieldResult<string> {
  const result = normalizeUrl(value);
  if (result.kind === 'empty') return {};
  if (result.kind === 'ok') return { value: result.url };
  return { note: `누리집 ${result.reason}` };
}

/** The street address with its detail, unless the detail only repeats the centre's name. */
export function centerAddressOf(address: string, detail: string, name: string, province: string): string {
  const bare = (text: string) => text.replace(/[\s()]/g, '');
  const repeats = detail === '' || bare(name).includes(bare(detail)) || bare(address).includes(bare(detail));
  const full = repeats ? address : `${address}, ${detail}`;
  return province === '' ? full : `${province} ${full}`;
}
