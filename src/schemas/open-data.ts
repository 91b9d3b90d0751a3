import { z } from 'astro/zod';
import { applicationStatuses } from '../lib/status';
import { centerSchema } from './center';
import { entryId, isoDate } from './common';
import { policySchema } from './policy';
import { programSchema } from './program';
import { regionSchema } from './region';

/**
 * The open data files at `/api/*.json`: every published entry as the content schemas
 * output it, plus its id and page address. Other services read these, so the shape is a
 * contract: `version` changes only when a field is renamed or removed. Their JSON Schemas
 * at `/api/schema/*.json` are generated from these definitions.
 */
export const OPEN_DATA_VERSION = 1;

/** Fields every open data item has besides its content. */
const published = {
  /** 항목 id (콘텐츠 파일 경로) */
  id: entryId,
  /** 사이트에서 이 항목의 페이지 주소 */
  url: z.url(),
};

const withStatus = {
  ...published,
  /** `generated` 날짜 기준 신청·모집 상태 (날짜가 지나면 기간 필드로 다시 계산하세요) */
  status: z.enum(applicationStatuses),
};

function openDataFile<T extends z.ZodType>(item: T, description: string) {
  return z
    .strictObject({
      /** 파일 형식 버전 */
      version: z.literal(OPEN_DATA_VERSION),
      /** 만든 날 (서울 기준), YYYY-MM-DD */
      generated: isoDate,
      /** 사이트 주소 */
      site: z.url(),
      /** 데이터 안내 (샘플 데이터 여부 등) */
      notice: z.string(),
      items: z.array(item),
    })
    .meta({ description });
}

export const openDataSchemas = {
  policies: openDataFile(policySchema.extend(withStatus), '청년길잡이 청년 정책 공개 데이터'),
  programs: openDataFile(programSchema.extend(withStatus), '청년길잡이 청년센터 프로그램 공개 데이터'),
  // `url` is our page in every file, so a center's own site (its content field `url`) is
  // published as `website`: spreading the content under `url` used to overwrite it.
  centers: openDataFile(
    centerSchema.omit({ url: true }).extend({
      /** 센터 누리집 주소 (https) */
      website: centerSchema.shape.url,
      ...published,
    }),
    '청년길잡이 청년센터 공개 데이터',
  ),
  regions: openDataFile(regionSchema.extend({ url: z.url() }), '청년길잡이 지역 분류 공개 데이터'),
};

export type OpenDataName = keyof typeof openDataSchemas;

/** JSON Schema (draft 2020-12) of what the file contains: the schemas' output, after defaults. */
export function openDataJsonSchema(name: OpenDataName): Record<string, unknown> {
  return z.toJSONSchema(openDataSchemas[name], { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
}
