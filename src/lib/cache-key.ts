import { createHash } from 'node:crypto';

/**
 * A short fingerprint of everything a page is made from, for Astro's incremental build:
 * a page whose fingerprint (and code) is unchanged since the last build is copied instead
 * of rendered again. Leaving out something the page shows would publish a stale page, so
 * callers pass whole values (an entry's digest, the related cards, the shared site data)
 * rather than picking fields.
 */
export function cacheKeyOf(...parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}
