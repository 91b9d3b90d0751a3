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

/** Loads the site's own index from <base>/pagefind/, once. */
export function loadPagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const pagefind = (await import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking });
    await pagefind.init();
    return pagefind;
  })();
  return loaded;
}
