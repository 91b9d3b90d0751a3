import { z } from 'astro/zod';
import { centerKinds } from '../lib/vocabulary';
import { entryId, httpsUrl, isoDate, phoneNumber } from './common';

/** 청년센터·청년공간 (`centers/<id>.mdx`). The body describes the space and its services. */
export const centerSchema = z.strictObject({
  /** 센터 이름 */
  name: z.string().min(1).max(80),
  /** 종류: `center` 청년센터(상담·정책 안내를 하는 센터), `space` 청년공간(모임·활동 공간). 모르면 비워 둡니다 */
  kind: z.enum(centerKinds, { error: '종류(kind)는 center(청년센터) 또는 space(청년공간)로 적으세요.' }).optional(),
  /** 센터가 있는 지역 id */
  region: entryId,
  /** 도로명 주소 */
  address: z.string().min(1),
  /** 대표 전화번호 (공개된 번호만) */
  phone: phoneNumber.optional(),
  /** 이메일 */
  email: z.email({ error: '올바른 이메일 주소를 적으세요.' }).optional(),
  /** 운영 시간 (자유 기술) */
  hours: z.string().min(1).optional(),
  /** 누리집 주소 (https) */
  url: httpsUrl.optional(),
  /** 지도 좌표 */
  geo: z
    .strictObject({
      /** 위도 */
      lat: z.number().min(-90).max(90),
      /** 경도 */
      lng: z.number().min(-180).max(180),
    })
    .optional(),
  /** 가져온 곳: 온통청년에서 가져온 센터만 적습니다 */
  source: z
    .strictObject({
      /** 온통청년 청년센터 번호(cntrSn). 다시 가져올 때 같은 센터를 찾는 열쇠입니다 */
      ontongCenter: z
        .string({ error: '온통청년 센터 번호(ontongCenter)는 "10270"처럼 따옴표 안에 적으세요.' })
        .regex(/^\d{1,12}$/, { error: '온통청년 센터 번호(ontongCenter)는 숫자로만 적습니다. 예: "10270"' })
        .optional(),
      /**
       * 가져오기 도구(npm run import:centers)가 쓴 내용의 지문. 직접 고치지 마세요.
       * 파일을 고치면 지문이 맞지 않게 되어 다음 가져오기가 이 파일을 덮어쓰지 않습니다.
       */
      importHash: z
        .string()
        .regex(/^[0-9a-f]{16}$/, {
          error: 'importHash는 가져오기 도구가 쓰는 16자리 지문입니다. 지우거나 그대로 두세요.',
        })
        .optional(),
    })
    .optional(),
  /** 편집자가 마지막으로 확인한 날, YYYY-MM-DD */
  updated: isoDate,
});

export type CenterData = z.infer<typeof centerSchema>;
