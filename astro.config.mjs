// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { siteSettings } from './scripts/site-settings.mjs';

const { site, base, outDir } = siteSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // One content cache per output folder: builds of different sites (the test sites, fixture
  // trees, a benchmark) never share or overwrite each other's data store.
  cacheDir: `./node_modules/.astro/${outDir.replace(/[^a-z0-9.-]+/gi, '_')}`,
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External, cacheable files only: keeps pages small and the CSP free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // The few small modules every entry page needs (status, dates, saved list) in one
          // file: each extra chunk costs a request and its own gzip overhead.
          manualChunks(id) {
            return /src\/(lib\/(status|dates)|client\/(saved-entries|storage|dom))\.ts$/.test(id)
              ? 'entry-core'
              : undefined;
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
