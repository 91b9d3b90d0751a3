/**
 * A request path as the file system and the header rules must see it: percent-encoding
 * decoded once, `.` and `..` segments resolved, repeated slashes collapsed. Matching rules
 * against the raw path let `/embed/..%2fadmin/` reach /admin/ with the embed pages'
 * `frame-ancestors *`. No imports and only erasable TypeScript: scripts/serve.mjs loads
 * this file with Node's type stripping.
 *
 * Returns undefined for a path no page can have: malformed percent-encoding, a NUL or a
 * backslash (which some servers treat as a slash).
 */
export function normalizeRequestPath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return undefined;
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  const last = parts.at(-1);
  const folder = last === '' || last === '.' || last === '..';
  return segments.length === 0 ? '/' : `/${segments.join('/')}${folder ? '/' : ''}`;
}
