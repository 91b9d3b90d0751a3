import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
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
import { formatReport, printable } from './report';
import { validateWrites } from './validate';

/**
 * The part of an import that touches the disk: read the tree, plan, stage every file in
 * a temporary folder next to the content, validate them with the schemas and reference
 * checks, and only then move them into place. Any problem stops the import before a
 * single content file changes.
 */

export class ImportFailure extends Error {
  /** Content files already changed when the import stopped (relative to the content root). */
  changed: string[] = [];
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

export const asExisting =
  (keyOf: (file: ParsedFile) => string | undefined) =>
  (file: ParsedFile): ExistingPolicy => ({
    path: file.path,
    text: file.text,
    key: keyOf(file),
    title: [file.data.title, file.data.name].find((text) => typeof text === 'string') ?? file.id,
  });

export function runImport(options: ImportOptions): ImportResult {
  return runPlannedImport(options.contentRoot, options.dryRun, (tree) => {
    const outcomes = options.outcomes(tree);
    const invalid = outcomes.flatMap((outcome) =>
      outcome.kind === 'invalid' ? outcome.errors.map((error) => `${outcome.label}: ${error}`) : [],
    );
    if (invalid.length > 0) throw new ImportFailure(invalid);
    const sameDraft = (a: PolicyDraft, b: PolicyDraft) =>
      JSON.stringify([a.data, a.body, a.provider]) === JSON.stringify([b.data, b.body, b.provider]);
    const { drafts, duplicates } = withoutRepeats(
      outcomes.flatMap((outcome) => (outcome.kind === 'policy' ? [outcome.draft] : [])),
      sameDraft,
    );
    return planImport({
      drafts,
      skipped: [...outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [outcome] : [])), ...duplicates],
      existing: tree.policies.map(asExisting(options.keyOf)),
      organizations: tree.organizations.map((file) => ({ id: file.id, name: String(file.data.name ?? '') })),
      countryRegion: tree.regions.find((region) => region.code === '00')?.id,
      isOwned: (file) => /^\s+importHash:/m.test(file.text),
    });
  });
}

/**
 * Pages fetched while upstream changes can overlap: an identical repeat is dropped. Two
 * differing records with one number: we cannot know which is right, so neither is written
 * and both are listed.
 */
export function withoutRepeats<Draft extends { key: string; label: string }>(
  all: readonly Draft[],
  same: (a: Draft, b: Draft) => boolean,
): { drafts: Draft[]; duplicates: { key: string; label: string; reason: string }[] } {
  const once = all.filter(
    (draft, index) => all.findIndex((other) => other.key === draft.key && same(other, draft)) === index,
  );
  const duplicateKeys = new Set(
    once.filter((draft, index) => once.findIndex((other) => other.key === draft.key) !== index).map((d) => d.key),
  );
  const duplicates = once
    .filter((draft) => duplicateKeys.has(draft.key))
    .map((draft) => ({
      key: draft.key,
      label: draft.label,
      reason: `같은 번호(아이디) '${draft.key}'가 입력에 내용이 다르게 두 번 이상 나옵니다.`,
    }));
  return { drafts: once.filter((draft) => !duplicateKeys.has(draft.key)), duplicates };
}

/**
 * Reads the tree, asks `plan` what to write, validates every write and writes all or
 * nothing. Every importer (policies, centres) goes through here.
 */
export function runPlannedImport(
  contentRoot: string,
  dryRun: boolean,
  plan: (tree: ContentTree) => ImportPlan,
): ImportResult {
  const root = resolve(contentRoot);
  const finished = dryRun ? [] : finishInterruptedMoves(root);
  const tree = readTree(root, contentRoot);
  const planned = plan(tree);
  if (planned.errors.length > 0) throw new ImportFailure(planned.errors);

  const problems = validateWrites(tree, planned.writes, contentRoot);
  if (problems.length > 0) throw new ImportFailure(problems);
  if (!dryRun && planned.writes.length > 0) writeAllOrNothing(root, planned.writes);
  const note = finished.length > 0 ? `지난 가져오기가 옮기다 멈춘 파일 ${finished.length}개를 마저 옮겼습니다.\n` : '';
  return { plan: planned, report: `${note}${formatReport(planned.report, { dryRun })}` };
}

/** The content tree, or a Korean failure naming what could not be read. */
function readTree(root: string, shown: string): ContentTree {
  try {
    return readContentTree(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportFailure([
      `${shown}/ 의 콘텐츠 파일을 읽지 못했습니다 (${reason}). npm run validate로 어느 파일이 문제인지 확인해 고친 뒤 다시 가져오세요.`,
    ]);
  }
}

const STAGING_PREFIX = '.import-staging-';
/** Written into the staging folder once every file is staged: from then on, moving them is the plan. */
const READY = '.ready';

/**
 * Stage next to the content (same file system, so moving is a rename), re-check, move.
 * The staging folder says when it is complete (READY); an import killed while moving
 * leaves it behind, and the next import moves what is left before reading the tree.
 */
function writeAllOrNothing(root: string, writes: readonly { path: string; text: string }[]) {
  const staging = mkdtempSync(join(dirname(root), STAGING_PREFIX));
  try {
    for (const write of writes) {
      const staged = join(staging, write.path);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, write.text);
      // What lands in the tree is byte for byte what was validated.
      if (readFileSync(staged, 'utf8') !== write.text)
        throw new ImportFailure([`${write.path}: 임시 파일을 쓰지 못했습니다.`]);
    }
    writeFileSync(join(staging, READY), writes.map((write) => write.path).join('\n'));
    moveStaged(staging, root);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Moves every staged file listed in READY into the tree; a failure names what moved. */
function moveStaged(staging: string, root: string): string[] {
  const paths = readFileSync(join(staging, READY), 'utf8').split('\n').filter(Boolean);
  const moved: string[] = [];
  for (const path of paths) {
    const from = join(staging, path);
    if (!existsSync(from)) continue; // moved before an interruption
    const target = join(root, path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      try {
        renameSync(from, target);
      } catch {
        copyFileSync(from, target);
        rmSync(from);
      }
      moved.push(path);
    } catch (error) {
      const failure = new ImportFailure([
        `${path}: 파일을 옮기지 못했습니다 (${(error as NodeJS.ErrnoException).code ?? String(error)}). 폴더 권한과 남은 공간을 확인하세요.`,
      ]);
      failure.changed = moved;
      throw failure;
    }
  }
  return moved;
}

/** Finishes the moves of an import killed after staging everything; drops incomplete staging folders. */
function finishInterruptedMoves(root: string): string[] {
  const parent = dirname(root);
  const finished: string[] = [];
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const staging = join(parent, entry);
    if (existsSync(join(staging, READY))) finished.push(...moveStaged(staging, root));
    rmSync(staging, { recursive: true, force: true });
  }
  return finished;
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
    console.log(printable(`${what} 결과 (${Math.round(performance.now() - started)}ms)\n${report}`, true));
    return 0;
  } catch (error) {
    const known = error instanceof ImportFailure;
    const problems = known
      ? error.problems
      : [`예상하지 못한 오류입니다: ${String((error as Error).message ?? error)}`];
    const changed = known ? error.changed : [];
    const outcome =
      changed.length === 0
        ? '아무 파일도 바꾸지 않았습니다.'
        : `이미 바뀐 파일 ${changed.length}개: ${changed.join(', ')}. 다시 실행하면 남은 파일을 마저 옮깁니다.`;
    console.error(
      `${what}를 멈췄습니다. ${outcome}\n${problems.map((problem) => `  ${printable(problem)}`).join('\n')}`,
    );
    return 1;
  }
}
