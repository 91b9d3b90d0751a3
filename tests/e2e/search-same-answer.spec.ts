import { expect, test } from './fixtures';
import { searchFor, typeQuery } from './search-results';

// The same query finds the same results whatever ran before it: cold (a new browser
// context, nothing cached or loaded), and warm in one page after the others, in two orders.
// The set is compared, not yet the order: Pagefind's scores count the words a prefix expands
// to in the chunks loaded so far, so two close results can swap (청년 수당, seen on
// 2026-12-07; docs/search.md, "Left to do"). Queries whose spacing forms, typo variants or prefixes load different index
// chunks, so an answer that depended on what was loaded would show here.
// Not yet here: a bare common prefix (청년) still depends on which index chunks have
// loaded, because Pagefind expands a prefix only inside the chunks it has (docs/search.md,
// "Left to do").
const sorted = (list: readonly string[] = []) => [...list].sort();
const queries = ['청년 수당', '청년수당', '구직할동수당', '월세', '자격증지원', 'ㄱㅈㅎㄷ', '마음 건강'];

test('every query finds the same results cold and warm, in either order', async ({ browser }) => {
  test.setTimeout(600_000);
  const cold = new Map<string, string[]>();
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.set(query, await searchFor(page, query));
    await context.close();
  }
  for (const order of [queries, [...queries].reverse()]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await searchFor(page, order[0] ?? '');
    for (const query of order.slice(1)) {
      expect
        .soft(sorted(await typeQuery(page, query)), `‘${query}’ typed after others`)
        .toEqual(sorted(cold.get(query)));
    }
    // The first query again, now with every other query's chunks loaded.
    const first = order[0] ?? '';
    expect.soft(sorted(await typeQuery(page, first)), `‘${first}’ again`).toEqual(sorted(cold.get(first)));
    await context.close();
  }
  expect([...cold.values()].every((results) => results.length > 0)).toBe(true);
});
