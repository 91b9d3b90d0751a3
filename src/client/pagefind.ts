import { withBase } from '../lib/paths';

/** The part of Pagefind's browser API the search page uses (pagefind.js has no types). */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text, hidden search terms included. */
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind's ranking for this site: titles and tags (weighted in SearchMeta.astro) must beat
 * mentions in long bodies, so page length counts for little; an indexed word the same
 * length as the typed one (수당 = 수당, not 수당금) counts for more.
 */
const ranking = { pageLength: 0.1, termSimilarity: 2, termSaturation: 1.2, termFrequency: 0.6 };

let loaded: Promise<Pagefind> | undefined;

/**
 * The index's version, from the preload the build adds to the search page
 * (scripts/search-index.mjs): Pagefind then asks for pagefind-entry.json?ts=<version>, the
 * URL already preloaded and cacheable, instead of a new ?ts=<now> on every visit.
 */
function indexVersion(): string | undefined {
  return document.querySelector<HTMLLinkElement>('link[data-pagefind-version]')?.dataset.pagefindVersion;
}

/**
 * Loads the site's own index from <base>/pagefind/, once, in Pagefind's worker: unpacking
 * the index and the WebAssembly in the page's own thread blocked it for 60–150 ms at a
 * time on a slow phone (Lighthouse's total blocking time), while a person reads the quick
 * answer. The worker script is prefetched with the page, and the files the page preloaded
 * reach the worker from the HTTP cache (Cache-Control in security-headers.ts).
 */
export function loadPagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const pagefind = (await import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js'))) as Pagefind;
    const version = indexVersion();
    await pagefind.options({ baseUrl: base, ranking, ...(version ? { metaCacheTag: version } : {}) });
    await pagefind.init();
    return pagefind;
  })();
  return loaded;
}
