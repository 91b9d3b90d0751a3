import { describe, expect, it } from 'vitest';
import {
  applicationMethodLabels,
  applicationMethods,
  categories,
  categoryIds,
  categoryLabel,
  educationLabels,
  educationValues,
  employmentLabels,
  employmentValues,
  entryKindInfo,
  entryKindLabel,
  entryKinds,
  maritalLabels,
  maritalValues,
  organizationKindLabels,
  organizationKinds,
  programTypeLabels,
  programTypes,
} from '../../src/lib/vocabulary';
import { eligibilitySchema } from '../../src/schemas/eligibility';
import { organizationSchema } from '../../src/schemas/organization';
import { policySchema } from '../../src/schemas/policy';
import { programSchema } from '../../src/schemas/program';

const hangul = /[가-힣]/;
const vocabularies = [
  ['employment', employmentValues, employmentLabels],
  ['education', educationValues, educationLabels],
  ['marital', maritalValues, maritalLabels],
  ['application method', applicationMethods, applicationMethodLabels],
  ['program type', programTypes, programTypeLabels],
  ['organization kind', organizationKinds, organizationKindLabels],
] as const;

describe('vocabularies', () => {
  it.each(vocabularies)('labels every %s value in Korean, and nothing else', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect((labels as Record<string, string>)[value]).toMatch(hangul);
  });

  it('lists the five categories in display order with Korean labels', () => {
    expect(categories.map((category) => category.id)).toEqual([...categoryIds]);
    expect(categories.map((category) => category.label)).toEqual(['일자리', '주거', '교육', '복지·문화', '참여·권리']);
    expect(categoryLabel('welfare-culture')).toBe('복지·문화');
    expect(categoryLabel('unknown')).toBe('unknown');
  });

  it('names an entry by its kind, a program by its type when known', () => {
    expect(entryKinds.map((kind) => entryKindInfo[kind].label)).toEqual(['정책', '프로그램']);
    expect(entryKindLabel({ kind: 'policy' })).toBe('정책');
    expect(entryKindLabel({ kind: 'program', programType: 'certification' })).toBe('자격증 과정');
    expect(entryKindLabel({ kind: 'program' })).toBe('프로그램');
  });
});

describe('schemas take their enums from the vocabularies', () => {
  const options = (schema: unknown) => (schema as { options: readonly string[] }).options;
  it('accepts exactly the vocabulary values', () => {
    expect(options(policySchema.shape.category)).toEqual([...categoryIds]);
    expect(options(programSchema.shape.type)).toEqual([...programTypes]);
    expect(options(organizationSchema.shape.kind)).toEqual([...organizationKinds]);
    const marital = eligibilitySchema.shape.marital.unwrap();
    expect(options(marital)).toEqual([...maritalValues]);
  });
});
