import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { searchFor, typeQuery } from './search-results';

// The search evaluation: realistic queries over the sample content, each with the entries
// that must be among the first five results, run through the real search page. Prints
// recall@5 and MRR per kind of query and requires recall@5 >= 0.95 overall.

interface Judgement {
  query: string;
  expect: string[];
}

const { kinds } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as {
  kinds: Record<string, Judgement[]>;
};

test('search finds what people type: recall@5 >= 0.95 over the evaluation queries', async ({ page }) => {
  test.setTimeout(240_000);
  const rows: string[] = [];
  const misses: string[] = [];
  let recallSum = 0;
  let count = 0;
  let opened = false;
  for (const [kind, judgements] of Object.entries(kinds)) {
    let kindRecall = 0;
    let kindReciprocal = 0;
    for (const { query, expect: wanted } of judgements) {
      // The first query comes through the URL, the others are typed into the search box.
      const results = (opened ? await typeQuery(page, query) : await searchFor(page, query)).map((href) =>
        href.replace(/^\/|\/$/g, ''),
      );
      opened = true;
      const top = results.slice(0, 5);
      const found = wanted.filter((id) => top.includes(id));
      const recall = found.length / wanted.length;
      const firstRank = results.findIndex((id) => wanted.includes(id));
      kindRecall += recall;
      kindReciprocal += firstRank === -1 ? 0 : 1 / (firstRank + 1);
      if (recall < 1)
        misses.push(
          `${kind} ‘${query}’: missing ${wanted.filter((id) => !found.includes(id)).join(', ')}; top 5: ${top.join(', ')}`,
        );
    }
    recallSum += kindRecall;
    count += judgements.length;
    rows.push(
      `${kind.padEnd(9)} ${String(judgements.length).padStart(3)}  ${(kindRecall / judgements.length).toFixed(3)}  ${(kindReciprocal / judgements.length).toFixed(3)}`,
    );
  }
  const overall = recallSum / count;
  console.log(
    [
      'kind      n    recall@5  MRR',
      ...rows,
      `overall   ${count}  ${overall.toFixed(3)}`,
      ...misses.map((m) => `  miss: ${m}`),
    ].join('\n'),
  );
  expect(count).toBeGreaterThanOrEqual(60);
  expect(overall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
});
