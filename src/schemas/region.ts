import { z } from 'astro/zod';
import { entryId } from './common';

/** Region ids name pages (/regions/<id>/) and finder answers: one path segment, no folders. */
const regionId = entryId.refine((id) => !id.includes('/'), {
  error: '지역 id에는 /를 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈(-)만 쓰세요. 예: gwangju-seogu',
});

/** One region of `regions.yaml`. */
export const regionSchema = z.strictObject({
  /** 지역 id, 예: gwangju-seogu */
  id: regionId,
  /** 지역 이름, 예: 광주 서구 */
  name: z.string().min(1),
  /** 법정동 코드 앞자리: 시·도 2자리, 시·군·구 5자리, 전국은 "00" (따옴표로 감싸 적으세요) */
  code: z.string().regex(/^(\d{2}|\d{5})$/, {
    error: '법정동 코드는 따옴표로 감싼 2자리(시·도) 또는 5자리(시·군·구) 숫자로 적으세요. 예: "29140"',
  }),
  /** 상위 지역 id. 전국(kr)만 비워 둡니다 */
  parent: regionId.optional(),
});

export type RegionData = z.infer<typeof regionSchema>;
