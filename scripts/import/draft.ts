import type { Eligibility } from '../../src/schemas/eligibility';
import type { PolicyData } from '../../src/schemas/policy';

/**
 * One policy as an importer produced it, before its provider is resolved to an
 * organization id and before it is written to a file.
 */
export interface PolicyDraft {
  /** What identifies the entry across imports: the 온통청년 정책번호 or the CSV 아이디. */
  key: string;
  /** How messages name the record: `3번째 정책 (정책번호 …, 청년 월세 지원)`. */
  label: string;
  /** Where a new file goes, relative to the content root. */
  path: string;
  /** The provider by name (matched or created) or by id (CSV may give an id). */
  provider: { name: string } | { id: string };
  data: Omit<PolicyData, 'provider'>;
  body: string;
  warnings: string[];
  /** Why the entry is imported as a draft, when it is (the report counts drafts by reason). */
  review?: string;
  /** What a rule decided from the record (대상 지역, 신청 주체), for the report. */
  decisions?: Decision[];
}

/** One decision: the report counts them by `topic` and `kind` and lists those not `routine`. */
export interface Decision {
  topic: string;
  kind: string;
  reason: string;
  /** Counted only: the usual case, listing it per record would bury the others. */
  routine?: boolean;
}

export type RecordOutcome =
  | { kind: 'policy'; draft: PolicyDraft }
  | { kind: 'skipped'; key: string; label: string; reason: string }
  | { kind: 'invalid'; label: string; errors: string[] };

/** Drops empty lists and empty objects so the written file holds only what is known. */
export function compactEligibility(eligibility: Eligibility): Eligibility | undefined {
  const result: Eligibility = {};
  if (eligibility.age !== undefined && (eligibility.age.min !== undefined || eligibility.age.max !== undefined)) {
    result.age = eligibility.age;
  }
  if (eligibility.employment?.length) result.employment = eligibility.employment;
  if (eligibility.education?.length) result.education = eligibility.education;
  if (eligibility.marital !== undefined) result.marital = eligibility.marital;
  if (eligibility.income) result.income = eligibility.income;
  if (eligibility.medianIncome?.length) result.medianIncome = eligibility.medianIncome;
  if (eligibility.annualIncome !== undefined) result.annualIncome = eligibility.annualIncome;
  if (eligibility.housing !== undefined && Object.keys(eligibility.housing).length > 0) {
    result.housing = eligibility.housing;
  }
  if (eligibility.groups?.length) result.groups = eligibility.groups;
  if (eligibility.majors?.length) result.majors = eligibility.majors;
  if (eligibility.residenceMonths !== undefined) result.residenceMonths = eligibility.residenceMonths;
  if (eligibility.applicant !== undefined) result.applicant = eligibility.applicant;
  if (eligibility.conditions?.length) result.conditions = eligibility.conditions;
  if (eligibility.excluded?.length) result.excluded = eligibility.excluded;
  return Object.keys(result).length > 0 ? result : undefined;
}

/** A Markdown body from titled sections of already-escaped lines. */
export function markdownBody(sections: readonly { title: string; lines: readonly string[] }[]): string {
  return sections
    .filter((section) => section.lines.length > 0)
    .map((section) => `## ${section.title}\n\n${section.lines.map((line) => `- ${line}`).join('\n')}`)
    .join('\n\n');
}
