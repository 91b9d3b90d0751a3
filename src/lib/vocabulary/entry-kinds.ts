/**
 * The two kinds of entry a person can apply for, and everything that differs between them
 * in words: "policy or program" is decided here, never in an inline ternary.
 */
export const programTypes = ['course', 'certification', 'company-visit', 'counseling', 'mentoring', 'event'] as const;
export type ProgramType = (typeof programTypes)[number];
export const programTypeLabels = {
  course: '강좌',
  certification: '자격증 과정',
  'company-visit': '기업 탐방',
  counseling: '상담',
  mentoring: '멘토링',
  event: '행사',
} as const satisfies Record<ProgramType, string>;

export const entryKinds = ['policy', 'program'] as const;
export type EntryKind = (typeof entryKinds)[number];

interface EntryKindInfo {
  /** Collection folder and address segment: `/policies/<id>/`. */
  folder: string;
  /** Navigation and breadcrumb label. */
  label: string;
  /** What the period is a period of: 신청 기간, 모집 기간. */
  periodVerb: string;
  /** The entry as a noun for other sites (embeds). */
  noun: string;
}

export const entryKindInfo = {
  policy: { folder: 'policies', label: '정책', periodVerb: '신청', noun: '청년 정책' },
  program: { folder: 'programs', label: '프로그램', periodVerb: '모집', noun: '청년센터 프로그램' },
} as const satisfies Record<EntryKind, EntryKindInfo>;

export function isEntryKind(value: unknown): value is EntryKind {
  return (entryKinds as readonly unknown[]).includes(value);
}

/** `정책`, or a program's type (`자격증 과정`, `상담`, …) when known, for card labels. */
export function entryKindLabel(entry: { kind: EntryKind; programType?: string | undefined }): string {
  if (entry.kind === 'policy') return entryKindInfo.policy.label;
  return (programTypeLabels as Record<string, string>)[entry.programType ?? ''] ?? entryKindInfo.program.label;
}
