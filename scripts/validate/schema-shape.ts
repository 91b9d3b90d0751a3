import type { z } from 'astro/zod';

/**
 * Reads the structure of our Zod schemas (which keys an object has, which values an enum
 * allows) so tools derived from them, the typo hints and the CMS field check, cannot
 * drift from the schemas the build uses.
 */

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: readonly AnySchema[];
  entries?: Record<string, string>;
  values?: readonly unknown[];
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** The schema itself without optional/default/preprocess wrappers, and whether it was optional. */
export function unwrap(schema: AnySchema): { schema: AnySchema; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && defOf(def.in).type === 'transform') {
      // z.preprocess(fn, inner) is a pipe from a transform into the real schema.
      current = (def as unknown as { out: AnySchema }).out;
    } else {
      return { schema: current, optional };
    }
  }
}

/** Keys of an object schema; for a union of objects (a period), the keys of every option. */
export function objectKeys(schema: AnySchema): Record<string, AnySchema> {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object' && def.shape) return def.shape;
  if (def.type === 'union' && def.options) {
    return Object.assign({}, ...def.options.map((option) => objectKeys(option)));
  }
  return {};
}

/** The schema at a data path (`['application', 'period']`), or undefined. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = defOf(unwrap(current).schema);
    current =
      typeof segment === 'number'
        ? def.type === 'array'
          ? def.element
          : undefined
        : objectKeys(current)[String(segment)];
  }
  return current;
}

/** Allowed values of an enum or literal schema, or undefined for anything else. */
export function enumValues(schema: AnySchema): string[] | undefined {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  return undefined;
}

/** The kind of value a field holds, in the terms the CMS and the docs use. */
export function fieldKind(schema: AnySchema): string {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (enumValues(inner)) return 'enum';
  if (def.type === 'union' && def.options) return 'object';
  return def.type;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      row[j] = Math.min(saved + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length] ?? 0;
}

/** The known key an unknown one was most likely meant to be (`sumary` -> `summary`). */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
  for (const key of known) {
    const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}
