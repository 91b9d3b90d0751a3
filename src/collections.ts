import type { z } from 'astro/zod';
import { entryKindInfo } from './lib/vocabulary';
import { centerSchema } from './schemas/center';
import { organizationSchema } from './schemas/organization';
import { policySchema } from './schemas/policy';
import { programSchema } from './schemas/program';
import { regionSchema } from './schemas/region';

/**
 * The content tree's layout (docs/content-model.md), declared once: where each collection's
 * files live, which extensions they may have, the schema they must match and what editors
 * call them. The Astro config, the validator, the importers, the link checker, the CMS
 * config and the field reference all take the layout from here.
 */
export interface CollectionLayout {
  /** Folder under the content root, or the single file of a taxonomy. */
  location: { folder: string } | { file: string };
  extensions: readonly string[];
  schema: z.ZodType;
  /** What editors call one item of it. */
  label: string;
  /** Whether entries may sit in subfolders (their id then contains `/`). */
  nested: boolean;
}

export const contentLayout = {
  regions: {
    location: { file: 'regions.yaml' },
    extensions: ['yaml'],
    schema: regionSchema,
    label: '지역',
    nested: false,
  },
  organizations: {
    location: { folder: 'organizations' },
    extensions: ['yaml', 'yml'],
    schema: organizationSchema,
    label: '기관',
    nested: false,
  },
  centers: {
    location: { folder: 'centers' },
    extensions: ['md', 'mdx'],
    schema: centerSchema,
    label: '청년센터',
    nested: false,
  },
  policies: {
    location: { folder: entryKindInfo.policy.folder },
    extensions: ['md', 'mdx'],
    schema: policySchema,
    label: entryKindInfo.policy.label,
    nested: true,
  },
  programs: {
    location: { folder: entryKindInfo.program.folder },
    extensions: ['md', 'mdx'],
    schema: programSchema,
    label: entryKindInfo.program.label,
    nested: true,
  },
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof contentLayout;
export const collectionNames = Object.keys(contentLayout) as CollectionName[];
/** The collections kept as one file per item in a folder. */
export const folderCollections = collectionNames.filter(
  (name): name is Exclude<CollectionName, 'regions'> => 'folder' in contentLayout[name].location,
);

/** Glob of a folder collection's files (names starting with `_` are ignored). */
export function collectionGlob(name: Exclude<CollectionName, 'regions'>): string {
  return `**/[^_]*.{${contentLayout[name].extensions.join(',')}}`;
}

// Where an item lives, in the words of the field reference (e.g. policies, any folder depth, .md or .mdx).
export function locationDescription(name: CollectionName): string {
  const layout: CollectionLayout = contentLayout[name];
  if ('file' in layout.location) return `\`${layout.location.file}\`의 한 항목`;
  const [first, second] = layout.extensions;
  const file = `${layout.location.folder}/${layout.nested ? '**/<이름>' : '<id>'}.${first}`;
  return second === 'mdx' ? `\`${file}\` 또는 \`.mdx\`` : `\`${file}\``;
}

/** Whether a file name has one of the collection's extensions. */
export function hasCollectionExtension(name: CollectionName, path: string): boolean {
  return contentLayout[name].extensions.some((extension) => path.endsWith(`.${extension}`));
}
