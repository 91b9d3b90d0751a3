import { NATIONWIDE, type Region, RegionTree } from '../../src/lib/regions';

/**
 * The regions of `regions.yaml` as options an editor picks from: 전국 first, then each
 * 시·도 followed by the places inside it, every label starting with its 시·도
 * (`광주광역시 › 광주 서구`) so typing a 시·도 in the search box lists its whole group.
 */
export function regionOptions(regions: readonly Region[]): { label: string; value: string }[] {
  const tree = new RegionTree(regions);
  const options: { label: string; value: string }[] = [];
  const nationwide = tree.get(NATIONWIDE);
  if (nationwide) options.push({ label: nationwide.name, value: nationwide.id });
  for (const province of tree.provinces()) {
    options.push({ label: province.name, value: province.id });
    for (const place of tree.descendants(province.id)) {
      options.push({ label: `${province.name} › ${place.name}`, value: place.id });
    }
  }
  // A region outside the tree (no 시·도 above it) is still offered, under its own name.
  const listed = new Set(options.map((option) => option.value));
  for (const region of tree.all()) if (!listed.has(region.id)) options.push({ label: region.name, value: region.id });
  return options;
}
