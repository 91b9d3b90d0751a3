import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ContentTree, type ParsedFile, readContentTree } from '../lib/content-files';
import { readSiteSettings } from '../site-settings.mjs';
import type { PolicyDraft, RecordOutcome } from './draft';
import { type ExistingPolicy, type ImportPlan, planImport } from './plan';
import { formatReport } from './report';
import { validateWrites } from './validate';

/**
 * The part of an import that touches the disk: read the tree, plan, stage every file in
 * a temporary folder next to the content, validate them with the schemas and reference
 * checks, and only then move them into place. Any problem stops the import before a
 * single content file changes.
 */

export class ImportFailure extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface ImportOptions {
  contentRoot: string;
  dryRun: boolean;
  /** Which existing policy files belong to this kind of import, and their key. */
  keyOf: (file: ParsedFile) => string | undefined;
  /** Maps the input to outcomes once the tree is known. */
  outcomes: (tree: ContentTree) => RecordOutcome[];
}

export interface ImportResult {
  plan: ImportPlan;
  report: string;
}

const asExisting =
  (keyOf: (file: ParsedFile) => string | undefined) =>
  (file: ParsedFile): ExistingPolicy => ({
    path: file.path,
    text: file.text,
    key: keyOf(file),
    title: typeof file.data.title === 'string' ? file.data.title : file.id,
  });

export function runImport(options: ImportOptions): ImportResult {
  const root = resolve(options.contentRoot);
  const tree = readContentTree(root);
  const outcomes = options.outcomes(tree);
  const invalid = outcomes.flatMap((outcome) =>
    outcome.kind === 'invalid' ? outcome.errors.map((error) => `${outcome.label}: ${error}`) : [],
  );
  if (invalid.length > 0) throw new ImportFailure(invalid);

  // Pages fetched while upstream changes can overlap: an identical repeat is dropped, a
  // differing one is an error, since we cannot know which is right.
  const sameDraft = (a: PolicyDraft, b: PolicyDraft) =>
    JSON.stringify([a.data, a.body, a.provider]) === JSON.stringify([b.data, b.body, b.provider]);
  const drafts = outcomes
    .flatMap((outcome) => (outcome.kind === 'policy' ? [outcome.draft] : []))
    .filter(
      (draft, index, all) => all.findIndex((other) => other.key === draft.key && sameDraft(other, draft)) === index,
    );
  // Two differing records with one number: we cannot know which is right, so neither is
  // written and both are listed.
  const duplicateKeys = new Set(
    drafts.filter((draft, index) => drafts.findIndex((other) => other.key === draft.key) !== index).map((d) => d.key),
  );
  const duplicates = drafts
    .filter((draft) => duplicateKeys.has(draft.key))
    .map((draft) => ({
      key: draft.key,
      label: draft.label,
      reason: `같은 번호(아이디) '${draft.key}'가 입력에 내용이 다르게 두 번 이상 나옵니다.`,
    }));
  const plan = planImport({
    drafts: drafts.filter((draft) => !duplicateKeys.has(draft.key)),
    skipped: [...outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [outcome] : [])), ...duplicates],
    existing: tree.policies.map(asExisting(options.keyOf)),
    organizations: tree.organizations.map((file) => ({ id: file.id, name: String(file.data.name ?? '') })),
    countryRegion: tree.regions.find((region) => region.code === '00')?.id,
    isOwned: (file) => /^\s+importHash:/m.test(file.text),
  });
  if (plan.errors.length > 0) throw new ImportFailure(plan.errors);

  const problems = validateWrites(tree, plan.writes, options.contentRoot);
  if (problems.length > 0) throw new ImportFailure(problems);
  if (!options.dryRun && plan.writes.length > 0) writeAllOrNothing(root, plan.writes);
  return { plan, report: formatReport(plan.report, { dryRun: options.dryRun }) };
}

/** Stage next to the content (same file system, so moving is a rename), re-check, move. */
function writeAllOrNothing(root: string, writes: readonly { path: string; text: string }[]) {
  const staging = mkdtempSync(join(dirname(root), '.import-staging-'));
  try {
    for (const write of writes) {
      const staged = join(staging, write.path);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, write.text);
      // What lands in the tree is byte for byte what was validated.
      if (readFileSync(staged, 'utf8') !== write.text)
        throw new ImportFailure([`${write.path}: 임시 파일을 쓰지 못했습니다.`]);
    }
    for (const write of writes) {
      const target = join(root, write.path);
      mkdirSync(dirname(target), { recursive: true });
      try {
        renameSync(join(staging, write.path), target);
      } catch {
        copyFileSync(join(staging, write.path), target);
      }
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Options shared by both commands: `--dry-run`, and the files. */
export function commandLine(argv: readonly string[]): { files: string[]; dryRun: boolean; folder: string } {
  const files: string[] = [];
  let dryRun = false;
  let folder = 'ontong';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--folder') folder = argv[++i] ?? folder;
    else files.push(arg);
  }
  return { files, dryRun, folder };
}

export const today = (): string => readSiteSettings().today;

export const contentRoot = () => readSiteSettings().contentDir;

export function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new ImportFailure([`${file}: 파일이 없습니다. 경로를 확인하세요.`]);
  return readFileSync(file);
}

/** Prints the report or the problems; returns the exit code. */
export function main(run: () => ImportResult, what: string): number {
  try {
    const started = performance.now();
    const { report } = run();
    console.log(`${what} 결과 (${Math.round(performance.now() - started)}ms)\n${report}`);
    return 0;
  } catch (error) {
    const problems = error instanceof ImportFailure ? error.problems : [(error as Error).message];
    console.error(
      `${what}를 멈췄습니다. 아무 파일도 바꾸지 않았습니다.\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
    return 1;
  }
}
