// `npx tsx scripts/finder-profiles/cli.ts [content-dir]`: runs the finder's matching on the
// content tree for every profile of profiles.ts and prints the verdict counts, so a change
// to the rules or the content can be measured before and after.

import { type FinderEntry, finderResults, profileFromParams } from '../../src/lib/finder';
import { RegionTree } from '../../src/lib/regions';
import { readContentTree } from '../lib/content-files';
import { profileSet } from './profiles';

const today = '2026-11-29';
const root = process.argv[2] ?? 'content';
const tree = readContentTree(root);
const regions = new RegionTree(tree.regions);
// YAML 1.1 reads unquoted dates as Date objects; the rules compare ISO strings.
const dates = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : Array.isArray(value)
      ? value.map(dates)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, dates(inner)]))
        : value;

const entries = [
  ...tree.policies.map((file) => ({ kind: 'policy', file })),
  ...tree.programs.map((file) => ({ kind: 'program', file })),
].map(({ kind, file }) => {
  const data = dates(file.data) as { application?: { period?: unknown }; registration?: unknown };
  const period = kind === 'policy' ? data.application?.period : data.registration;
  return { ...data, kind, id: file.id, period, tags: [] } as unknown as FinderEntry;
});

const totals: Record<string, number> = {};
for (const { name, query } of profileSet) {
  const profile = profileFromParams(new URLSearchParams(query), regions, today);
  const found = finderResults(profile, entries, regions, today, { includeClosed: true });
  const counts = Object.entries(found.counts).map(([verdict, count]) => {
    totals[verdict] = (totals[verdict] ?? 0) + count;
    return `${verdict} ${count}`;
  });
  console.log(`${name}: ${counts.join(', ')}`);
}
console.log(
  `합계: ${Object.entries(totals)
    .map(([verdict, count]) => `${verdict} ${count}`)
    .join(', ')}`,
);
