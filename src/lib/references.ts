import { idNameProblem, idPattern } from './ids';
import { PAGE_FOLDER } from './pagination';
import type { Region } from './regions';

/**
 * Cross-file rules the schemas cannot see: every id an entry names must exist, and the
 * region taxonomy must be a tree rooted at `kr`. The build refuses to publish when any
 * problem is found, and reports them all at once.
 */

export interface ReferenceProblem {
  /** Content file, relative to the project (e.g. `content/policies/gwangju/rent.mdx`). */
  file: string;
  /** Dotted field path (e.g. `provider`, `regions[1]`). */
  field: string;
  message: string;
}

interface Located {
  id: string;
  filePath?: string | undefined;
}

export interface ContentTree {
  regions: readonly (Region & Located)[];
  organizations: readonly (Located & { data: { region?: string | undefined } })[];
  // Fields are optional so the validator can still check the references of an entry that
  // fails its schema elsewhere (one pass reports every problem).
  centers: readonly (Located & { data: { region?: string | undefined } })[];
  policies: readonly (Located & { data: { provider?: string | undefined; regions?: readonly string[] | undefined } })[];
  programs: readonly (Located & {
    data: {
      center?: string | undefined;
      partners?: readonly string[] | undefined;
      regions?: readonly string[] | undefined;
    };
  })[];
}

/** Every problem of the tree: the region taxonomy, then file names, then references. */
export function findReferenceProblems(tree: ContentTree, regionsFile = 'content/regions.yaml'): ReferenceProblem[] {
  const regionIds = new Set(tree.regions.map((region) => region.id));
  return [
    ...regionTreeProblems(tree.regions, regionIds, regionsFile),
    ...fileNameProblems(tree),
    ...entryReferenceProblems(tree, regionIds),
  ];
}

/** `what` (a region, an organization, …) named by `field` is not in `folder`. */
function missing(file: string, field: string, id: string, what: string, folder: string): ReferenceProblem {
  return { file, field, message: `${what} '${id}'을(를) 찾을 수 없습니다. ${folder}에 있는 id로 고치세요.` };
}

function missingRegion(file: string, field: string, id: string, regionIds: ReadonlySet<string>): ReferenceProblem[] {
  return regionIds.has(id) ? [] : [missing(file, field, id, '지역', 'regions.yaml')];
}

/** The taxonomy is a tree rooted at `kr`: every other region has a known parent, and no chain of parents loops. */
function regionTreeProblems(
  regions: ContentTree['regions'],
  regionIds: ReadonlySet<string>,
  regionsFile: string,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const region of regions) {
    if (region.parent !== undefined) {
      problems.push(...missingRegion(regionsFile, `${region.id}.parent`, region.parent, regionIds));
    } else if (region.id !== 'kr') {
      problems.push({
        file: regionsFile,
        field: `${region.id}.parent`,
        message: `상위 지역(parent)이 없습니다. 전국(kr)만 parent를 비워 둘 수 있습니다.`,
      });
    }
  }
  problems.push(...sharedCodeProblems(regions, regionsFile));
  if (!regionIds.has('kr')) {
    problems.push({ file: regionsFile, field: 'kr', message: '전국(id: kr, code: "00") 지역이 필요합니다.' });
  }
  for (const region of regions) {
    const seen = new Set<string>();
    let current: string | undefined = region.id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = regions.find((r) => r.id === current)?.parent;
    }
    if (current !== undefined) {
      problems.push({
        file: regionsFile,
        field: `${region.id}.parent`,
        message: '상위 지역이 순환합니다. parent를 확인하세요.',
      });
    }
  }
  return problems;
}

/**
 * Two regions with one current code would make every record that names it ambiguous.
 * A former code may be shared: a split region's code goes to each successor.
 */
