import type { APIRoute } from 'astro';
import { buildDate, policies, policyListing, programListing, programs, regions } from '../../content';
import { entryCalendarOf } from '../../entry-calendars';
import type { FinderData, FinderEntry } from '../../lib/eligibility/finder';
import { href } from '../../site';

// Every published entry with only what the finder and the saved list need, so both pages
// work in the browser from one cacheable file and nothing about the person leaves it.
const entries: FinderEntry[] = [
  ...policies.map((policy) => ({
    ...policyListing(policy),
    eligibility: policy.data.eligibility,
    benefit: policy.data.support.summary,
    applyUrl: policy.data.application.url,
    noticeUrl: policy.data.source.url,
  })),
  ...programs.map((program) => ({
    ...programListing(program),
    eligibility: program.data.eligibility,
    benefit: program.data.outcome ?? program.data.schedule.summary,
    applyUrl: program.data.application.url,
  })),
].map(({ summary, tags, ...entry }) => {
  const calendar = entryCalendarOf(entry.kind, entry.id);
  return { ...entry, calendar: calendar && href(calendar.path) };
});

export const GET: APIRoute = () => {
  // What the finder needs of a region; formerCodes are for importers.
  const tree = regions
    .all()
    .map(({ id, name, code, parent }) => ({ id, name, code, ...(parent === undefined ? {} : { parent }) }));
  const data: FinderData = { built: buildDate, regions: tree, entries };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
