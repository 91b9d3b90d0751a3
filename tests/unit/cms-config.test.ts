import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provinceGroups, regionOptions } from '../../scripts/admin/region-options';
import { type CmsField, cmsConfig } from '../../scripts/cms-config';
import { cmsContentDir } from '../../scripts/site-settings.mjs';
import { objectKeys, unwrap } from '../../scripts/validate/schema-shape';
import type { Region } from '../../src/lib/regions';
import { centerSchema } from '../../src/schemas/center';
import { organizationSchema } from '../../src/schemas/organization';
import { policySchema } from '../../src/schemas/policy';
import { programSchema } from '../../src/schemas/program';

// The CMS must offer exactly the fields the validator accepts, in the editor's language.
const regions = parse(readFileSync('content/regions.yaml', 'utf8')) as Region[];
const config = cmsConfig({
  repo: 'city/youth',
  branch: 'main',
  contentDir: 'content',
  pickers: { regionOptions: regionOptions(regions), provinceGroups: provinceGroups(regions) },
});
type Collection = { name: string; folder?: string; extension?: string; fields?: CmsField[]; path?: string };
const collections = config.collections as Collection[];
const fieldsOf = (name: string) => collections.find((collection) => collection.name === name)?.fields ?? [];
const walk = (fields: readonly CmsField[]): CmsField[] =>
  fields.flatMap((field) => [
    field,
    ...walk(field.fields ?? []),
    ...walk(((field.types as { fields: CmsField[] }[] | undefined) ?? []).flatMap((type) => type.fields)),
  ]);
type Schema = Parameters<typeof objectKeys>[0];
const names = (schema: Schema) => Object.keys(objectKeys(schema));
const required = (schema: Schema) =>
  Object.entries(objectKeys(schema)).flatMap(([name, child]) => (unwrap(child).optional ? [] : [name]));

describe('CMS configuration (/admin/edit/config.yml)', () => {
  it.each([
    ['policies', policySchema],
    ['programs', programSchema],
    ['centers', centerSchema],
    ['organizations', organizationSchema],
  ] as const)('%s has the fields and required flags of its schema', (name, schema) => {
    const fields = fieldsOf(name).filter((field) => field.name !== 'body');
    expect(fields.map((field) => field.name)).toEqual(names(schema));
    expect(fields.filter((field) => field.required).map((field) => field.name)).toEqual(required(schema));
  });

  it('lists centres by 시·도 (a filter on their one region) and offers their kind with Korean labels', () => {
    const centers = collections.find((c) => c.name === 'centers') as Collection & {
      view_filters?: { label: string; field: string; pattern: string }[];
    };
    const jeonnam = centers.view_filters?.find((filter) => filter.label.includes('전남'));
    expect(jeonnam?.field).toBe('region');
    expect(new RegExp(jeonnam?.pattern ?? '^$').test('yeonggwang')).toBe(true);
    expect(new RegExp(jeonnam?.pattern ?? '^$').test('seoul-nowongu')).toBe(false);
    const kind = fieldsOf('centers').find((field) => field.name === 'kind');
    expect(kind?.options).toEqual([
      { label: '청년센터', value: 'center' },
      { label: '청년공간', value: 'space' },
    ]);
  });

  it('has one collection per kind, every entry of any folder depth listed, new entries written as .md', () => {
    const folders = collections.filter((collection) => collection.folder);
    expect(folders.map((c) => [c.name, c.extension])).toEqual([
      ['policies', 'md'],
      ['programs', 'md'],
      ['centers', 'md'],
      ['organizations', 'yaml'],
    ]);
    expect(collections.find((c) => c.name === 'policies')).toMatchObject({
      summary: '{{title}} — {{category}} · {{regions}}',
    });
    expect(collections.find((c) => c.name === 'policies')?.path).toBe('{{regions.0}}/{{slug}}');
  });

  it('labels every option in Korean from the vocabularies, never with an English id', () => {
    const options = collections
      .flatMap((c) => walk(c.fields ?? []))
      .flatMap((field) => (field.options as { label: string }[]) ?? []);
    expect(options.length).toBeGreaterThan(50);
    for (const option of options) expect(option.label).toMatch(/[가-힣]/);
    const category = fieldsOf('policies').find((field) => field.name === 'category');
    expect(category?.options).toContainEqual({ label: '복지·문화', value: 'welfare-culture' });
  });

  it('writes every hint as a plain Korean sentence, with no code or YAML in it', () => {
    for (const field of collections.flatMap((c) => walk(c.fields ?? []))) {
      if (!field.hint) continue;
      expect(field.hint, field.name).toMatch(/[가-힣]/);
      expect(field.hint, field.name).not.toMatch(/`|\{|true|false|YYYY|id\b|[a-z]+-[a-z]+,/);
    }
  });

  it('picks regions from a list grouped by 시·도, and organizations and centers by name', () => {
    const policy = fieldsOf('policies');
    const region = policy.find((field) => field.name === 'regions');
    expect(region).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(region?.options).toContainEqual({ label: '전남광주통합특별시 › 광주 서구', value: 'gwangju-seogu' });
    const values = ((region?.options ?? []) as { value: string }[]).map((option) => option.value);
    expect(values.indexOf('gwangju')).toBeLessThan(values.indexOf('gwangju-seogu'));
    expect(policy.find((field) => field.name === 'provider')).toMatchObject({
      widget: 'relation',
      collection: 'organizations',
    });
    expect(fieldsOf('programs').find((field) => field.name === 'center')).toMatchObject({
      widget: 'relation',
      collection: 'centers',
    });
  });

  it('checks in the form what the validator checks: dates by picker, lengths, ranges, https addresses', () => {
    const all = walk(fieldsOf('policies'));
    expect(all.find((field) => field.name === 'updated')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(all.find((field) => field.name === 'title')).toMatchObject({ maxlength: 80 });
    expect(all.find((field) => field.name === 'min')).toMatchObject({ widget: 'number', min: 0, max: 120 });
    expect(all.find((field) => field.name === 'amount')).toMatchObject({ min: 0 });
    expect(all.find((field) => field.name === 'url')).toMatchObject({ pattern: ['^https://', expect.any(String)] });
    const period = all.find((field) => field.name === 'period');
    expect(((period?.types ?? []) as { name: string; label: string }[]).map((type) => type.label)).toEqual([
      '상시 (연중 신청)',
      '기간을 정해 받음',
      '마감',
    ]);
  });

  it("is a configuration Sveltia CMS accepts (the package's own JSON schema)", () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('opens pull requests on the configured repository and signs in with a token unless OAuth is set up', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'city/youth',
      branch: 'main',
      auth_methods: ['token'],
    });
  });
});

describe('the content folder the CMS is told', () => {
  it.each([
    [{} as { CMS_CONTENT_DIR?: string }, 'content', 'content'],
    [{}, 'tests/fixtures/trees/minimal', 'tests/fixtures/trees/minimal'],
    [{}, '/srv/build/repo/city-content', 'city-content'],
    [{}, '/home/builder/checkouts/city/content', 'content'],
    [{}, '../elsewhere/content', 'content'],
    [{ CMS_CONTENT_DIR: 'data/youth' }, '/home/builder/x', 'data/youth'],
    [{ CMS_CONTENT_DIR: '/home/builder/x' }, 'content', 'content'],
  ])(
    "with %j and CONTENT_DIR %s, is %s: a path in the repository, never the build machine's",
    (env, contentDir, folder) => {
      expect(cmsContentDir(env.CMS_CONTENT_DIR, contentDir, '/srv/build/repo')).toBe(folder);
    },
  );
});
