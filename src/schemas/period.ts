import { z } from 'astro/zod';
import { isoDate } from './common';

/** 상시: applications are accepted all year. */
const always = z.strictObject({
  /** `always` (상시) */
  type: z.literal('always'),
});

/** 마감: applications have ended, dates unknown or irrelevant. */
const closed = z.strictObject({
  /** `closed` (마감) */
  type: z.literal('closed'),
});

/** 특정 기간: applications open on `start` and close at the end of `end` (inclusive). */
const fixed = z
  .strictObject({
    /** `fixed` (특정 기간) */
    type: z.literal('fixed'),
    /** 첫날, YYYY-MM-DD */
    start: isoDate,
    /** 마지막 날 (이 날까지 신청 가능), YYYY-MM-DD */
    end: isoDate,
  })
  .refine((period) => period.start <= period.end, {
    error: '종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.',
    path: ['end'],
  });

/** 신청·모집 기간: `{ type: always }`, `{ type: fixed, start, end }` or `{ type: closed }`. */
export const periodSchema = z.discriminatedUnion('type', [always, fixed, closed], {
  error: 'type은 always(상시), fixed(특정 기간), closed(마감) 중 하나로 적으세요.',
});

export type PeriodData = z.infer<typeof periodSchema>;
