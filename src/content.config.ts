import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { file, glob } from 'astro/loaders';
import { siteSettings } from '../scripts/site-settings.mjs';
import { collectionGlob, contentLayout, type folderCollections } from './collections';
import { idFromPath } from './lib/ids';

// CONTENT_DIR builds the site from another content tree with the same layout, which is
// declared once in collections.ts.
const contentRoot = resolve(siteSettings(process.env).contentDir);

const filesOf = (name: (typeof folderCollections)[number]) =>
  glob({
    base: pathToFileURL(`${contentRoot}/${contentLayout[name].location.folder}/`),
    pattern: collectionGlob(name),
    generateId: ({ entry }) => idFromPath(entry),
  });

export const collections = {
  regions: defineCollection({
    loader: file(`${contentRoot}/${contentLayout.regions.location.file}`),
    schema: contentLayout.regions.schema,
  }),
  organizations: defineCollection({ loader: filesOf('organizations'), schema: contentLayout.organizations.schema }),
  centers: defineCollection({ loader: filesOf('centers'), schema: contentLayout.centers.schema }),
  policies: defineCollection({ loader: filesOf('policies'), schema: contentLayout.policies.schema }),
  programs: defineCollection({ loader: filesOf('programs'), schema: contentLayout.programs.schema }),
};
