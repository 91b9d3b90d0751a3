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
