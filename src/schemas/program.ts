import { z } from 'astro/zod';
import { programTypes } from '../lib/vocabulary';
import { entryId, httpsUrl, isoDateTime, won } from './common';
import { applicationMethodsSchema, contactSchema, onlineUrlRequired, requiresUrlForOnline } from './contact';
import { entryBaseFields } from './entry';
import { periodSchema } from './period';

/** One dated session of a program. */
const sessionSchema = z
  .strictObject({
    /** 시작 일시, 예: 2026-04-07T19:00+09:00 */
    start: isoDateTime,
    /** 끝나는 일시, 예: 2026-04-07T21:00+09:00 */
    end: isoDateTime,
  })
  .refine((session) => Date.parse(session.start) < Date.parse(session.end), {
    error: '회차가 시작하기 전에 끝납니다. 시작·종료 일시를 확인하세요.',
    path: ['end'],
  });

/** 청년센터 프로그램 (`programs/**.mdx`). */
export const programSchema = z.strictObject({
  ...entryBaseFields,
  /** 프로그램 종류: course(강좌), certification(자격증), company-visit(기업 탐방), counseling(상담), mentoring(멘토링), event(행사) */
  type: z.enum(programTypes),
  /** 운영하는 청년센터 id (centers 폴더의 파일 이름) */
  center: entryId,
  /** 협력 기관·기업 id 목록 */
  partners: z.array(entryId).optional(),
  /** 일정 */
  schedule: z.strictObject({
    /** 날짜가 정해진 회차 목록 */
    sessions: z.array(sessionSchema).optional(),
    /** 일정 설명, 예: 매주 화·목 19:00–21:00, 총 8회 */
    summary: z.string().min(1),
  }),
  /** 모집 기간 */
  registration: periodSchema,
  /** 모집 인원 */
  capacity: z.int().positive().optional(),
  /** 참가비 (원). 없으면 무료(0) */
  fee: won.default(0),
  /** 장소 */
  venue: z.string().min(1).optional(),
  /** 신청 */
  application: z
    .strictObject({
      /** 신청 방법: online, visit, mail, email, phone */
      method: applicationMethodsSchema,
      /** 신청서 주소 (https). 신청 방법에 online이 있으면 필수 */
      url: httpsUrl.optional(),
      /** 문의처 */
      contact: contactSchema.optional(),
    })
    .refine(requiresUrlForOnline, onlineUrlRequired),
  /** 참여자가 얻는 것 (자격증 명칭, 수료증 등) */
  outcome: z.string().min(1).optional(),
});

export type ProgramData = z.infer<typeof programSchema>;
export type ProgramType = (typeof programTypes)[number];
