import { paths } from './paths';
import { normalizeRequestPath } from './request-path';
import { type ApplicationStatus, isApplicable } from './status';
import { type EntryKind, entryKindInfo } from './vocabulary';

/**
 * Rules for the embeds municipal sites paste: which query options an embed page
 * accepts, which entries it shows, which addresses the loader may frame, and the one
 * message an embed page sends its host. Shared by the build, the embed pages' script
 * and `embed.js`, so the three never disagree.
 */

/**
 * `status=` values: one status, `applicable` (open, closing soon or always), `current`
 * (applicable or upcoming: a center's upcoming programs), or `all`.
 */
export const embedStatusFilters = [
  'applicable',
  'current',
  'all',
  'open',
  'closing-soon',
  'upcoming',
  'always',
  'closed',
] as const;
export type EmbedStatusFilter = (typeof embedStatusFilters)[number];

export const DEFAULT_EMBED_LIMIT = 10;
export const MAX_EMBED_LIMIT = 50;

export interface EmbedOptions {
  region?: string | undefined;
  category?: string | undefined;
  center?: string | undefined;
  type?: string | undefined;
  status: EmbedStatusFilter;
  limit: number;
  /** A validated `#rgb`/`#rrggbb` colour with enough contrast on white, or undefined. */
  accent?: string | undefined;
  compact: boolean;
}

/** The ids an embed may be filtered by; anything else is reported, not used. */
export interface EmbedVocabulary {
  regions?: readonly string[];
  categories?: readonly string[];
  centers?: readonly string[];
  types?: readonly string[];
}

export interface ParsedEmbedOptions {
  options: EmbedOptions;
  /** Korean messages for values that were ignored, shown inside the embed. */
  problems: string[];
}

const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** WCAG contrast ratio of a `#rgb`/`#rrggbb` colour against white. */
export function contrastOnWhite(colour: string): number {
  const hex = colour.length === 4 ? [...colour.slice(1)].map((digit) => digit + digit).join('') : colour.slice(1);
  const [r, g, b] = [0, 2, 4].map((start) => channel(Number.parseInt(hex.slice(start, start + 2), 16)));
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (luminance + 0.05);
}

/**
 * The accent colour is used for link text on white, so it must be a plain hex colour
 * (nothing that could smuggle CSS) with at least 4.5:1 contrast (WCAG 1.4.3).
 */
export function validateAccent(value: string): { accent: string } | { problem: string } {
  if (!hexColour.test(value)) {
    return { problem: `강조 색(accent)은 #1a4fb0처럼 # 뒤에 16진수 3자리나 6자리로 적으세요: ${value}` };
  }
  if (contrastOnWhite(value) < 4.5) {
    return { problem: `강조 색 ${value}은 흰 바탕에서 글자가 잘 보이지 않아 기본 색을 씁니다. 더 진한 색을 고르세요.` };
  }
  return { accent: value.toLowerCase() };
}

function pick(
  params: URLSearchParams,
  name: string,
  allowed: readonly string[] | undefined,
  label: string,
  problems: string[],
) {
  const value = params.get(name)?.trim();
  if (!value) return undefined;
  if (allowed && !allowed.includes(value)) {
    problems.push(`알 수 없는 ${label}입니다: ${value}. 이 조건 없이 보여 줍니다.`);
    return undefined;
  }
  return value;
}

export function isEmbedStatusFilter(value: string): value is EmbedStatusFilter {
  return (embedStatusFilters as readonly string[]).includes(value);
}

