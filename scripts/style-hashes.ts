// The hashes of every inline stylesheet the built pages allow, for `_headers`: the header's
// strict policy must allow them too, since a browser applies both policies. Each page's
// own policy got them as Astro rendered it (src/middleware.ts); pages an incremental build
// copied from the previous one were not rendered this time, so the written pages are read.
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { policyStyleHashes } from '../src/lib/security-headers.ts';

/** Every .html file under `dir`, folders read side by side (Node's recursive readdir took 4 s for 12,000). */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.filter((entry) => entry.isDirectory()).map((entry) => htmlFiles(join(dir, entry.name))),
  );
  const own = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  return [...own.map((entry) => join(dir, entry.name)), ...nested.flat()];
}

/** The CSP meta element is at the top of <head>: the first bytes of a page hold it. */
const HEAD_BYTES = 4096;

async function pageHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export async function builtStyleHashes(dir: string): Promise<string[]> {
  const files = await htmlFiles(dir);
  const hashes = new Set<string>();
  // A few files at a time: tens of thousands at once would run out of file handles.
  const batch = 64;
  for (let start = 0; start < files.length; start += batch) {
    const heads = await Promise.all(files.slice(start, start + batch).map(pageHead));
    for (const head of heads) for (const hash of policyStyleHashes(head)) hashes.add(hash);
  }
  return [...hashes].sort();
}
