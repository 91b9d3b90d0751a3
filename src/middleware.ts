import { defineMiddleware } from 'astro:middleware';
import { allowPageStyles } from './lib/inline-styles';
import { basePolicy } from './lib/security-headers';

// Runs as Astro renders each page (at build time: the site is static). A page's
// stylesheet is inline and the strict CSP allows it only by its hash, which exists only
// now that the page is rendered: it goes into the page's own policy here, before the page
// is written, so no pass over the written pages is needed (src/lib/inline-styles.ts).
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { html } = allowPageStyles(await response.text(), basePolicy);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
