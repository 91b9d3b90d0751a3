import { contentLayout } from '../../src/collections';
import { idNameProblem } from '../../src/lib/ids';
import type { OrganizationData } from '../../src/schemas/organization';
import type { PolicyData } from '../../src/schemas/policy';
import { parseContentFile, splitEntry } from '../lib/content-files';
import { bodyLimitProblem, MAX_FILE_BYTES, yamlLimitProblem } from '../lib/content-limits';
import type { Decision, PolicyDraft } from './draft';
import { isBareDepartment, type KnownOrganization, resolveProvider } from './organizations';
import { importHashOf, renderOrganizationFile, renderPolicyFile, storedImportHash } from './render';
import { filledCounts } from './report';

/**
 * What an import changes, decided before anything is written. An existing entry is
 * overwritten only when its text still matches the fingerprint of the last import;
 * anything an editor touched is kept, and an entry that vanished upstream is reported,
 * never deleted.
 */

export interface ExistingPolicy {
  /** Relative to the content root: `policies/ontong/2026….md`. */
  path: string;
  text: string;
  /** The import key the file carries (`source.ontong`), or its id for CSV imports. */
  key: string | undefined;
  title: string;
}

export interface ReportItem {
  key: string;
  title: string;
  path: string;
  /** Why a written entry is a draft. */
  review?: string;
}

export interface ImportReport {
  added: ReportItem[];
  updated: ReportItem[];
  kept: (ReportItem & { reason: string; upstreamChanged: boolean })[];
  unchanged: ReportItem[];
  disappeared: ReportItem[];
  skipped: { label: string; reason: string }[];
  organizations: { id: string; name: string; kind: string; path: string }[];
  warnings: { label: string; messages: string[] }[];
  /** How many records filled each field a page shows beside the text (report.ts, filledCounts). */
  filled?: { label: string; count: number }[];
  /** What rules decided per record (대상 지역, 신청 주체, 기관). */
  decisions: (Decision & { label: string })[];
  /** Entries whose organization changed: a bare department split into bodies, or merged into one. */
  providerChanges: { key: string; from: string; to: string }[];
}

export interface ImportPlan {
  writes: { path: string; text: string }[];
  report: ImportReport;
  errors: string[];
}

export interface PlanInput {
  drafts: readonly PolicyDraft[];
  skipped: readonly { key: string; label: string; reason: string }[];
  existing: readonly ExistingPolicy[];
  organizations: readonly KnownOrganization[];
  /** The id of the whole-country region, for new national organizations. */
  countryRegion: string | undefined;
  /** Which existing files this import owns, for the disappeared list. */
  isOwned: (file: ExistingPolicy) => boolean;
}

/**
 * Why a file the import would write breaks the content limits (content-limits.ts), in
 * Korean: written, it would stop validate, the build and every later import.
 */
export function limitProblem(text: string): string | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) {
    return `만들 파일이 너무 큽니다(${Math.ceil(bytes / 1024)} KB, 한도 ${MAX_FILE_BYTES / 1024} KB). 원본 내용을 확인하세요.`;
  }
  const { frontmatter, body } = splitEntry(text);
  const problem = yamlLimitProblem(frontmatter ?? '') ?? bodyLimitProblem(body);
  return problem === undefined ? undefined : `만들 파일이 콘텐츠 한도를 넘습니다: ${problem.message}`;
}

/** Why a path's names are not safe on every system (`con`, a 300-character 정책번호), in Korean. */
function unsafeNameProblem(path: string): string | undefined {
  const problem = idNameProblem(path.replace(/\.[a-z]+$/, ''));
  return problem === undefined ? undefined : `만들 파일 ${path.slice(0, 120)}: ${problem}`;
}

/**
 * Why the policy file would fail its schema (a 20-digit amount, 중위소득 0%), in Korean:
 * that record is skipped and the rest imported, instead of the whole import stopping.
 */
function schemaProblem(path: string, text: string): string | undefined {
  const result = contentLayout.policies.schema.safeParse(parseContentFile(path, text).data);
  if (result.success) return undefined;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(전체)'}: ${issue.message}`);
  return `원본 값이 콘텐츠 규칙에 맞지 않습니다 (${issues.join('; ')}).`;
}

