import type { z } from 'astro/zod';
import { httpsUrl, isoDate, isoDateTime } from '../../src/schemas/common';
import type { FieldDoc } from '../field-reference';
import { enumValues, objectKeys, unwrap } from '../validate/schema-shape';
import { textFor } from './field-text';
import { labelledOptions } from './option-labels';

/**
 * CMS form fields derived from a Zod schema: structure, required flags, allowed values
 * (with their Korean labels), lengths, ranges and patterns, so the form refuses what
 * `npm run validate` would refuse, wherever Sveltia CMS can check it.
 */

type AnySchema = z.core.$ZodType;
export type CmsField = Record<string, unknown> & { name: string; widget: string; fields?: CmsField[] };

/** Fields that name other content: picked from a list, never typed. */
export interface Pickers {
  /** `regions.yaml` as select options, grouped by 시·도 (see region-options.ts). */
  regionOptions: { label: string; value: string }[];
  /** Each 시·도 with the ids of the regions in it (entry list filters). */
  provinceGroups: { label: string; ids: string[] }[];
}

const relation = (collection: string) => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
});

function pickerFor(
  name: string,
  pickers: Pickers,
  multiple: boolean,
): ({ widget: string } & Record<string, unknown>) | undefined {
  if (['regions', 'region', 'parent'].includes(name)) {
    return { widget: 'select', options: pickers.regionOptions, multiple, ...(multiple ? { min: 1 } : {}) };
  }
  if (name === 'provider' || name === 'partners') return { ...relation('organizations'), multiple };
  if (name === 'center') return { ...relation('centers'), multiple };
  return undefined;
}

interface Check {
  check: string;
  value?: number;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}
const checksOf = (schema: AnySchema): Check[] =>
  ((schema._zod.def as unknown as { checks?: { _zod: { def: Check } }[] }).checks ?? []).map((check) => check._zod.def);

/** min/max, length limits and patterns of a string, number or array schema. */
function limits(schema: AnySchema, kind: 'string' | 'number' | 'list'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'greater_than' && check.value !== undefined) {
      out.min = check.inclusive ? check.value : check.value + 1;
    } else if (check.check === 'less_than' && check.value !== undefined) {
      out.max = check.inclusive ? check.value : check.value - 1;
    } else if (check.check === 'max_length') {
      out[kind === 'string' ? 'maxlength' : 'max'] = check.maximum;
    } else if (check.check === 'min_length' && (check.minimum ?? 0) > 1) {
      out[kind === 'string' ? 'minlength' : 'min'] = check.minimum;
    } else if (check.check === 'string_format' && check.pattern) {
      const message = check.error?.({});
      out.pattern = [check.pattern.source, typeof message === 'string' ? message : '형식이 맞지 않습니다.'];
    }
  }
  return out;
}

const sameSchema = (a: AnySchema, b: AnySchema) => unwrap(a).schema === unwrap(b).schema;

function scalarField(schema: AnySchema): { widget: string } & Record<string, unknown> {
  const inner = unwrap(schema).schema;
  const def = inner._zod.def as { type: string; format?: string };
  if (sameSchema(schema, isoDate)) {
    return { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
  }
  if (sameSchema(schema, isoDateTime)) {
    // Saved with the editor's offset, e.g. 2026-04-07T19:00+09:00, as the schema asks.
    return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mmZ' };
  }
  if (sameSchema(schema, httpsUrl)) {
    return { widget: 'string', type: 'url', pattern: ['^https://', 'https://로 시작하는 전체 주소를 적으세요.'] };
  }
  if (def.type === 'number') {
    return { widget: 'number', value_type: def.format === 'safeint' ? 'int' : 'float', ...limits(inner, 'number') };
  }
  if (def.type === 'boolean') return { widget: 'boolean' };
  if (def.type === 'string' && def.format === 'email') return { widget: 'string', type: 'email' };
  return { widget: 'string', ...limits(inner, 'string') };
}

/** A period (`{ type: always }` | `{ type: fixed, start, end }` | …): one variable-type object. */
function periodField(schema: AnySchema, path: string, docs: Map<string, FieldDoc>, pickers: Pickers) {
  const options = (unwrap(schema).schema._zod.def as unknown as { options: AnySchema[] }).options;
  const typeValues = options.flatMap((option) => enumValues(objectKeys(option).type ?? option) ?? []);
  const labels = new Map(labelledOptions(typeValues).map((option) => [option.value, option.label]));
  return {
    widget: 'object',
    typeKey: 'type',
    types: options.map((option, index) => {
      const value = typeValues[index] ?? '';
      const fields = Object.entries(objectKeys(option))
        .filter(([key]) => key !== 'type')
        .map(([key, child]) => cmsField(key, child, `${path}.${key}`, docs, pickers));
      return { name: value, label: labels.get(value) ?? value, widget: 'object', fields };
    }),
  };
}

export function cmsField(
  name: string,
  schema: AnySchema,
  path: string,
  docs: Map<string, FieldDoc>,
  pickers: Pickers,
): CmsField {
  const { schema: inner, optional } = unwrap(schema);
  const def = inner._zod.def as unknown as { type: string; element?: AnySchema };
  const text = textFor(path);
  const description = docs.get(path)?.description ?? '';
  const base = {
    name,
    label: text.label ?? (description.split(/ \(|[.:,] |:/)[0]?.trim() || name),
    ...((text.hint ?? description) ? { hint: text.hint ?? description } : {}),
    required: !optional,
  };
  const element = def.type === 'array' ? (def.element as AnySchema) : undefined;
  const picker = pickerFor(name, pickers, element !== undefined);
  if (picker) return { ...base, ...picker };
  const values = enumValues(element ?? inner);
  if (values) {
    const list = element ? { multiple: true, ...limits(inner, 'list') } : {};
    return { ...base, widget: 'select', options: labelledOptions(values), ...list };
  }
  const children = (of: AnySchema, prefix: string) =>
    Object.entries(objectKeys(of)).map(([key, child]) => cmsField(key, child, `${prefix}${key}`, docs, pickers));
  if (def.type === 'union') return { ...base, ...periodField(inner, path, docs, pickers) } as CmsField;
  if (def.type === 'object') return { ...base, widget: 'object', fields: children(inner, `${path}.`) };
  if (element) {
    const nested = Object.keys(objectKeys(element)).length > 0;
    return nested
      ? { ...base, widget: 'list', fields: children(element, `${path}[].`), ...limits(inner, 'list') }
      : { ...base, widget: 'list', ...limits(inner, 'list') };
  }
  return { ...base, ...scalarField(schema) };
}

export function fieldsOf(schema: AnySchema, docs: readonly FieldDoc[], pickers: Pickers): CmsField[] {
  const byPath = new Map(docs.map((doc) => [doc.path, doc]));
  return Object.entries(objectKeys(schema)).map(([key, child]) => cmsField(key, child, key, byPath, pickers));
}
