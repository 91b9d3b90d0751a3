/**
 * Phone numbers as editors write them (`062-000-0000`, `1661-0000`, `+82 62-000-0000`,
 * `062-000-0000 (내선 2)`): one number, optionally an extension after it. The extension is
 * kept apart so that a `tel:` link dials the number itself, never "내선 2" as two more digits.
 */
export interface PhoneNumber {
  /** The number as written, without the extension. */
  number: string;
  /** Digits of the extension, when one is given. */
  extension?: string;
}

const numberPart = /^(?:\+|\()?\d[\d\-. ()]*\d$/;
const extensionPart = /^(.*?)[\s,]*(?:\(\s*(?:내선|ext\.?)\s*(\d{1,6})\s*\)|(?:내선|ext\.?)\s*(\d{1,6}))$/i;

/** The number and its extension, or undefined when the text is not one phone number. */
export function parsePhone(text: string): PhoneNumber | undefined {
  const trimmed = text.trim();
  const withExtension = extensionPart.exec(trimmed);
  const number = (withExtension ? (withExtension[1] ?? '') : trimmed).trim();
  const extension = withExtension ? (withExtension[2] ?? withExtension[3]) : undefined;
  if (!numberPart.test(number)) return undefined;
  const digits = number.replace(/\D/g, '').length;
  // 3 (112, 119) to 15 digits (the ITU E.164 maximum).
  if (digits < 3 || digits > 15) return undefined;
  return extension === undefined ? { number } : { number, extension };
}

/** `tel:` link target for a phone number: digits and a leading + only, the extension left out. */
export function telHref(phone: string): string {
  const number = parsePhone(phone)?.number ?? '';
  return `tel:${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}

/**
 * A whole Korean phone number inside running text: an area or mobile prefix and two
 * groups (043-220-4394, 02-921-1466, 062)950-0080, 062.372.5993), or a 4-digit
 * nationwide number (1599-2250). A number without its area code (☎450-8354) is not one:
 * the code cannot be told from the text. Groups: area, exchange, line, or nationwide, line.
 */
export const phoneInText = /(?<![\d-])(?:(0\d{1,2})[-.)]\s?(\d{3,4})[-.](\d{4})|(1[5-9]\d{2})-(\d{4}))(?!\d)/g;

/** Text cut at the phone numbers in it, so each number can be shown as a `tel:` link. */
export function phoneParts(text: string): { text: string; tel?: string }[] {
  const parts: { text: string; tel?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(phoneInText)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: match[0], tel: `tel:${match[0].replace(/\D/g, '')}` });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
