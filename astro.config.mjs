// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cacheDirFor, siteSettings } from './scripts/site-settings.mjs';
import { bodyWhitelist } from './src/lib/body-whitelist-plugin.ts';

const { site, base, outDir, incrementalBuild } = siteSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  cacheDir: cacheDirFor(outDir),
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page's stylesheet inline: an external one cost a second round trip before first
    // paint (about 2 s on Slow 3G) for 5.7 KB. The CSP allows it by its hash, added by
    // src/middleware.ts as each page is rendered, never by 'unsafe-inline'.
    inlineStylesheets: 'always',
    // Render pages 16 at a time: one at a time, the build waited on file writes for over a
    // third of its time. 10,000 entries, Astro alone: 73 s at 1, 60 s at 4, 47 s at 8,
    // 42 s at 16 (docs/performance.md).
    concurrency: 16,
  },
  markdown: {
    // Every .md and .mdx body passes the body whitelist (src/lib/body-markup.ts) again at
    // build time: what the validator should have refused is published as text, never markup.
    processor: satteri({ hastPlugins: [bodyWhitelist] }),
    // Highlighters write inline style attributes, which the CSP refuses; code blocks keep
    // their language-* class instead.
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // @astrojs/mdx marks every compiled .mdx with the string "use astro:head-inject", which
        // Astro reads before bundling; the bundler then warns once per .mdx (47 boxed warnings)
        // that it may drop the directive, which is harmless here (withastro/astro#18087). Only
        // that warning is silenced: any other still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
        output: {
          // The few small modules every entry page needs (status, dates, saved list) in one
          // file: each extra chunk costs a request and its own gzip overhead.
          // Paths and the vocabularies, which import each other, in one more: as two chunks,
          // the search page needed seven files at once, one over HTTP/1.1's six connections
          // (a 2 s wait on Slow 3G); in entry-core they would push entry pages over budget.
          manualChunks(id) {
            if (/src\/(lib\/(status|dates)|client\/(saved-entries|storage|dom))\.ts$/.test(id)) return 'entry-core';
            if (/src\/lib\/(paths|vocabulary\/\w+)\.ts$/.test(id)) return 'vocabulary';
            return undefined;
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (entry pages, embed cards, .ics files) are
  // copied from the previous build when neither their data nor their code changed: the
  // keys cover the entry, its related cards, the day and the shared data (src/content.ts).
  // Keeping that cache costs a clean build about 20 s per 10,000 entries, so builds on CI
  // (always from a clean checkout) skip it; INCREMENTAL_BUILD=1 or 0 decides explicitly.
  experimental: { incrementalBuild },
});
