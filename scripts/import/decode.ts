import { decodeHTMLStrict } from 'entities';

/**
 * HTML character references in upstream text (`&middot;`, `&amp;`, `&#39;`, `&#x2F;`)
 * as the characters they name: 온통청년's editor stores some records with them, and a
 * page must never show `&middot;` as text. Strict decoding takes only references closed by
 * `;`, so an address like `?a=1&copy=2` keeps its `&copy`.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