/** Values of one record that disagree with each other: written, but named for the reviewer. */
export function contradictions(data: PolicyData): string[] {
  const found: string[] = [];
  const eligibility = data.eligibility;
  const named = [...(eligibility?.income ?? '').matchAll(/중위소득\s*(\d{1,3})\s*%/g)].map((match) => Number(match[1]));
  const limits = (eligibility?.medianIncome ?? []).map((limit) => limit.percent);
  const other = named.filter((percent) => limits.length > 0 && !limits.includes(percent));
  if (other.length > 0) {
    found.push(
      `소득 설명은 기준 중위소득 ${other.join(', ')}%를 말하지만 중위소득 조건은 ${limits.join(', ')}%입니다. 공고에서 확인하세요.`,
    );
  }
  const age = eligibility?.age;
  if (age?.min !== undefined && age.max !== undefined && age.min > age.max) {
    found.push(`최소 나이(${age.min})가 최대 나이(${age.max})보다 큽니다. 공고에서 확인하세요.`);
  }
  return found;
}

/** A report with nothing in it yet but the records skipped before planning; every importer starts here. */
export function emptyReport(skipped: readonly { label: string; reason: string }[]): ImportReport {
  return {
    added: [],
    updated: [],
    kept: [],
    unchanged: [],
    disappeared: [],
    skipped: skipped.map(({ label, reason }) => ({ label, reason })),
    organizations: [],
    warnings: [],
    decisions: [],
    providerChanges: [],
  };
}

export function planImport(input: PlanInput): ImportPlan {
  const report = emptyReport(input.skipped);
  const writes: { path: string; text: string }[] = [];
  const errors: string[] = [];
  const organizations = [...input.organizations];
  const byKey = byImportKey(input.existing);
  const takenPaths = new Map(input.existing.map((file) => [pathKey(file.path), file]));
  /** Which record each written path belongs to: two records must never write one file. */
  const writers = new Map<string, string>();

  for (const draft of input.drafts) {
    let provider: string;
    let newOrganization: { id: string; data: OrganizationData } | undefined;
    let providerChange: ImportReport['providerChanges'][number] | undefined;
    if ('id' in draft.provider) {
      provider = draft.provider.id;
    } else {
      const resolved = resolveProvider(draft.provider.name, organizations, input.countryRegion);
      if (resolved.kind === 'ambiguous') {
        errors.push(
          `${draft.label}: 기관 '${draft.provider.name}'과(와) 이름이 같은 기관 파일이 여러 개입니다 (${resolved.ids.join(', ')}). 하나만 남기세요.`,
        );
        continue;
      }
      provider = resolved.id;
      // An editor may have renamed the organization an earlier import created; the entry
      // keeps pointing at it instead of a new look-alike. Not when that organization is a
      // bare department name (`청년정책과`): it held several bodies' entries, and each
      // entry now goes to its own body.
      const earlier = /^provider:[ \t]*['"]?([a-z0-9/-]+)['"]?[ \t]*$/m.exec(
        byKey.get(draft.key)?.[0]?.text ?? '',
      )?.[1];
      const earlierName = organizations.find((organization) => organization.id === earlier)?.name;
      const keepEarlier = earlier !== undefined && (earlierName === undefined || !isBareDepartment(earlierName));
      if (resolved.kind === 'new' && keepEarlier) provider = earlier;
      else if (resolved.kind === 'new') newOrganization = resolved;
      if (earlier !== undefined && earlier !== provider)
        providerChange = { key: draft.key, from: earlier, to: provider };
    }
    const data: PolicyData = { ...draft.data, provider } as PolicyData;
    const text = renderPolicyFile(data, draft.body);
    const overLimit = unsafeNameProblem(draft.path) ?? limitProblem(text) ?? schemaProblem(draft.path, text);
    if (overLimit !== undefined) {
      report.skipped.push({ label: draft.label, reason: overLimit });
      continue;
    }
    const review = draft.review === undefined ? {} : { review: draft.review };
    const warnings = [...draft.warnings, ...contradictions(data)];
    if (warnings.length > 0) report.warnings.push({ label: draft.label, messages: warnings });
    for (const decision of draft.decisions ?? []) report.decisions.push({ label: draft.label, ...decision });
    // A provider is created only for a policy that is written; a kept entry keeps its own.
    const write = (path: string): boolean => {
      const other = writers.get(pathKey(path));
      if (other !== undefined && other !== draft.key) {
        errors.push(
          `${draft.label}: 정책번호 '${draft.key}'와(과) '${other}'이(가) 대소문자만 달라 같은 파일 ${path}에 쓰게 됩니다. 두 번호를 원본에서 확인하세요.`,
        );
        return false;
      }
      writers.set(pathKey(path), draft.key);
      if (providerChange !== undefined) report.providerChanges.push(providerChange);
      if (newOrganization !== undefined) {
        organizations.push({ id: newOrganization.id, name: newOrganization.data.name });
        const organizationPath = `organizations/${newOrganization.id}.yaml`;
        writes.push({ path: organizationPath, text: renderOrganizationFile(newOrganization.data) });
        report.organizations.push({
          id: newOrganization.id,
          name: newOrganization.data.name,
          kind: newOrganization.data.kind,
          path: organizationPath,
        });
      }
      writes.push({ path, text });
      return true;
    };
    const decision = decideFile(draft, data.title, text, byKey.get(draft.key) ?? [], takenPaths);
    if (decision.kind === 'error') errors.push(decision.error);
    else if (decision.kind === 'kept') report.kept.push(decision.item);
    else if (decision.kind === 'unchanged') report.unchanged.push(decision.item);
    else if (write(decision.item.path)) report[decision.kind].push({ ...decision.item, ...review });
  }

  report.filled = filledCounts(input.drafts);
  report.disappeared.push(...disappeared(input.existing, [...input.drafts, ...input.skipped], input.isOwned));
  return { writes, report, errors };
}

