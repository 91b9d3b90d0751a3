import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { type CmsField, cmsConfig } from '../../scripts/cms-config';
import { cmsContentDir } from '../../scripts/site-settings.mjs';
import { enumValues, objectKeys, unwrap } from '../../scripts/validate/schema-shape';
import { centerSchema } from '../../src/schemas/center';
import { organizationSchema } from '../../src/schemas/organization';
import { policySchema } from '../../src/schemas/policy';
import { programSchema } from '../../src/schemas/program';
import { regionSchema } from '../../src/schemas/region';

// The CMS must offer exactly the fields the validator accepts: same names, same required
// fields, same allowed values, so an editor cannot save something the build refuses.
const config = cmsConfig({ repo: 'city/youth', branch: 'main', contentDir: 'content' });
type Collection = {
  name: string;
  folder?: string;
  extension?: string;
  fields?: CmsField[];
  files?: { fields: CmsField[] }[];
};
const collections = config.collections as Collection[];
const fieldsOf = (name: string) => {
  const collection = collections.find((candidate) => candidate.name === name);
  return (collection?.fields ?? []).filter((field) => field.name !== 'body');
};

type Schema = Parameters<typeof objectKeys>[0];

/** Field names, required flags and options of a schema, in the CMS's terms. */
function expected(schema: Schema): unknown[] {
  const union = (unwrap(schema).schema._zod.def as { options?: Schema[] }).options;
  return Object.entries(objectKeys(schema)).map(([name, child]) => {
    if (union && name === 'type') {
      // A period's type: one literal per option of the union.
      const options = union.flatMap((option) => enumValues(objectKeys(option).type ?? option) ?? []);
      return { name, required: true, options, fields: undefined };
    }
    const { schema: inner, optional } = unwrap(child);
    const type = (inner._zod.def as { type: string }).type;
    const element =
      type === 'array' ? ((inner._zod.def as unknown as { element: Schema }).element as Schema) : undefined;
    const nested = Object.keys(objectKeys(element ?? inner)).length > 0 && !enumValues(inner);
    return {
      name,
      required: !optional,
      options: enumValues(inner) ?? (element ? enumValues(element) : undefined),
      fields: nested ? expected(element ?? inner) : undefined,
    };
  });
}

function actual(fields: readonly CmsField[]): unknown[] {
  return fields.map((field) => ({
    name: field.name,
    // Inside a period, fields other than `type` depend on the type: optional in the form.
    required: field.required,
    options: field.options,
    fields: field.fields ? actual(field.fields) : undefined,
  }));
}

const relax = (fields: unknown[]): unknown[] =>
  (fields as { name: string; required: boolean; fields?: unknown[] }[]).map((field) => ({
    ...field,
    fields: field.fields ? relax(field.fields) : undefined,
  }));

describe('CMS configuration (/admin/config.yml)', () => {
  it.each([
    ['policies', policySchema],
    ['policies-mdx', policySchema],
    ['programs', programSchema],
    ['programs-mdx', programSchema],
    ['centers', centerSchema],
    ['organizations', organizationSchema],
  ] as const)('%s has the fields, required flags and choices of its schema', (name, schema) => {
    const periodFree = (fields: unknown[]): unknown[] =>
      (fields as { name: string; fields?: unknown[] }[]).map((field) => {
        if (field.name === 'period' || field.name === 'registration') {
          return {
            ...field,
            fields: (field.fields as { name: string }[]).map((child) =>
              child.name === 'type' ? child : { ...child, required: false },
            ),
          };
        }
        return { ...field, fields: field.fields ? periodFree(field.fields) : undefined };
      });
    expect(actual(fieldsOf(name))).toEqual(relax(periodFree(expected(schema))));
  });

  it("is a configuration Sveltia CMS accepts (the package's own JSON schema)", () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...config, publish_mode: 'pull_requests' })).toBe(false);
  });

  it('edits regions.yaml as one top-level list with the region fields', () => {
    const regions = collections.find((collection) => collection.name === 'regions')?.files?.[0]?.fields[0];
    expect(regions).toMatchObject({ widget: 'list', root: true });
    expect(actual(regions?.fields ?? [])).toEqual(expected(regionSchema));
  });

  it('opens pull requests (editorial workflow) on the configured repository and reads the content folders', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'city/youth', branch: 'main' });
    expect(collections.filter((collection) => collection.folder).map((c) => `${c.folder}/*.${c.extension}`)).toEqual([
      'content/policies/*.md',
      'content/policies/*.mdx',
      'content/programs/*.md',
      'content/programs/*.mdx',
      'content/centers/*.md',
      'content/centers/*.mdx',
      'content/organizations/*.yaml',
    ]);
  });

  it('labels fields in Korean from the schema comments and picks providers from the organizations', () => {
    const policy = fieldsOf('policies');
    expect(policy.find((field) => field.name === 'title')).toMatchObject({
      label: '정책·프로그램 이름',
      widget: 'string',
    });
    expect(policy.find((field) => field.name === 'provider')).toMatchObject({
      widget: 'relation',
      collection: 'organizations',
    });
    expect(policy.find((field) => field.name === 'updated')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
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
