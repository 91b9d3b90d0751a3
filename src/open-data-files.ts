import {
  buildDate,
  centers,
  type Policy,
  type Program,
  policies,
  policyListing,
  programListing,
  programs,
  regionPage,
  regions,
} from './content';
import { type Listing, statusOf } from './lib/listing';
import { centerItem } from './lib/open-data-items';
import { paths } from './lib/paths';
import { type OpenDataName, openDataSchemas } from './schemas/open-data';
import { href } from './site';

/**
 * The open data files, built from the published content and checked against their own
 * schema before they are written, so a file never contradicts its published JSON Schema.
 */

const notice =
  '샘플 데이터: 공개된 보도자료와 공식 누리집을 바탕으로 만든 예시입니다. 신청 전에 반드시 각 항목의 source.url 공식 공고를 확인하세요.';

function envelope(site: URL | undefined, items: unknown[]) {
  return { version: 1, generated: buildDate, site: new URL(href('/'), site).href, notice, items };
}

const pageUrl = (path: string, site: URL | undefined) => new URL(href(path), site).href;

/** A policy or program as published: its fields, its page and its status today. */
function entryItem(entry: Policy | Program, listing: Listing, site: URL | undefined) {
  return {
    ...entry.data,
    id: entry.id,
    url: pageUrl(paths.entry(listing.kind, entry.id), site),
    status: statusOf(listing, buildDate),
  };
}

export function openDataFile(name: OpenDataName, site: URL | undefined): unknown {
  const items = {
    policies: () => policies.map((policy) => entryItem(policy, policyListing(policy), site)),
    programs: () => programs.map((program) => entryItem(program, programListing(program), site)),
    centers: () => centers.map(({ id, data }) => centerItem(id, data, pageUrl(paths.center(id), site))),
    regions: () => regions.all().map((region) => ({ ...region, url: pageUrl(regionPage(region.id), site) })),
  }[name]();
  return openDataSchemas[name].parse(envelope(site, items));
}

export const openDataNames = Object.keys(openDataSchemas) as OpenDataName[];

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
