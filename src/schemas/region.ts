import { z } from 'astro/zod';
import { entryId } from './common';

const codeMessage = '법정동 코드는 따옴표로 감싼 2자리(시·도) 또는 5자리(시·군·구) 숫자로 적으세요. 예: "29140"';
const regionCode = z.string().regex(/^(\d{2}|\d{5})$/, { error: codeMessage });

/** One region of `regions.yaml`. */
export const regionSchema = z.strictObject({
  /** 지역 id, 예: gwangju-seogu. 이름이나 코드가 바뀌어도 그대로 둡니다(저장된 주소·임베드가 씁니다) */
  id: entryId,
  /** 지역 이름, 예: 광주 서구 */
  name: z.string().min(1),
  /** 지금 쓰는 법정동 코드 앞자리: 시·도 2자리, 시·군·구 5자리, 전국은 "00" (따옴표로 감싸 적으세요) */
  code: regionCode,
  /** 상위 지역 id. 전국(kr)만 비워 둡니다 */
  parent: entryId.optional(),
  /**
   * 이 지역이 예전에 쓰던 법정동 코드 목록, 예: ["29140"]. 예전 코드로 적힌 자료도 이 지역을 찾습니다.
   * 나뉜 지역은 예전 코드를 뒤를 이은 모든 지역에 적습니다
   */
  formerCodes: z
    .array(regionCode, { error: '예전 코드(formerCodes)는 ["29140"]처럼 따옴표로 감싼 코드의 목록으로 적으세요.' })
    .min(1, { error: '예전 코드(formerCodes)가 없으면 항목을 지우세요.' })
    .optional(),
});

export type RegionData = z.infer<typeof regionSchema>;
