/**
 * The external addresses in the content that a person follows: application forms,
 * official notices, center and organization sites. The link checker reports by entry.
 */

export interface ExternalLink {
  url: string;
  /** Content file the link is written in. */
  file: string;
  /** Field path, e.g. `application.url`. */
  field: string;
  /** Entry title or name, for the report. */
  label: string;
}

interface Located {
  file: string;
  data: Record<string, unknown>;
}

const linkFields: Record<string, readonly string[]> = {
  policies: ['application.url', 'source.url'],
  programs: ['application.url'],
  centers: ['url'],
  organizations: ['url'],
};

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

export function externalLinks(tree: object): ExternalLink[] {
  return Object.entries(linkFields).flatMap(([collection, fields]) =>
    (((tree as Partial<Record<string, unknown>>)[collection] ?? []) as readonly Located[]).flatMap((entry) =>
      fields.flatMap((field) => {
        const url = valueAt(entry.data, field);
        if (typeof url !== 'string') return [];
        const label = String(entry.data.title ?? entry.data.name ?? entry.file);
        return [{ url, file: entry.file, field, label }];
      }),
    ),
  );
}

/** How a response reads to an editor; `manual` means a person should open it in a browser. */
export type LinkVerdict = 'ok' | 'redirected' | 'manual' | 'dead' | 'error';

export function verdictForStatus(status: number): LinkVerdict {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirected';
  if (status === 401 || status === 403 || status === 429) return 'manual';
  if (status === 404 || status === 410) return 'dead';
  return 'error';
}

export const verdictLabels: Record<LinkVerdict, string> = {
  ok: '정상',
  redirected: '주소 바뀜',
  manual: '직접 확인 필요',
  dead: '없는 페이지',
  error: '오류',
};
