import type { Eligibility } from '../../schemas/eligibility';
import { isNationwide, NATIONWIDE, RegionTree } from '../regions';
import { conditionFields, judgeCondition } from './conditions';
import type { Profile, Reason } from './types';

/**
 * Your profile on every page: a detail page marks each condition with whether it holds for
 * the answers this browser remembers from the finder (✓ holds, ✗ does not, ? needs an
 * answer or the notice). The page carries only its entry's rules and where its residents
 * live; the answers never leave the browser.
 */

/** What a detail page carries for the marks (JSON in a data attribute). */
export interface MarksData {
  rules: Eligibility;
  regions: readonly string[];
  /** Regions whose residents may apply; `['kr']` for a nationwide entry. */
  residents: readonly string[];
  /** Regions above the entry's districts: a person who answered only these is asked which district. */
  above: readonly string[];
}

export type Mark = 'yes' | 'no' | 'unknown';
export const markSymbols: Record<Mark, { symbol: string; words: string }> = {
  yes: { symbol: '✓', words: '내 답으로 맞아요' },
  no: { symbol: '✗', words: '내 답으로는 맞지 않아요' },
  unknown: { symbol: '?', words: '더 답하거나 공고에서 확인해야 해요' },
};

export function marksData(rules: Eligibility | undefined, regions: readonly string[], tree: RegionTree): MarksData {
  const residents = isNationwide(regions) ? [NATIONWIDE] : tree.residentRegions(regions);
  const above = new Set(
    regions.flatMap((id) =>
      tree
        .selfAndAncestors(id)
        .slice(1)
        .map((region) => region.id),
    ),
  );
  above.delete(NATIONWIDE);
  return { rules: rules ?? {}, regions, residents, above: [...above] };
}

/** One mark for a condition's reasons: any failing ✗, any open ?, all holding ✓. */
export function markOf(reasons: readonly Reason[]): Mark | undefined {
  if (reasons.length === 0) return undefined;
  if (reasons.some((item) => item.result === 'unmet')) return 'no';
  if (reasons.every((item) => item.result === 'met')) return 'yes';
  return 'unknown';
}

/** The marks of every condition the page shows, by field (and `region`). */
export function marksFor(profile: Profile, data: MarksData, today: string): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  const { region } = profile;
  marks.region = data.residents.includes(NATIONWIDE)
    ? 'yes'
    : region === undefined || data.above.includes(region)
      ? 'unknown'
      : data.residents.includes(region)
        ? 'yes'
        : 'no';
  // Judging needs no region tree beyond names: the page's regions name themselves.
  const context = { tree: new RegionTree([]), regions: data.regions, today };
  for (const field of conditionFields) {
    const mark = markOf(judgeCondition(field, profile, data.rules, context));
    if (mark) marks[field] = mark;
  }
  return marks;
}
