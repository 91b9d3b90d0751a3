import { CSP_META, styleHash, withStyleHashes } from './security-headers';

/**
 * Each page carries its stylesheet inline (astro.config.mjs inlineStylesheets), which
 * saves the round trip before first paint that an external stylesheet costs (about 2 s on
 * Slow 3G). The strict CSP allows an inline stylesheet only by its hash, known once the
 * page is rendered: src/middleware.ts puts each page's hashes in its policy as Astro
 * renders it, and the build puts all of them in `_headers`.
 */

/** The text of each <style> element of a page (indexOf, not a regular expression: 10,000 pages of 40 KB). */
export function styleTexts(html: string): string[] {
  const texts: string[] = [];
  let at = html.indexOf('<style');
  while (at !== -1) {
    const open = html.indexOf('>', at);
    const close = html.indexOf('</style>', open);
    if (open === -1 || close === -1) break;
    // <style> or <style …>, not an element whose name starts with "style".
    if (/[\s>]/.test(html[at + 6] ?? '')) texts.push(html.slice(open + 1, close));
    at = html.indexOf('<style', close);
  }
  return texts;
}

/**
 * The hashes of the <style> elements in a page's <head>, in order, without repeats: the
 * site's own stylesheets are there (Astro puts them there). A <style> in the body can only
 * have come from content, and allowing it by hash would let content restyle the page.
 */
export function pageStyleHashes(html: string): string[] {
  const headEnd = html.indexOf('</head>');
  return [...new Set(styleTexts(headEnd === -1 ? '' : html.slice(0, headEnd)).map(styleHash))];
}

/**
 * The page with its own style hashes in the policy of its CSP meta element, when that is
 * `policy`; a page under another policy (or none) is returned as it is.
 */
export function allowPageStyles(html: string, policy: string): { html: string; hashes: string[] } {
  const hashes = pageStyleHashes(html);
  const meta = `${CSP_META}${policy}"`;
  if (hashes.length === 0 || !html.includes(meta)) return { html, hashes };
  const allowed = `${CSP_META}${withStyleHashes(policy, hashes)}"`;
  return { html: html.replace(meta, allowed), hashes };
}
