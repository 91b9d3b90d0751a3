import type { z } from 'astro/zod';
import { categories } from '../src/lib/vocabulary';
import { centerSchema } from '../src/schemas/center';
import { organizationSchema } from '../src/schemas/organization';
import { policySchema } from '../src/schemas/policy';
import { programSchema } from '../src/schemas/program';
import { regionSchema } from '../src/schemas/region';
import { textFor } from './admin/field-text';
import { type CmsField, fieldsOf, type Pickers } from './admin/fields';
import { type DocumentName, fieldDocs } from './field-reference';

/**
 * The Sveltia CMS configuration (`/admin/edit/config.yml`), generated from the Zod schemas
 * the build uses (structure, required fields, allowed values, limits) and the vocabularies
 * (Korean labels), so the form offers exactly what the validator accepts.
 */

type AnySchema = z.core.$ZodType;

export type { CmsField };

export interface CmsOptions {
  /** `owner/name` of the GitHub repository editors' pull requests go to. */
  repo: string;
  branch: string;
  /** Content root as seen from the repository root (CONTENT_DIR). */
  contentDir: string;
  pickers: Pickers;
  /** Kinds (folders) that hold `.mdx` entries, which use components: listed in a collection of their own. */
  mdxFolders?: readonly string[];
  /** Origin of the OAuth client for GitHub sign-in (CMS_AUTH_URL); without it editors sign in with a token. */
  authUrl?: string;
}

const body = (): CmsField => ({ name: 'body', widget: 'markdown', required: false, ...textFor('body') });

/** Sveltia reads one extension per collection (a regular expression built from it). */
const kinds = [
  { folder: 'policies', label: '정책', singular: '정책', schema: policySchema, doc: 'policy' },
  { folder: 'programs', label: '프로그램', singular: '프로그램', schema: programSchema, doc: 'program' },
  { folder: 'centers', label: '청년센터', singular: '청년센터', schema: centerSchema, doc: 'center' },
] as const;

/**
 * 분야 and 시·도 filters for the entry list; a 시·도 matches every region inside it. No view_groups: Sveltia heads each group with the raw value (`housing`),
 * an English id, while the summary line shows the Korean labels of both.
 */
function viewOptions(folder: string, pickers: Pickers) {
  // A centre has one region; thousands of imported centres are found by 시·도.
  const regionFilters = pickers.provinceGroups.map((province) => ({
    name: `region-${province.ids[0]}`,
    label: `지역: ${province.label}`,
    field: folder === 'centers' ? 'region' : 'regions',
    pattern: `^(${province.ids.join('|')})$`,
  }));
  if (folder === 'centers') return { view_filters: regionFilters };
  return {
    view_filters: [
      ...categories.map((category) => ({
        name: `category-${category.id}`,
        label: `분야: ${category.label}`,
        field: 'category',
        pattern: `^${category.id}$`,
      })),
      ...regionFilters,
    ],
  };
}

function entryCollection(kind: (typeof kinds)[number], options: CmsOptions, extension: 'md' | 'mdx') {
  const docs = fieldDocs();
  return {
    name: extension === 'md' ? kind.folder : `${kind.folder}-mdx`,
    label: extension === 'md' ? kind.label : `${kind.label} (컴포넌트 사용)`,
    label_singular: kind.singular,
    folder: `${options.contentDir}/${kind.folder}`,
    extension,
    // Registered by scripts/admin/preview.ts: saves keep unchanged fields as they were written.
    format: extension === 'md' ? 'kept-frontmatter' : 'yaml-frontmatter',
    // New entries are Markdown: the form offers no component, so they never need MDX.
    create: extension === 'md',
    identifier_field: kind.folder === 'centers' ? 'name' : 'title',
    slug: { editable: ['create'] as const },
    // Policies and programs sit one folder down (policies/gwangju/…): listed together, all of them.
    ...(kind.folder === 'centers' ? {} : { path: '{{regions.0}}/{{slug}}' }),
    // Sveltia shows a select's label in the summary: `청년월세 지원 — 주거 · 광주광역시`.
    summary: kind.folder === 'centers' ? '{{name}} — {{region}}' : '{{title}} — {{category}} · {{regions}}',
    sortable_fields: kind.folder === 'centers' ? ['region', 'name', 'updated'] : ['title', 'updated'],
    ...viewOptions(kind.folder, options.pickers),
    fields: [...fieldsOf(kind.schema as AnySchema, docs[kind.doc as DocumentName], options.pickers), body()],
  };
}

export function cmsConfig(options: CmsOptions) {
  const { repo, branch, contentDir, pickers } = options;
  const docs = fieldDocs();
  const entries = kinds.flatMap((kind) => [
    entryCollection(kind, options, 'md'),
    ...(options.mdxFolders?.includes(kind.folder) ? [entryCollection(kind, options, 'mdx')] : []),
  ]);
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      // GitHub sign-in needs an OAuth client of our own; without one, tokens only, so the
      // CMS never sends an editor to a third party's sign-in service.
      ...(options.authUrl
        ? { base_url: options.authUrl, auth_methods: ['oauth', 'token'] }
        : { auth_methods: ['token'] }),
      commit_messages: {
        create: '새 {{collection}}: {{slug}} (관리 화면)',
        update: '{{collection}} 고침: {{slug}} (관리 화면)',
        delete: '{{collection}} 삭제: {{slug}} (관리 화면)',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: '청년길잡이 콘텐츠 관리',
    // The site's own mark on the sign-in page, from this site (relative to /admin/edit/).
    logo: { src: '../../favicon.svg' },
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    show_preview_links: false,
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      ...entries,
      {
        name: 'organizations',
        label: '기관',
        label_singular: '기관',
        folder: `${contentDir}/organizations`,
        extension: 'yaml',
        format: 'yaml',
        identifier_field: 'name',
        slug: { editable: ['create'] as const },
        fields: fieldsOf(organizationSchema, docs.organization, pickers),
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
                summary: '{{fields.name}}',
                fields: fieldsOf(regionSchema, docs.region, pickers),
              },
            ],
          },
        ],
      },
    ],
  };
}