/** Paths compared without case: on macOS and Windows `a.md` and `A.md` are one file. */
export const pathKey = (path: string) => path.replace(/\.mdx?$/, '').toLowerCase();

/** Existing files by their import key. */
export function byImportKey(existing: readonly ExistingPolicy[]): Map<string, ExistingPolicy[]> {
  const byKey = new Map<string, ExistingPolicy[]>();
  for (const file of existing) {
    if (file.key !== undefined) byKey.set(file.key, [...(byKey.get(file.key) ?? []), file]);
  }
  return byKey;
}

export type FileDecision =
  | { kind: 'added' | 'updated' | 'unchanged'; item: ReportItem }
  | { kind: 'kept'; item: ImportReport['kept'][number] }
  | { kind: 'error'; error: string };

/**
 * What happens to one imported record's file: new, rewritten, left alone because it is
 * the same, or kept because an editor changed it (its text no longer matches its
 * importHash). Shared by every importer; the caller does the writing.
 */
export function decideFile(
  draft: { key: string; label: string; path: string },
  title: string,
  text: string,
  matches: readonly ExistingPolicy[],
  takenPaths: ReadonlyMap<string, ExistingPolicy>,
): FileDecision {
  const first = matches[0];
  if (first === undefined) {
    const clash = takenPaths.get(pathKey(draft.path));
    if (clash !== undefined) {
      return {
        kind: 'error',
        error: `${draft.label}: ${clash.path} 파일이 이미 있지만 다른 항목입니다. 그 파일의 이름을 바꾸거나 아이디를 바꾸세요.`,
      };
    }
    return { kind: 'added', item: { key: draft.key, title, path: draft.path } };
  }
  const item = { key: draft.key, title, path: first.path };
  if (matches.length > 1) {
    return {
      kind: 'kept',
      item: {
        ...item,
        path: matches.map((match) => match.path).join(', '),
        reason: '같은 번호를 가진 파일이 여러 개라 어느 것도 바꾸지 않았습니다',
        upstreamChanged: true,
      },
    };
  }
  const stored = storedImportHash(first.text);
  if (stored === undefined || importHashOf(first.text) !== stored) {
    return {
      kind: 'kept',
      item: {
        ...item,
        reason: stored === undefined ? '가져오기 지문(importHash)이 없는 파일입니다' : '편집자가 고친 파일입니다',
        upstreamChanged: stored !== (storedImportHash(text) ?? ''),
      },
    };
  }
  if (first.text.replace(/\r\n/g, '\n') === text) return { kind: 'unchanged', item };
  return { kind: 'updated', item };
}

/** Files this import owns whose record is no longer upstream: reported, never deleted. */
export function disappeared(
  existing: readonly ExistingPolicy[],
  seen: readonly { key: string }[],
  isOwned: (file: ExistingPolicy) => boolean,
): ReportItem[] {
  const keys = new Set(seen.map((record) => record.key));
  return existing.flatMap((file) =>
    file.key !== undefined && !keys.has(file.key) && isOwned(file)
      ? [{ key: file.key, title: file.title, path: file.path }]
      : [],
  );
}
