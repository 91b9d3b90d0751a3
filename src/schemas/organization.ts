import { z } from 'astro/zod';
import { organizationKinds } from '../lib/vocabulary';
import { entryId, httpsUrl, phoneNumber } from './common';

/** 기관: a provider, operator or partner (`organizations/<id>.yaml`). */
export const organizationSchema = z.strictObject({
  /** 기관 이름 */
  name: z.string().min(1).max(80),
  /** 기관 종류: city, district, province, national, center, agency, company, nonprofit */
  kind: z.enum(organizationKinds),
  /** 기관이 있는 지역 id */
  region: entryId.optional(),
  /** 누리집 주소 (https) */
  url: httpsUrl.optional(),
  /** 대표 전화번호 (공개된 번호만) */
  phone: phoneNumber.optional(),
});

export type OrganizationData = z.infer<typeof organizationSchema>;
