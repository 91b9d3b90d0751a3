import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { objectKeys, unwrap } from '../../scripts/validate/schema-shape';
import { contentLayout } from '../../src/collections';

/** Every field name of a schema, nested ones included (`eligibility.age.min` gives `min`). */
function fieldNames(schema: z.core.$ZodType): string[] {
  let inner = unwrap(schema).schema;
  const def = inner._zod.def as unknown as { type: string; element?: z.core.$ZodType };
  if (def.type === 'array' && def.element) inner = unwrap(def.element).schema;
  return Object.entries(objectKeys(inner)).flatMap(([name, child]) => [name, ...fieldNames(child)]);
}

// docs/content-model.md explains the schemas in src/schemas/, their source of truth: a field
// added to a schema without a word there fails here.
describe('docs/content-model.md', () => {
  const text = readFileSync('docs/content-model.md', 'utf8');
  it.each(Object.entries(contentLayout))('names every field of %s', (_name, layout) => {
    const missing = [...new Set(fieldNames(layout.schema))].filter((field) => !text.includes(`\`${field}\``));
    expect(missing).toEqual([]);
  });

  it('is where the repository points for the content model, not a file outside it', () => {
    const outside = ['CONTENT', 'MODEL.md'].join('-'); // the contract kept beside the repository
    const files = [
      'README.md',
      'CONTRIBUTING.md',
      ...['docs', 'src', 'scripts', 'tests'].flatMap((folder) =>
        (readdirSync(folder, { recursive: true }) as string[]).map((path) => join(folder, path)),
      ),
    ].filter((path) => /\.(md|mdx|ts|mjs|astro)$/.test(path));
    expect(files.filter((path) => readFileSync(path, 'utf8').includes(outside))).toEqual([]);
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/content-model.md)');
  });
});
