import type { z } from 'astro/zod';
import { contentLayout } from '../../src/collections';
import { findReferenceProblems } from '../../src/lib/references';
import { type ContentTree, type ParsedFile, parseContentFile } from '../lib/content-files';

/**
 * Every file an import writes passes the same Zod schemas as the build, and the whole
 * tree with those files in it passes the same reference checks. Problems are reported
 * as `file  field  message`, like the build does.
 */
export function validateWrites(
  tree: ContentTree,
  writes: readonly { path: string; text: string }[],
  displayRoot: string,
): string[] {
  const problems: string[] = [];
  const written = writes.map((write) => parseContentFile(write.path, write.text));
  const show = (path: string) => `${displayRoot}/${path}`;
  for (const file of written) {
    const schema: z.ZodType = contentLayout[file.collection].schema;
    const result = schema.safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${show(file.path)}  ${issue.path.join('.') || '(전체)'}  ${issue.message}`);
      }
    }
  }
  if (problems.length > 0) return problems;
  const overlay = (files: readonly ParsedFile[], folder: string) => {
    const byPath = new Map(files.map((file) => [file.path, file]));
    for (const file of written) if (file.path.startsWith(`${folder}/`)) byPath.set(file.path, file);
    // Existing files may be half-edited; give the reference check the shape it reads.
    return [...byPath.values()].map((file) => ({
      id: file.id,
      filePath: show(file.path),
      data: {
        ...file.data,
        regions: Array.isArray(file.data.regions) ? file.data.regions : [],
        partners: Array.isArray(file.data.partners) ? file.data.partners : [],
      } as never,
    }));
  };
  const writtenPaths = new Set(written.map((file) => show(file.path)));
  const references = findReferenceProblems({
    regions: tree.regions.map((region) => ({ ...region, filePath: show('regions.yaml') })),
    organizations: overlay(tree.organizations, 'organizations'),
    centers: overlay(tree.centers, 'centers'),
    policies: overlay(tree.policies, 'policies'),
    programs: overlay(tree.programs, 'programs'),
  });
  for (const problem of references) {
    if (writtenPaths.has(problem.file)) problems.push(`${problem.file}  ${problem.field}  ${problem.message}`);
  }
  return problems;
}