function sharedCodeProblems(regions: ContentTree['regions'], regionsFile: string): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const byCode = new Map<string, string>();
  for (const region of regions) {
    // A missing code is the schema's to report.
    if (region.code === '') continue;
    const other = byCode.get(region.code);
    if (other !== undefined) {
      problems.push({
        file: regionsFile,
        field: `${region.id}.code`,
        message: `코드 "${region.code}"를 '${other}'도 씁니다. 지금 쓰는 코드는 지역마다 달라야 합니다. 예전 코드면 formerCodes로 옮기세요.`,
      });
    } else byCode.set(region.code, region.id);
  }
  return problems;
}

const fileOf = (entry: Located, folder: string) => entry.filePath ?? `${folder}/${entry.id}`;

/** Ids follow the id rule; entries of a listed kind stay out of the list pages' `page` folder. */
function fileNameProblems(tree: ContentTree): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const checkIds = (entries: readonly Located[], folder: string, listed = false) => {
    for (const entry of entries) {
      if (!idPattern.test(entry.id)) {
        problems.push({
          file: fileOf(entry, folder),
          field: '(파일 이름)',
          message: '파일·폴더 이름은 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 이름을 바꾸세요.',
        });
      } else if (idNameProblem(entry.id) !== undefined) {
        problems.push({ file: fileOf(entry, folder), field: '(파일 이름)', message: idNameProblem(entry.id) ?? '' });
      } else if (listed && (entry.id === PAGE_FOLDER || entry.id.startsWith(`${PAGE_FOLDER}/`))) {
        // /policies/page/2/ is page 2 of the policy list; an entry there would be hidden.
        problems.push({
          file: fileOf(entry, folder),
          field: '(파일 이름)',
          message: `'${PAGE_FOLDER}'는 목록의 쪽 주소(/${folder}/${PAGE_FOLDER}/2/)에 쓰이므로 파일·폴더 이름으로 쓸 수 없습니다. 이름을 바꾸세요.`,
        });
      }
    }
  };
  checkIds(tree.organizations, 'organizations');
  checkIds(tree.centers, 'centers');
  checkIds(tree.policies, 'policies', true);
  checkIds(tree.programs, 'programs', true);
  return problems;
}

/** Every region, organization and center an entry names exists. */
function entryReferenceProblems(tree: ContentTree, regionIds: ReadonlySet<string>): ReferenceProblem[] {
  const organizationIds = new Set(tree.organizations.map((organization) => organization.id));
  const centerIds = new Set(tree.centers.map((center) => center.id));
  const organization = (file: string, field: string, id: string) =>
    organizationIds.has(id) ? [] : [missing(file, field, id, '기관', 'organizations 폴더')];
  const regionList = (file: string, ids: readonly string[] = []) =>
    ids.flatMap((id, index) => missingRegion(file, `regions[${index}]`, id, regionIds));
  const placed = (entry: Located & { data: { region?: string | undefined } }, folder: string) =>
    entry.data.region === undefined ? [] : missingRegion(fileOf(entry, folder), 'region', entry.data.region, regionIds);
  return [
    ...tree.organizations.flatMap((entry) => placed(entry, 'organizations')),
    ...tree.centers.flatMap((entry) => placed(entry, 'centers')),
    ...tree.policies.flatMap((policy) => {
      const file = fileOf(policy, 'policies');
      const { provider } = policy.data;
      return [
        ...(provider === undefined ? [] : organization(file, 'provider', provider)),
        ...regionList(file, policy.data.regions),
      ];
    }),
    ...tree.programs.flatMap((program) => {
      const file = fileOf(program, 'programs');
      const { center } = program.data;
      return [
        ...(center === undefined || centerIds.has(center)
          ? []
          : [missing(file, 'center', center, '청년센터', 'centers 폴더')]),
        ...(program.data.partners ?? []).flatMap((id, index) => organization(file, `partners[${index}]`, id)),
        ...regionList(file, program.data.regions),
      ];
    }),
  ];
}

/** One line per problem: `file  field  message`, the shape editors see everywhere. */
export function formatReferenceProblems(problems: readonly ReferenceProblem[]): string {
  return problems.map((problem) => `${problem.file}  ${problem.field}  ${problem.message}`).join('\n');
}
