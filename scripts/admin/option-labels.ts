import * as vocabulary from '../../src/lib/vocabulary';

/**
 * Korean labels for the allowed values of an enum, taken from the vocabulary that declares
 * them (src/lib/vocabulary/): the record of labels whose keys are exactly those values, or
 * a list of `{ id, label }`. A schema enum with no vocabulary is a build error, so the CMS
 * never shows an editor an English id.
 */

type LabelTable = Record<string, string>;

function labelTables(): LabelTable[] {
  const tables: LabelTable[] = [];
  for (const value of Object.values(vocabulary)) {
    if (
      Array.isArray(value) &&
      value.every((item) => typeof item?.id === 'string' && typeof item?.label === 'string')
    ) {
      tables.push(Object.fromEntries(value.map((item: { id: string; label: string }) => [item.id, item.label])));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([, label]) => typeof label === 'string')) {
        tables.push(value as LabelTable);
      }
    }
  }
  return tables;
}

const tables = labelTables();
const sameKeys = (table: LabelTable, values: readonly string[]) =>
  Object.keys(table).length === values.length && values.every((value) => Object.hasOwn(table, value));

/** `[{ label: '일자리', value: 'jobs' }, …]` in the enum's order. */
export function labelledOptions(values: readonly string[]): { label: string; value: string }[] {
  const table = tables.find((candidate) => sameKeys(candidate, values));
  if (!table) {
    throw new Error(
      `관리 화면: 값 ${values.join(', ')}의 한국어 이름이 src/lib/vocabulary/에 없습니다. 값과 이름을 함께 선언하세요.`,
    );
  }
  return values.map((value) => ({ label: table[value] ?? value, value }));
}