/** Reads an embed's query string. Unknown values are dropped with a Korean note; nothing throws. */
export function parseEmbedOptions(
  query: string | URLSearchParams,
  vocabulary: EmbedVocabulary = {},
  defaultStatus: EmbedStatusFilter = 'applicable',
): ParsedEmbedOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: string[] = [];
  const statusValue = params.get('status')?.trim() || defaultStatus;
  const status = isEmbedStatusFilter(statusValue) ? statusValue : undefined;
  if (!status) problems.push(`알 수 없는 상태입니다: ${statusValue}. 기본 조건으로 보여 줍니다.`);

  let limit = DEFAULT_EMBED_LIMIT;
  const limitValue = params.get('limit')?.trim();
  if (limitValue) {
    const parsed = /^\d+$/.test(limitValue) ? Number(limitValue) : Number.NaN;
    if (parsed >= 1 && parsed <= MAX_EMBED_LIMIT) limit = parsed;
    else problems.push(`개수(limit)는 1부터 ${MAX_EMBED_LIMIT}까지의 정수로 적으세요: ${limitValue}`);
  }

  let accent: string | undefined;
  const accentValue = params.get('accent')?.trim();
  if (accentValue) {
    const result = validateAccent(accentValue);
    if ('accent' in result) accent = result.accent;
    else problems.push(result.problem);
  }

  const compactValue = params.get('compact');
  return {
    options: {
      region: pick(params, 'region', vocabulary.regions, '지역', problems),
      category: pick(params, 'category', vocabulary.categories, '분야', problems),
      center: pick(params, 'center', vocabulary.centers, '청년센터', problems),
      type: pick(params, 'type', vocabulary.types, '프로그램 종류', problems),
      status: status ?? defaultStatus,
      limit,
      accent,
      compact: compactValue !== null && compactValue !== '0' && compactValue !== 'false',
    },
    problems,
  };
}

/** What the filter needs to know about one entry in an embed list. */
export interface EmbedCandidate {
  category: string;
  status: ApplicationStatus;
  /** Every region whose residents may apply (from RegionTree.isResidentEligible at build time). */
  residentRegions: readonly string[];
  center?: string | undefined;
  programType?: string | undefined;
}

export function matchesStatusFilter(status: ApplicationStatus, filter: EmbedStatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'applicable') return isApplicable(status);
  if (filter === 'current') return isApplicable(status) || status === 'upcoming';
  return status === filter;
}

export function matchesEmbed(candidate: EmbedCandidate, options: EmbedOptions): boolean {
  return (
    (options.region === undefined || candidate.residentRegions.includes(options.region)) &&
    (options.category === undefined || candidate.category === options.category) &&
    (options.center === undefined || candidate.center === options.center) &&
    (options.type === undefined || candidate.programType === options.type) &&
    matchesStatusFilter(candidate.status, options.status)
  );
}

/** Indexes (in list order) of the entries an embed shows: the matching ones, at most `limit`. */
export function selectEmbedEntries(candidates: readonly EmbedCandidate[], options: EmbedOptions): number[] {
  const shown: number[] = [];
  for (const [index, candidate] of candidates.entries()) {
    if (shown.length >= options.limit) break;
    if (matchesEmbed(candidate, options)) shown.push(index);
  }
  return shown;
}

/**
 * The frame address for a `data-embed-src` value, or undefined when it is not one of
 * our embed pages: only site paths under `/embed/` (after resolving `..` and encodings)
 * on the site that served `embed.js`. `siteRoot` is the folder of embed.js, with BASE_PATH.
 */
export function embedFrameUrl(src: string, siteRoot: URL): URL | undefined {
  if (!src.startsWith('/embed/') || src.startsWith('//') || src.includes('\\')) return undefined;
  let url: URL;
  try {
    url = new URL(src.slice(1), siteRoot);
  } catch {
    return undefined;
  }
  const embedRoot = `${siteRoot.pathname.endsWith('/') ? siteRoot.pathname : `${siteRoot.pathname}/`}embed/`;
  // The same path the server resolves (request-path.ts): `/embed/..%2fadmin/` is /admin/.
  const path = normalizeRequestPath(url.pathname);
  if (url.origin !== siteRoot.origin || path === undefined || !path.startsWith(embedRoot)) return undefined;
  url.hash = '';
  return url;
}

/** The one message an embed page sends to the page that frames it. */
export const EMBED_HEIGHT_MESSAGE = 'cheongnyeon-giljabi:embed-height';
export const MAX_EMBED_HEIGHT = 20_000;

export function embedHeightMessage(height: number): { type: typeof EMBED_HEIGHT_MESSAGE; height: number } {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) };
}

