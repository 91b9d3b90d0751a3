import type { z } from 'astro/zod';
import { centerSchema } from '../src/schemas/center';
import { isoDate, isoDateTime } from '../src/schemas/common';
import { organizationSchema } from '../src/schemas/organization';
import { policySchema } from '../src/schemas/policy';
import { programSchema } from '../src/schemas/program';
import { regionSchema } from '../src/schemas/region';
import { type DocumentName, type FieldDoc, fieldDocs } from './field-reference';
import { enumValues, objectKeys, unwrap } from './validate/schema-shape';

/**
 * The Sveltia CMS configuration (`/admin/config.yml`), generated from the Zod schemas the
 * build uses (structure, required fields, allowed values) and their JSDoc (labels and
 * hints), so the CMS cannot offer a field the validator would refuse.
 */

type AnySchema = z.core.$ZodType;
export type CmsField = Record<string, unknown> & { name: string; widget: string; fields?: CmsField[] };

/** Fields that name another entry: picked from a list instead of typed. */
const relations: Record<string, Record<string, unknown>> = {
  provider: { collection: 'organizations', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
  partners: {
    collection: 'organizations',
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
    multiple: true,
  },
};

/** A short label from a JSDoc meaning: `정책·프로그램 이름 (80자 이하)` -> `정책·프로그램 이름`. */
const labelOf = (name: string, description: string) => description.split(/ \(|[.:] |:/)[0]?.trim() || name;

function cmsField(name: string, schema: AnySchema, path: string, docs: Map<string, FieldDoc>): CmsField {
  const doc = docs.get(path);
  const { schema: inner, optional } = unwrap(schema);
  const def = inner._zod.def as unknown as {
    type: string;
    element?: AnySchema;
    format?: string;
    options?: AnySchema[];
  };
  const base = {
    name,
    label: labelOf(name, doc?.description ?? ''),
    ...(doc?.description ? { hint: doc.description } : {}),
    required: !optional,
  };
  const relation = relations[name];
  if (relation) return { ...base, widget: 'relation', ...relation };
  if (unwrap(schema).schema === unwrap(isoDate).schema) {
    return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD', time_format: false };
  }
  if (unwrap(schema).schema === unwrap(isoDateTime).schema) {
    return {
      ...base,
      widget: 'string',
      pattern: ['^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}', '예: 2026-04-07T19:00+09:00'],
    };
  }
  const values = enumValues(inner);
  if (values) return { ...base, widget: 'select', options: values };
  const children = (prefix: string) =>
    Object.entries(objectKeys(inner)).map(([key, child]) => cmsField(key, child, `${prefix}${key}`, docs));
  switch (def.type) {
    case 'object':
      return { ...base, widget: 'object', fields: children(`${path}.`) };
    case 'union': {
      // A period: `type` decides which other fields apply, so they are optional in the form.
      const fields = children(`${path}.`).map((field) =>
        field.name === 'type'
          ? {
              ...field,
              widget: 'select',
              options: (def.options ?? []).flatMap((option) => enumValues(objectKeys(option).type ?? option) ?? []),
            }
          : { ...field, required: false },
      );
      return { ...base, widget: 'object', fields };
    }
    case 'array': {
      const element = def.element as AnySchema;
      const elementValues = enumValues(element);
      if (elementValues) return { ...base, widget: 'select', multiple: true, options: elementValues };
      if (Object.keys(objectKeys(element)).length > 0) {
        const fields = Object.entries(objectKeys(element)).map(([key, child]) =>
          cmsField(key, child, `${path}[].${key}`, docs),
        );
        return { ...base, widget: 'list', fields };
      }
      return { ...base, widget: 'list' };
    }
    case 'number':
      return { ...base, widget: 'number', value_type: def.format === 'safeint' ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    default:
      return { ...base, widget: 'string' };
  }
}

function fieldsOf(schema: AnySchema, docs: FieldDoc[]): CmsField[] {
  const byPath = new Map(docs.map((doc) => [doc.path, doc]));
  return Object.entries(objectKeys(schema)).map(([key, child]) => cmsField(key, child, key, byPath));
}

const body: CmsField = {
  name: 'body',
  label: '본문',
  widget: 'markdown',
  hint: 'Markdown으로 씁니다. 코드, 스크립트, 중괄호 { }는 쓸 수 없습니다 (CONTRIBUTING.md 참고).',
  required: false,
};

export interface CmsOptions {
  /** `owner/name` of the GitHub repository editors' pull requests go to. */
  repo: string;
  branch: string;
  /** Content root as seen from the repository root (CONTENT_DIR). */
  contentDir: string;
}

export function cmsConfig({ repo, branch, contentDir }: CmsOptions) {
  const docs = fieldDocs();
  const entryCollections = (
    [
      ['policies', '정책', policySchema, 'policy'],
      ['programs', '프로그램', programSchema, 'program'],
      ['centers', '청년센터', centerSchema, 'center'],
    ] as const
  ).flatMap(([folder, label, schema, doc]: readonly [string, string, AnySchema, DocumentName]) =>
    // Entries are .md or .mdx (CONTENT-MODEL.md); the CMS reads one extension per collection.
    (['md', 'mdx'] as const).map((extension) => ({
      name: extension === 'md' ? folder : `${folder}-mdx`,
      label: extension === 'md' ? label : `${label} (MDX)`,
      folder: `${contentDir}/${folder}`,
      extension,
      format: 'frontmatter',
      create: true,
      slug: { editable: true },
      identifier_field: folder === 'centers' ? 'name' : 'title',
      nested: folder === 'centers' ? undefined : { depth: 3, subfolders: false },
      fields: [...fieldsOf(schema, docs[doc]), body],
    })),
  );
  return {
    backend: { name: 'github', repo, branch },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      ...entryCollections.map((collection) => JSON.parse(JSON.stringify(collection))),
      {
        name: 'organizations',
        label: '기관',
        folder: `${contentDir}/organizations`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        slug: { editable: true },
        fields: fieldsOf(organizationSchema, docs.organization),
      },
      {
        name: 'regions',
        label: '지역',
        files: [
          {
            name: 'regions',
            label: '지역 목록',
            file: `${contentDir}/regions.yaml`,
            fields: [
              {
                name: 'regions',
                label: '지역',
                widget: 'list',
                root: true,
                fields: fieldsOf(regionSchema, docs.region),
              },
            ],
          },
        ],
      },
    ],
  };
}
