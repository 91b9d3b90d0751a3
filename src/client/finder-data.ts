import type { FinderData } from '../lib/eligibility/finder';
import { RegionTree } from '../lib/regions';

/** The compact entries file built with the site (`/finder/entries.json`), fetched once. */
export async function loadFinderData(url: string): Promise<{ data: FinderData; regions: RegionTree }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = (await response.json()) as FinderData;
  return { data, regions: new RegionTree(data.regions) };
}
