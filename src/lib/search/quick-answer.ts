import { compareByStatus } from '../status';
import {
  choseong,
  isHangulSyllable,
  type SearchableEntry,
  type SynonymGroups,
  suffixes,
  synonymsFor,
  words,
} from './korean-terms';
import { matchesEveryWord, spacingForms } from './query-plan';
import { resultStatus } from './ranking';

/**
 * The quick answer of the search page: a small file of every entry's title terms that
 * arrives with the page, so the first results show while Pagefind (script, WebAssembly,
 * metadata, index chunk, then one fragment per result: five round trips) is still
 * loading. A record has the shape of a Pagefind result's data, so one renderer draws both.
 */
export interface QuickRecord {
  url: string;
  /** Title words, the inside of the title's compounds and its 초성, space-separated. */
  titleTerms: string;
  /** Summary and tag words, the inside of the tags, synonyms. */
  otherTerms: string;
  /** The same result metadata Pagefind keeps (SEARCH_META names). */
  meta: Record<string, string>;
}

/**
 * A record as the file carries it: only the terms the page cannot make from the record's
 * title and summary, which its metadata already holds. The title's suffixes and 초성 and
 * the summary's words were 40% of the file (89 → 53 KB gzip for 400 real records, about
 * 0.6 s on Slow 3G); the page makes them as the file arrives (quickRecord).
 */
export interface QuickFileRecord {
  url: string;
  /** Tag words, the inside of the tags, synonyms. */
  tagTerms: string;
  meta: Record<string, string>;
}

/**
 * Most records the quick file carries (about 130 bytes each, gzipped): a larger
 * catalogue keeps the entries one can apply for first, and Pagefind finds the rest.
 */
export const QUICK_SEARCH_LIMIT = 400;

const unique = (terms: string[]) => [...new Set(terms.filter((term) => term.length >= 2))].join(' ');

/** The title's words, the title joined with its suffixes, and its 초성 with theirs. */
function titleTerms(title: string): string {
  const titleWords = words(title);
  const joined = titleWords.join('');
  const initials = choseong([...joined].filter(isHangulSyllable).join(''));
  return unique([...titleWords, joined, ...suffixes(joined), initials, ...suffixes(initials, 8)]);
}

/** Tag words, the inside of the tags and the synonyms of the entry's words. */
function tagTerms(entry: SearchableEntry, synonyms: SynonymGroups): string {
  const tagWords = entry.tags.flatMap(words);
  return unique([
    ...tagWords,
    ...tagWords.flatMap((word) => suffixes(word)),
    ...synonymsFor([entry.title, ...entry.tags, entry.summary, entry.benefit ?? ''].join(' '), synonyms).flatMap(words),
  ]);
}

/** An entry's record for the file (src/pages/quick-search.json.ts). */
export function quickFileRecord(
  url: string,
  entry: SearchableEntry,
  synonyms: SynonymGroups,
  meta: Record<string, string>,
): QuickFileRecord {
  return { url, tagTerms: tagTerms(entry, synonyms), meta };
}

/**
 * The record the quick answer matches, made from the file's: the terms of the title and
 * summary in its metadata, as Pagefind matches the page (fewer than korean-terms.ts
 * indexTerms, without typo variants, to stay small).
 */
export function quickRecord({ url, tagTerms: tags, meta }: QuickFileRecord): QuickRecord {
  return {
    url,
    titleTerms: titleTerms(meta.title ?? ''),
    otherTerms: unique([...words(meta.summary ?? ''), ...tags.split(' ')]),
    meta,
  };
}

/**
 * Records whose terms have every word of one of the query's spacing forms (청년수당 and
 * 청년 수당 alike, korean-terms.ts spacingForms) at the start of a term, as Pagefind
 * matches: titles first, then tag-only matches, and at equal match what a person can
 * apply for now before what opens later before what is closed.
 */
export function quickSearch(records: readonly QuickRecord[], query: string, today: string): QuickRecord[] {
  const forms = spacingForms(query);
  const matches = (terms: string) => forms.some((form) => matchesEveryWord(terms, form));
  const ranked = records
    .filter((record) => matches(`${record.titleTerms} ${record.otherTerms}`))
    .map((record) => ({
      record,
      inTitle: matches(record.titleTerms) ? 0 : 1,
      status: resultStatus(record.meta, today),
    }));
  ranked.sort((a, b) => a.inTitle - b.inTitle || compareByStatus(a.status, b.status));
  return ranked.map(({ record }) => record);
}
