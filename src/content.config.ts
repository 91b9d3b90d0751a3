import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { file, glob } from 'astro/loaders';
import { siteSettings } from '../scripts/site-settings.mjs';
import { centerSchema } from './schemas/center';
import { organizationSchema } from './schemas/organization';
import { policySchema } from './schemas/policy';
import { programSchema } from './schemas/program';
import { regionSchema } from './schemas/region';

// CONTENT_DIR builds the site from another content tree with the same layout.
const contentRoot = resolve(siteSettings(process.env).contentDir);
const folder = (name: string) => pathToFileURL(`${contentRoot}/${name}/`);

// An entry's id is its path under the collection folder without the extension
// (CONTENT-MODEL.md); files starting with `_` are ignored.
const entryId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');
const entries = (name: string) => glob({ base: folder(name), pattern: '**/[^_]*.{md,mdx}', generateId: entryId });

export const collections = {
  regions: defineCollection({
    loader: file(`${contentRoot}/regions.yaml`),
    schema: regionSchema,
  }),
  organizations: defineCollection({
    loader: glob({ base: folder('organizations'), pattern: '**/[^_]*.{yaml,yml}', generateId: entryId }),
    schema: organizationSchema,
  }),
  centers: defineCollection({ loader: entries('centers'), schema: centerSchema }),
  policies: defineCollection({ loader: entries('policies'), schema: policySchema }),
  programs: defineCollection({ loader: entries('programs'), schema: programSchema }),
};
