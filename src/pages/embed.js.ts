import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

// /embed.js must keep its address forever (municipal sites paste it), so it is not an
// Astro-hashed asset: the loader and the rules it shares with the embed pages are
// bundled here into one small script that defines no globals.
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [resolve('src/client/embed-loader.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
