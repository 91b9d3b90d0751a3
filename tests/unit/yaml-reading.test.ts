import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapOntongRecord, parseOntongResponse } from '../../scripts/import/ontong';
import { nationalCodeTable } from '../../scripts/import/regions';
import { renderPolicyFile } from '../../scripts/import/render';
import { parseContentFile } from '../../scripts/lib/content-files';
import { readsAlike } from '../../scripts/lib/content-yaml';
import type { PolicyData } from '../../src/schemas/policy';

// One reading of YAML for validator, importers and build (js-yaml, as Astro reads
// frontmatter), and importers that write YAML which reads back as what they meant.
const shared = JSON.parse(readFileSync('../shared/data/ontong/ontong-v2-2025-sample.json', 'utf8'));
const regions = parse(readFileSync('content/regions.yaml', 'utf8'));
const context = { regions, codeTable: nationalCodeTable(), today: '2026-11-20', folder: 'ontong' };
const parsed = parseOntongResponse(JSON.stringify(shared), 'sample.json');
const records = 'records' in parsed ? parsed.records : [];

/** Data as a reader gives it, dates as the day they name (js-yaml reads `2026-03-02` as a Date). */
const asWritten = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, item) =>
    typeof item === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(item) ? item.slice(0, 10) : item,
  );

const policyFile = (data: unknown, body = '') =>
  ({
    collection: 'policies',
    path: 'policies/ontong/x.md',
    file: 'x.md',
    id: 'ontong/x',
    text: renderPolicyFile(data as PolicyData, body),
  }) as const;

describe('importer output read back by the one reader', () => {
  it('round-trips every field of every shared 온통청년 record', { timeout: 60_000 }, () => {
    expect(records.length).toBe(783);
    let compared = 0;
    for (const [index, record] of records.entries()) {
      const outcome = mapOntongRecord(record, index, context);
      if (outcome.kind !== 'policy') continue;
      const data = { ...outcome.draft.data, provider: 'someone' };
      const file = policyFile(data, outcome.draft.body);
      const read = parseContentFile(file.path, file.text).data;
      const { importHash: _hash, ...source } = (read.source ?? {}) as Record<string, unknown>;
      expect(asWritten({ ...read, source }), outcome.draft.label).toEqual(asWritten(data));
      // The build's own reading (Astro's frontmatter parser) gives the tools' data.
      expect(asWritten(parseFrontmatter(file.text).frontmatter), outcome.draft.label).toEqual(asWritten(read));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(700);
  });

  it.each(['0o17', 'yes', 'No', 'on', '0150', '1:30', '1_000_000', '0x1F', '.inf', 'null', '1e400', '0057001'])(
    'writes the title %j so that it reads back as that text',
    (title) => {
      const data = { title, summary: title, tags: [title] };
      const text = renderPolicyFile(data as unknown as PolicyData, '');
      for (const read of [parseContentFile('policies/x.md', text).data, parseFrontmatter(text).frontmatter]) {
        expect([read.title, read.summary, read.tags]).toEqual([title, title, [title]]);
      }
    },
  );
});

describe('plain values that YAML readers disagree on', () => {
  it.each(['yes', 'No', 'on', 'y', '0150', '1:30', '1_000_000', '0o17', '1e400', '0057001'])('refuses %j', (value) => {
    expect(readsAlike(value)).toBe(false);
  });

  it.each([
    '150',
    '0',
    '-3',
    '1.5',
    'true',
    'false',
    '2026-03-02',
    '2026-02-30',
    '0x1F',
    '500000',
    '정책',
    'https://a.kr',
  ])('accepts %j', (value) => {
    expect(readsAlike(value)).toBe(true);
  });
});
