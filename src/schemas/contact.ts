import { z } from 'astro/zod';
import { applicationMethods } from '../lib/vocabulary';

/** 문의처. Only published contacts: a number nobody answers is worse than none. */
export const contactSchema = z.strictObject({
  /** 담당 부서나 담당자 */
  name: z.string().min(1).optional(),
  /** 전화번호, 예: 062-000-0000 */
  phone: z
    .string()
    .regex(/^[0-9+()\- ]{4,20}$/, { error: '전화번호는 숫자와 하이픈으로 적으세요. 예: 062-000-0000' })
    .optional(),
  /** 이메일 */
  email: z.email({ error: '올바른 이메일 주소를 적으세요.' }).optional(),
});

/** 신청 방법: online, visit, mail, email, phone (하나 이상) */
export const applicationMethodsSchema = z.array(z.enum(applicationMethods)).min(1, {
  error: '신청 방법을 하나 이상 적으세요: online, visit, mail, email, phone',
});

/** `application.url` is the form itself, so it is required for online applications. */
export function requiresUrlForOnline(application: {
  method?: readonly string[] | undefined;
  url?: string | undefined;
}): boolean {
  return !application.method?.includes('online') || application.url !== undefined;
}
export const onlineUrlRequired = {
  error: '신청 방법에 online이 있으면 신청서 주소(application.url)를 적어야 합니다.',
  path: ['url'],
};
export type ContactData = z.infer<typeof contactSchema>;
