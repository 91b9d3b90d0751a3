/**
 * A youth center as /api/centers.json publishes it. `url` is the address of the center's
 * page on this site, as in every open data file, so the center's own site (its content
 * field `url`) is published as `website`; spreading the content under `url` used to
 * overwrite it with our page.
 */
export function centerItem<Data extends object>(id: string, data: Data & { url?: string | undefined }, page: string) {
  const { url: website, ...rest } = data;
  return { ...rest, website, id, url: page };
}
