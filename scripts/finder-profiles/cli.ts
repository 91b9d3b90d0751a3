// `npx tsx scripts/finder-profiles/cli.ts [content-dir] [--set real] [--today 2025-07-01] [--greens]`:
// runs the finder's matching on the content tree for every profile of profiles.ts and prints
// the verdict counts, so a change to the rules or the content can be measured before and
// after; `--greens` also lists each profile's eligible entries, to check them by hand.

import { type FinderEntry, finderResults, profileFromParams } from '../../src/lib/eligibility/finder';
import { RegionTree } from '../../src/lib/regions';
import { readContentTree } from '../lib/content-files';
import { profileSet, realProfileSet } from './profiles';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const today = option('--today') ?? '2026-11-29';
const set = option('--set') === 'real' ? realProfileSet : profileSet;
const greens = args.includes('--greens');
const root = args.find((arg) => !arg.startsWith('--')) ?? 'content';
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
for (const { name, query } of set) {
  const profile = profileFromParams(new URLSearchParams(query), regions, today);
  const found = finderResults(profile, entries, regions, today, { includeClosed: true });
  const counts = Object.entries(found.counts).map(([verdict, count]) => {
    totals[verdict] = (totals[verdict] ?? 0) + count;
    return `${verdict} ${count}`;
  });
  console.log(`${name}: ${counts.join(', ')}`);
  if (greens) for (const { entry } of found.byVerdict.eligible) console.log(`  ✓ ${entry.id} ${entry.title}`);
}
console.log(
  `합계: ${Object.entries(totals)
    .map(([verdict, count]) => `${verdict} ${count}`)
    .join(', ')}`,
);
