import { describe, expect, it } from 'vitest';
import { type ParsedFile, readContentTree } from '../../scripts/lib/content-files';
import { siteSettings } from '../../scripts/site-settings.mjs';
import { findReferenceProblems, formatReferenceProblems } from '../../src/lib/references';
import { centerSchema } from '../../src/schemas/center';
import { organizationSchema } from '../../src/schemas/organization';
import { policySchema } from '../../src/schemas/policy';
import { programSchema } from '../../src/schemas/program';
import { regionSchema } from '../../src/schemas/region';

// Every file of the content tree the site is built from (CONTENT_DIR respected).
const root = siteSettings(process.env).contentDir;
const tree = readContentTree(root);

type Schema = typeof policySchema | typeof programSchema | typeof centerSchema | typeof organizationSchema;

function schemaProblems(files: ParsedFile[], schema: Schema): string[] {
  return files.flatMap((file) => {
    const result = schema.safeParse(file.data);
    return (result.error?.issues ?? []).map((issue) => `${file.file}  ${issue.path.join('.')}  ${issue.message}`);
  });
}

describe(`content tree in ${root}/`, () => {
  it('has regions that match the region schema', () => {
    const problems = tree.regions.flatMap((region) => {
      const result = regionSchema.safeParse(region);
      return (result.error?.issues ?? []).map((issue) => `regions.yaml  ${issue.path.join('.')}  ${issue.message}`);
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['organizations', tree.organizations, organizationSchema],
    ['centers', tree.centers, centerSchema],
    ['policies', tree.policies, policySchema],
    ['programs', tree.programs, programSchema],
  ] as const)('has %s that all match their schema', (_name, files, schema) => {
    expect(schemaProblems([...files], schema)).toEqual([]);
  });

  it('has references (provider, center, partners, regions) that all resolve', () => {
    const problems = findReferenceProblems({
      regions: tree.regions.map((region) => regionSchema.parse(region)),
      organizations: tree.organizations.map((file) => ({ ...file, data: organizationSchema.parse(file.data) })),
      centers: tree.centers.map((file) => ({ ...file, data: centerSchema.parse(file.data) })),
      policies: tree.policies.map((file) => ({ ...file, data: policySchema.parse(file.data) })),
      programs: tree.programs.map((file) => ({ ...file, data: programSchema.parse(file.data) })),
    });
    expect(formatReferenceProblems(problems)).toBe('');
  });
});
