/**
 * Text clean-up for imported data. Upstream values arrive as strings or numbers, with
 * trailing spaces, runs of spaces meaning "empty", and line breaks written as real
 * newlines or as the two characters `\n` / `\N`.
 */

/** The trimmed text of a value; `''` for empty strings, runs of spaces, null and non-scalars. */
export function cleanText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  // Some records carry HTML entities from the portal's editor; we want the characters.
  // Decoded before controls are removed, so `&#27;` cannot bring an escape back.
  // One pass, so `&amp;#39;` is `&#39;` as written, never decoded twice.
  const decoded = value.replace(
    /&(quot|amp|lt|gt|nbsp|middot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi,
    (match, name: string) => (name.startsWith('#') ? numericEntity(match, name.slice(1)) : (entities[name] ?? match)),
  );
  return withoutControls(decoded.normalize('NFC')).trim();
}

/**
 * Text without terminal escape sequences (which would recolour or rewrite the editor's
 * terminal when the report is printed), other control characters or bidirectional
 * overrides (which make a title read differently from what it is). Line breaks and tabs
 * stay: they carry meaning in multi-line fields.
 */
export function withoutControls(value: string): string {
  return value
    .replace(terminalEscape, '')
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '');
}

/** CSI (`ESC [ … m`), OSC (`ESC ] … BEL`) and two-character escapes, and their 8-bit CSI. */
const terminalEscape = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?',
    '\\u001b[@-_]?',
    '\\u009b[0-?]*[ -/]*[@-~]',
  ].join('|'),
  'g',
);

const entities: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  middot: '·',
};

/** `&#40;` and `&#x28;` as their character; a code that is no character stays as written. */
function numericEntity(match: string, code: string): string {
  const point = code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number(code);
  return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : match;
}

/** Collapses every run of whitespace (including full-width spaces) into one space. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Filler that means "no condition" in upstream free text. */
const fillerLine = /^(제한\s*없음|해당\s*(사항\s*)?없음|없음|무관|-+|n\/a|null)$/i;

/** Leading bullets upstream writers use: -, *, •, ·, ○, ●, □, ■, ▪, ◦, ▶, ❍, ◎, ◇, ◆ and ㅇ. */
const leadingBullet = /^(?:[-*•·○●□■▪◦▶❍◎◇◆]|ㅇ(?=\s))\s*/;

/** A line without any of its leading bullets (ㅇ - (대상) … → (대상) …); textLines takes off the first only. */
export function withoutBullets(line: string): string {
  let rest = line;
  for (let bare = rest.replace(leadingBullet, ''); bare !== rest; bare = rest.replace(leadingBullet, '')) rest = bare;
  return rest;
}

/** Meaningful lines of a multi-line value, bullets removed and filler dropped. */
export function textLines(value: unknown): string[] {
  return cleanText(value)
    .split(/\r?\n|\\[nN]/)
    .map((line) => oneLine(line.replace(leadingBullet, '')))
    .filter((line) => line !== '' && !fillerLine.test(line));
}

/** Cuts `value` to at most `max` characters, ending in `…` when something was cut. */
export function truncate(value: string, max: number): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * Escapes a line of upstream text for a Markdown body, so it is shown as written and
 * never becomes HTML, a link or emphasis. Content is data, never code.
 */
export function escapeMarkdown(line: string): string {
  const inline = line.replace(/[\\`*_[\]<>&~|]/g, (char) => `\\${char}`);
  // Block markers only matter at the start of a line: headings, lists, quotes.
  return inline.replace(/^(#|\+|-|=|(\d+)([.)]))/, (match, _marker, digits, punct) =>
    digits === undefined ? `\\${match}` : `${digits}\\${punct}`,
  );
}

/** Splits a list value on commas, semicolons or line breaks; items trimmed, empty ones dropped. */
export function splitList(value: unknown, separators: RegExp = /[,;\n]|\\[nN]/): string[] {
  return cleanText(value)
    .split(separators)
    .map((item) => oneLine(item))
    .filter((item) => item !== '');
}

/** Unique items in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
