import type { APIRoute } from 'astro';
import { allListings, buildDate, regions } from '../content';
import { type Listing, sortForBrowsing } from '../lib/listing';
import { paths } from '../lib/paths';
import { searchResultMeta } from '../lib/search/facets';
import { QUICK_SEARCH_LIMIT, type QuickFileRecord, quickFileRecord } from '../lib/search/quick-answer';
import synonyms from '../lib/search/synonyms.json';
import { applicantLabels, categoryLabel, entryKindLabel } from '../lib/vocabulary';
import { href } from '../site';

// The search page's quick answer (src/lib/search/quick-answer.ts): tag terms of the entries,
// those one can apply for first, with their result metadata (title and summary terms are
// made from it by the page).
function record(listing: Listing): QuickFileRecord {
  const meta = searchResultMeta(listing, {
    category: categoryLabel(listing.category),
    regions: regions.names(listing.regions),
    // As SearchMeta.astro words it: a business's entry says 기업 대상.
    kind: [entryKindLabel(listing), listing.applicant && applicantLabels[listing.applicant]]
      .filter(Boolean)
      .join(' · '),
  });
  return quickFileRecord(href(paths.entry(listing.kind, listing.id)), listing, synonyms.groups, meta);
}

export const GET: APIRoute = () => {
  const records = sortForBrowsing(allListings, buildDate).slice(0, QUICK_SEARCH_LIMIT).map(record);
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
