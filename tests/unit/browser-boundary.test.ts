import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Browser code is src/client/ (every page's <script> imports a module there) and whatever it
// imports, mostly rules in src/lib/. None of it may reach a Node built-in or build-time code:
// Vite would bundle a stub or fail, and the page would break only in the browser. Biome
// refuses node built-ins inside src/client/ itself (biome.jsonc); this follows every import
// from there, so a src/lib module the browser reaches is held to the same rule.
const clientFolder = 'src/client';
const buildTimeOnly = [/^astro:/, /^src\/content\.ts$/, /^src\/(pages|layouts|components)\//, /^scripts\//];

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g),
  ].map((match) => match[1] ?? match[2] ?? '');
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => path.endsWith('.ts') && existsSync(path));
}

/** Every module browser code reaches, each with the import chain that reaches it. */
function browserGraph(entryFolder = clientFolder): { modules: Map<string, string[]>; refused: string[] } {
  const modules = new Map<string, string[]>();
  const refused: string[] = [];
  const queue = readdirSync(entryFolder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [relative('.', join(entryFolder, name))]);
  while (queue.length > 0) {
    const chain = queue.shift() ?? [];
    const file = chain.at(-1) ?? '';
    if (modules.has(file)) continue;
    modules.set(file, chain);
    for (const specifier of imports(file)) {
      const path = specifier.startsWith('.') ? resolveModule(file, specifier) : undefined;
      const name = path === undefined ? specifier : relative('.', path);
      if (isBuiltin(specifier) || buildTimeOnly.some((pattern) => pattern.test(name))) {
        refused.push(`${[...chain, specifier].join(' -> ')}`);
      } else if (path !== undefined) {
        queue.push([...chain, name]);
      }
    }
  }
  return { modules, refused };
}

describe('browser code', () => {
  it('reaches no Node built-in and no build-time module, through any chain of imports', () => {
    const { modules, refused } = browserGraph();
    expect(modules.size).toBeGreaterThan(20); // the walk follows imports into src/lib
    expect([...modules.keys()]).toContain('src/lib/status.ts');
    expect(refused).toEqual([]);
  });

  it('names the chain by which a browser module reaches a built-in, however indirect', () => {
    const root = mkdtempSync(join(tmpdir(), 'youth-boundary-'));
    mkdirSync(join(root, 'client'));
    mkdirSync(join(root, 'lib'));
    writeFileSync(join(root, 'client/page.ts'), "import { rule } from '../lib/rule';\nrule();\n");
    writeFileSync(join(root, 'lib/rule.ts'), "export { hash as rule } from './hash';\n");
    writeFileSync(
      join(root, 'lib/hash.ts'),
      "import { createHash } from 'node:crypto';\nexport const hash = () => createHash('sha256');\n",
    );
    const { refused } = browserGraph(join(root, 'client'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/client\/page\.ts -> .*lib\/rule\.ts -> .*lib\/hash\.ts -> node:crypto$/);
  });
});
