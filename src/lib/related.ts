import { compareTitles, type Listing, statusOf } from './listing';
import type { RegionTree } from './regions';
import { isApplicable } from './status';

/**
 * A few entries a person looking at `target` may not have known to look for: same
 * category, open to residents of the target's regions (same or enclosing region).
 * Shared tags, then applicability, then regional closeness decide the order.
 */
export function relatedListings<T extends Listing>(
  target: Listing,
  candidates: readonly T[],
  regions: RegionTree,
  today: string,
  limit = 4,
): T[] {
  const targetTags = new Set(target.tags);
  const reachable = (candidate: Listing) =>
    target.regions.some((region) => regions.isResidentEligible(region, candidate.regions));
  const closeness = (candidate: Listing) => Math.max(...candidate.regions.map((region) => regions.depth(region)));

  return candidates
    .filter((candidate) => !(candidate.kind === target.kind && candidate.id === target.id))
    .filter((candidate) => candidate.category === target.category && reachable(candidate))
    .map((candidate) => ({
      candidate,
      sharedTags: candidate.tags.filter((tag) => targetTags.has(tag)).length,
      applicable: isApplicable(statusOf(candidate, today)) ? 1 : 0,
      closeness: closeness(candidate),
    }))
    .sort(
      (a, b) =>
        b.sharedTags - a.sharedTags ||
        b.applicable - a.applicable ||
        b.closeness - a.closeness ||
        compareTitles(a.candidate.title, b.candidate.title),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
