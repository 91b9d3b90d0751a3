import { NATIONWIDE, type Region, RegionTree } from '../../src/lib/regions';

/**
 * The regions of `regions.yaml` as options an editor picks from: 전국 first, then each
 * 시·도 followed by the places inside it (parents before their children, in 법정동 code
 * order), every label starting with its 시·도 (`전남광주통합특별시 › 광주 서구`) so typing a
 * 시·도 in the search box lists its whole group.
 */
export function regionOptions(regions: readonly Region[]): { label: string; value: string }[] {
  const tree = new RegionTree(regions);
  const options: { label: string; value: string }[] = [];
  const nationwide = tree.get(NATIONWIDE);
  if (nationwide) options.push({ label: nationwide.name, value: nationwide.id });
  for (const province of tree.provinces()) {
    options.push({ label: province.name, value: province.id });
    const below = (parent: Region) => {
      for (const place of tree.children(parent.id)) {
        options.push({ label: `${province.name} › ${place.name}`, value: place.id });
        below(place);
      }
    };
    below(province);
  }
  // A region outside the tree (no 시·도 above it) is still offered, under its own name.
  const listed = new Set(options.map((option) => option.value));
  for (const region of tree.all()) if (!listed.has(region.id)) options.push({ label: region.name, value: region.id });
  return options;
}

/** Each 시·도 with the ids of every region in it, for the entry list's region filters. */
export function provinceGroups(regions: readonly Region[]): { label: string; ids: string[] }[] {
  const tree = new RegionTree(regions);
  return tree.provinces().map((province) => ({
    label: province.name,
    ids: [province.id, ...tree.descendants(province.id).map((region) => region.id)],
  }));
}
