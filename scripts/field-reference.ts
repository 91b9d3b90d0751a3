import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { type CollectionName, contentLayout, locationDescription } from '../src/collections';

/**
 * The field reference in CONTRIBUTING.md, generated from the JSDoc comments of the Zod
 * schemas in src/schemas/ with the TypeScript compiler API, so the guide editors read
 * cannot drift from the rules the validator and the build apply.
 */

export interface FieldDoc {
  path: string;
  required: string;
  description: string;
}

const schemaDir = 'src/schemas';
const title = (name: CollectionName) => `${contentLayout[name].label} (${locationDescription(name)})`;
const documents = [
  { name: 'policy', title: title('policies'), file: 'policy.ts', schema: 'policySchema' },
  { name: 'program', title: title('programs'), file: 'program.ts', schema: 'programSchema' },
  { name: 'center', title: title('centers'), file: 'center.ts', schema: 'centerSchema' },
  { name: 'organization', title: title('organizations'), file: 'organization.ts', schema: 'organizationSchema' },
  { name: 'region', title: title('regions'), file: 'region.ts', schema: 'regionSchema' },
] as const;

function readDeclarations(): Map<string, ts.Expression> {
  const declarations = new Map<string, ts.Expression>();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(schemaDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild(function collect(node) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        declarations.set(node.name.text, node.initializer);
      }
      node.forEachChild(collect);
    });
  }
  return declarations;
}

const jsDocOf = (node: ts.Node): string =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

interface Shape {
  /** Object literals holding the fields, with the condition under which they apply. */
  objects: { literal: ts.ObjectLiteralExpression; condition?: string }[];
  list: boolean;
}

export type DocumentName = (typeof documents)[number]['name'];

/** Every field of each content type, in schema order, with its JSDoc meaning. */
export function fieldDocs(): Record<DocumentName, FieldDoc[]> {
  const declarations = readDeclarations();

  /** Finds the object literal(s) an expression's schema is built from. */
  const shapeOf = (expression: ts.Expression, seen = new Set<string>()): Shape | undefined => {
    if (ts.isIdentifier(expression)) {
      const initializer = declarations.get(expression.text);
      if (!initializer || seen.has(expression.text)) return undefined;
      return shapeOf(initializer, new Set([...seen, expression.text]));
    }
    if (ts.isObjectLiteralExpression(expression)) return { objects: [{ literal: expression }], list: false };
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
    const method = expression.expression.name.text;
    const [first, second] = expression.arguments;
    if (method === 'strictObject' || method === 'object') return first ? shapeOf(first, seen) : undefined;
    if (method === 'array' && ts.isIdentifier(expression.expression.expression)) {
      const element = first ? shapeOf(first, seen) : undefined;
      return element ? { ...element, list: true } : undefined;
    }
    if (method === 'discriminatedUnion' && second && ts.isArrayLiteralExpression(second)) {
      const objects = second.elements.flatMap((option) => {
        const shape = shapeOf(option, seen);
        return (shape?.objects ?? []).map(({ literal }) => {
          const discriminator = literal.properties.find(
            (property) => ts.isPropertyAssignment(property) && property.name.getText() === 'type',
          ) as ts.PropertyAssignment | undefined;
          const value = discriminator?.initializer.getText().match(/literal\('([^']+)'\)/)?.[1];
          return { literal, ...(value ? { condition: `type이 ${value}일 때` } : {}) };
        });
      });
      return { objects, list: false };
    }
    // .optional(), .refine(), .min() … wrap the schema they are called on.
    return shapeOf(expression.expression.expression, seen);
  };

  /** Optional when `.optional()` or `.default()` wraps the schema (not a field inside it). */
  const isOptional = (expression: ts.Expression): boolean => {
    if (ts.isIdentifier(expression)) {
      const initializer = declarations.get(expression.text);
      return initializer ? isOptional(initializer) : false;
    }
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return false;
    const method = expression.expression.name.text;
    if (method === 'optional' || method === 'default') return true;
    const receiver = expression.expression.expression;
    return !(ts.isIdentifier(receiver) && receiver.text === 'z') && isOptional(receiver);
  };

  const fields = (shape: Shape, prefix: string, parentOptional: boolean): FieldDoc[] => {
    const rows: FieldDoc[] = [];
    for (const { literal, condition } of shape.objects) {
      for (const property of literal.properties) {
        if (ts.isSpreadAssignment(property)) {
          const spread = shapeOf(property.expression);
          if (spread) rows.push(...fields(spread, prefix, parentOptional));
          continue;
        }
        const name = property.name?.getText() ?? '';
        const initializer = ts.isPropertyAssignment(property)
          ? property.initializer
          : ts.isShorthandPropertyAssignment(property)
            ? property.name
            : undefined;
        if (!initializer) continue;
        const path = `${prefix}${name}`;
        const optional = isOptional(initializer);
        const required = optional ? '선택' : (condition ?? (parentOptional ? '상위 항목을 쓸 때 필수' : '필수'));
        const description = jsDocOf(property);
        const row = rows.find((candidate) => candidate.path === path);
        if (row === undefined) {
          rows.push({ path, required, description });
        } else {
          // A field of every option of a union (a period's `type`): required, all meanings.
          if (row.required !== required) row.required = parentOptional ? '상위 항목을 쓸 때 필수' : '필수';
          if (!row.description.includes(description)) row.description = `${row.description}, ${description}`;
          continue;
        }
        const inner = shapeOf(initializer);
        if (inner) rows.push(...fields(inner, `${path}${inner.list ? '[]' : ''}.`, optional || parentOptional));
      }
    }
    return rows;
  };

  return Object.fromEntries(
    documents.map(({ name, schema }) => {
      const initializer = declarations.get(schema);
      const shape = initializer ? shapeOf(initializer) : undefined;
      if (!shape) throw new Error(`${schema}의 구조를 읽지 못했습니다.`);
      return [name, fields(shape, '', false)];
    }),
  ) as Record<DocumentName, FieldDoc[]>;
}

export function fieldReference(): string {
  const docs = fieldDocs();
  const escapePipes = (text: string) => text.replaceAll('|', '\\|');
  return documents
    .map(({ name, title }) => {
      const rows = docs[name].map((row) => `| \`${row.path}\` | ${row.required} | ${escapePipes(row.description)} |`);
      return [`### ${title}`, '', '| 항목 | 필수 | 뜻 |', '|---|---|---|', ...rows].join('\n');
    })
    .join('\n\n');
}

export const START_MARKER =
  '<!-- fields:start (npm run docs:fields가 src/schemas/에서 만듭니다. 직접 고치지 마세요) -->';
export const END_MARKER = '<!-- fields:end -->';

/** CONTRIBUTING.md with the generated reference between the markers. */
export function withFieldReference(markdown: string): string {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start === -1 || end === -1) throw new Error('CONTRIBUTING.md에 필드 참조 표시(fields:start/end)가 없습니다.');
  return `${markdown.slice(0, start + START_MARKER.length)}\n\n${fieldReference()}\n\n${markdown.slice(end)}`;
}
