import { cleanText } from './text';

/**
 * Upstream addresses: whitespace inside, no scheme (`www.example.go.kr`), plain http,
 * placeholders like `-`. We publish https only; a script scheme is refused outright.
 */
export type UrlResult =
  | { kind: 'empty' }
  | { kind: 'ok'; url: string; fixed?: string }
  | { kind: 'dropped'; reason: string }
  | { kind: 'unsafe'; reason: string };

const unsafeScheme = /^(javascript|vbscript|data|file|blob|about):/i;

export function normalizeUrl(value: unknown): UrlResult {
  const raw = cleanText(value);
  if (raw === '' || /^(-+|없음|해당\s*없음)$/.test(raw)) return { kind: 'empty' };
  // Whitespace and control characters cannot be part of an address; browsers drop them
  // too, which is how `java script:` tricks work, so strip first and judge afterwards.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const compact = raw.replace(/[\s\u0000-\u001f\u007f]+/g, '');
  if (unsafeScheme.test(compact)) {
    return { kind: 'unsafe', reason: `주소에 허용되지 않는 형식이 있습니다: ${truncateForMessage(raw)}` };
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(compact);
  if (!hasScheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(compact)) {
    return { kind: 'unsafe', reason: `주소에 허용되지 않는 형식이 있습니다: ${truncateForMessage(raw)}` };
  }
  const candidate = hasScheme ? compact : `https://${compact.replace(/^\/+/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { kind: 'dropped', reason: `주소 형식이 아니어서 뺐습니다: ${truncateForMessage(raw)}` };
  }
  if (parsed.protocol === 'http:') {
    return { kind: 'dropped', reason: `https가 아닌 주소(http)라서 뺐습니다: ${truncateForMessage(raw)}` };
  }
  if (parsed.protocol !== 'https:') {
    return { kind: 'unsafe', reason: `주소에 허용되지 않는 형식이 있습니다: ${truncateForMessage(raw)}` };
  }
  if (!parsed.hostname.includes('.')) {
    return { kind: 'dropped', reason: `주소 형식이 아니어서 뺐습니다: ${truncateForMessage(raw)}` };
  }
  // Reported when we changed what the source wrote, not for URL normalisation (a trailing /).
  const changed = compact !== raw || !hasScheme;
  return changed ? { kind: 'ok', url: parsed.href, fixed: raw } : { kind: 'ok', url: parsed.href };
}

function truncateForMessage(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