/** The height from a well-formed message, or undefined for anything else (a forged or foreign message). */
export function readEmbedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== EMBED_HEIGHT_MESSAGE || typeof height !== 'number') return undefined;
  if (!Number.isInteger(height) || height < 0 || height > MAX_EMBED_HEIGHT) return undefined;
  return height;
}

/** Korean captions of the status filters, for headings and the embed builder. */
export const embedStatusCaptions: Record<EmbedStatusFilter, string> = {
  applicable: '지금 신청할 수 있는 것',
  current: '신청 가능·접수 예정',
  all: '마감된 것까지 전체',
  open: '신청 가능',
  'closing-soon': '마감 임박',
  upcoming: '접수 예정',
  always: '상시 신청',
  closed: '마감',
};

/** Names of the filter values for a heading (region name, category label, …). */
export interface EmbedNames {
  region?: string | undefined;
  category?: string | undefined;
  center?: string | undefined;
  type?: string | undefined;
}

/** `광주 서구 · 주거 청년 정책` or `군산시 청년뜰 · 강좌 프로그램`. */
export function embedListTitle(kind: EntryKind, names: EmbedNames): string {
  const parts = kind === 'policy' ? [names.region, names.category] : [names.center ?? names.region, names.type];
  const filters = parts.filter((part): part is string => Boolean(part));
  const noun = entryKindInfo[kind].noun;
  return filters.length === 0 ? noun : `${filters.join(' · ')} ${noun}`;
}

/** Which pages of the full site exist, for an embed's "전체 목록 보기". */
export interface EmbedMorePages {
  /** Region id -> the region whose page lists it, for regions without a page of their own. */
  regionPages?: Record<string, string>;
  /** Region with a page -> the categories it has a page of its own for (`/regions/<id>/<category>/`). */
  regionCategories?: Record<string, readonly string[]>;
  /** Categories with a list of this kind only (`/categories/<id>/policies/`). */
  kindCategories?: readonly string[];
}

/**
 * The page of the full site with the same scope as an embed, for its "전체 목록 보기":
 * the region (narrowed to the category where that page exists), the center, or the
 * category (narrowed to the embed's kind where that list exists). Undefined without a
 * scope: the embed's own list page stands.
 */
export function embedMorePath(
  kind: EntryKind,
  options: Pick<EmbedOptions, 'region' | 'category' | 'center'>,
  pages: EmbedMorePages,
): string | undefined {
  const { region, category, center } = options;
  if (region) {
    const page = pages.regionPages?.[region] ?? region;
    return category && pages.regionCategories?.[page]?.includes(category)
      ? paths.regionCategory(page, category)
      : paths.region(page);
  }
  if (center) return paths.center(center);
  if (category)
    return pages.kindCategories?.includes(category) ? paths.categoryOfKind(category, kind) : paths.category(category);
  return undefined;
}

/** Options as a query string, leaving out defaults so snippets stay short. */
export function embedQuery(options: Partial<EmbedOptions>, defaultStatus: EmbedStatusFilter = 'applicable'): string {
  const params = new URLSearchParams();
  for (const name of ['region', 'category', 'center', 'type'] as const) {
    const value = options[name];
    if (value) params.set(name, value);
  }
  if (options.status && options.status !== defaultStatus) params.set('status', options.status);
  if (options.limit && options.limit !== DEFAULT_EMBED_LIMIT) params.set('limit', String(options.limit));
  if (options.accent) params.set('accent', options.accent);
  if (options.compact) params.set('compact', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The markup a municipal web team pastes: the div the loader turns into a frame, a
 * plain link inside it for browsers without scripts, and the loader itself.
 * `siteRoot` is the site's address with its base path (`https://example.go.kr/youth/`).
 */
export function embedSnippet(siteRoot: string, path: string, title: string): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  const pageUrl = `${root}${path.replace(/^\//, '')}`;
  return [
    `<div data-embed-src="${escapeHtml(path)}" data-embed-title="${escapeHtml(title)}">`,
    `  <a href="${escapeHtml(pageUrl)}">${escapeHtml(title)} 보기 (청년길잡이)</a>`,
    '</div>',
    `<script src="${escapeHtml(`${root}embed.js`)}" async></script>`,
  ].join('\n');
}
