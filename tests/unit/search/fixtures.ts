import { indexTerms, type SearchableEntry } from '../../../src/lib/search/korean-terms';
import { normaliseQuery } from '../../../src/lib/search/query-plan';
import synonyms from '../../../src/lib/search/synonyms.json';

// Entries and helpers the search unit tests share.

/** What Pagefind does with a query word: it matches an indexed word that starts with it. */
export const prefixMatches = (terms: string[], query: string) =>
  normaliseQuery(query)
    .split(' ')
    .every((word) => terms.some((term) => term.startsWith(word)));

export const prefixMatchesForm = (terms: string[], form: string) =>
  form.split(' ').every((word) => terms.some((term) => term.startsWith(word)));

export const allowance = {
  title: '광주청년 구직활동수당',
  tags: ['청년수당', '미취업'],
  summary: '구직활동을 하는 청년에게 월 50만원',
};
export const deposit = {
  title: '청년 주택임차보증금 이자 지원',
  tags: ['전월세', '대출이자'],
  summary: '보증금 대출이자를 지원합니다.',
};
export const suit = {
  title: '청년 면접 정장 무료 대여',
  tags: ['면접정장'],
  summary: '구직 청년에게 정장을 빌려줍니다.',
};
export const searchable = (entry: SearchableEntry) => {
  const terms = indexTerms(entry, synonyms.groups);
  return [...entry.title.toLowerCase().split(/\s+/), ...terms.title, ...terms.tags];
};
