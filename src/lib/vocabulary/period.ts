/** Kinds of application or registration period (`application.period.type`, `registration.type`). */
export const periodTypes = ['always', 'fixed', 'closed'] as const;
export type PeriodType = (typeof periodTypes)[number];
export const periodTypeLabels = {
  always: '상시 (연중 신청)',
  fixed: '기간을 정해 받음',
  closed: '마감',
} as const satisfies Record<PeriodType, string>;
