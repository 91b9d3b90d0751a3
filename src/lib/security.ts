/**
 * The site's Content-Security-Policy, in one place: the meta tag on every page and the
 * CDN headers file are both written from it. Scripts and styles come only from the site
 * itself (no inline code); Pagefind's search index needs WebAssembly ('wasm-unsafe-eval').
 */
const directives: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * The policy as a header value. `frameAncestors` only works as an HTTP header (browsers
 * ignore it in a meta tag): `'none'` for ordinary pages, a list or `*` for embeds.
 */
export function contentSecurityPolicy(frameAncestors?: readonly string[]): string {
  const all = frameAncestors ? { ...directives, 'frame-ancestors': frameAncestors } : directives;
  return Object.entries(all)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
