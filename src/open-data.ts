import { buildDate, centers, policies, policyListing, programListing, programs, regions } from './content';
import { statusOf } from './lib/listing';
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

export function openDataFile(name: OpenDataName, site: URL | undefined): unknown {
  const items = {
    policies: () =>
      policies.map((policy) => ({
        ...policy.data,
        id: policy.id,
        url: pageUrl(paths.entry('policy', policy.id), site),
        status: statusOf(policyListing(policy), buildDate),
      })),
    programs: () =>
      programs.map((program) => ({
        ...program.data,
        id: program.id,
        url: pageUrl(paths.entry('program', program.id), site),
        status: statusOf(programListing(program), buildDate),
      })),
    centers: () =>
      centers.map((center) => ({ ...center.data, id: center.id, url: pageUrl(paths.center(center.id), site) })),
    regions: () => regions.all().map((region) => ({ ...region, url: pageUrl(paths.region(region.id), site) })),
  }[name]();
  return openDataSchemas[name].parse(envelope(site, items));
}

export const openDataNames = Object.keys(openDataSchemas) as OpenDataName[];

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
