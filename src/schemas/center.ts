import { z } from 'astro/zod';
import { entryId, httpsUrl, isoDate, phoneNumber } from './common';

/** 청년센터·청년공간 (`centers/<id>.mdx`). The body describes the space and its services. */
export const centerSchema = z.strictObject({
  /** 센터 이름 */
  name: z.string().min(1).max(80),
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
  /** 편집자가 마지막으로 확인한 날, YYYY-MM-DD */
  updated: isoDate,
});

export type CenterData = z.infer<typeof centerSchema>;
