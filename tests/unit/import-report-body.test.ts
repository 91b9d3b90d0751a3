import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importReportBody } from '../../scripts/fetch/report-body';
import { mapOntongRecord, parseOntongResponse } from '../../scripts/import/ontong';
import { planImport } from '../../scripts/import/plan';
import { nationalCodeTable } from '../../scripts/import/regions';
import { formatReport } from '../../scripts/import/report';

// The weekly pull request's body is made from upstream values: values with line breaks
// in lastMdfcnDt, aplyUrlAddr and aplyPrdSeCd closed the report's code block and wrote a
// heading, a mention, an image and an HTML comment hiding the file list (issue 25).
const fixture = JSON.parse(readFileSync('tests/fixtures/ontong/response.json', 'utf8'));
const regions = parse(readFileSync('tests/fixtures/trees/import-base/regions.yaml', 'utf8'));
const context = { regions, codeTable: nationalCodeTable(), today: '2026-11-20', folder: 'ontong' };
const hostile =
  '\n```\n## 보안 검토 완료\n@maintainer ![x](https://evil.example/x.png) www.evil.example\n::error::가짜\n<!--';

function reportFor(records: Record<string, unknown>[]): string {
  const parsed = parseOntongResponse(
    JSON.stringify({ ...fixture, result: { ...fixture.result, youthPolicyList: records } }),
    'a.json',
  );
  const outcomes = ('records' in parsed ? parsed.records : []).map((record, index) =>
    mapOntongRecord(record, index, context),
  );
  const plan = planImport({
    drafts: outcomes.flatMap((outcome) => (outcome.kind === 'policy' ? [outcome.draft] : [])),
    skipped: outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [outcome] : [])),
    existing: [],
    organizations: [{ id: 'gwangju-city', name: '광주광역시' }],
    countryRegion: 'kr',
    isOwned: () => false,
  });
  return formatReport(plan.report, { dryRun: false });
}

describe('the weekly pull request body', () => {
  const records = (fixture.result.youthPolicyList as Record<string, unknown>[]).map((record, index) => ({
    ...record,
    plcyNm: `${String(record.plcyNm)}${index === 0 ? `\u202e${hostile}` : ''}`,
    lastMdfcnDt: `2025-01-01${hostile}`,
    aplyUrlAddr: `https://www.example.org/${hostile}`,
    aplyPrdSeCd: `0057001${hostile}`,
  }));
  const imported = reportFor(records);
  const body = importReportBody({ fetched: '7건 받음', imported, validated: `검사: 오류 0건${hostile}` });
  // As GitHub reads it: GFM, with www. and bare https:// addresses linked.
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Root;

  it('carries the upstream values (the test is not vacuous)', () => {
    expect(body).toContain('보안 검토 완료');
  });

  it('is a heading, a paragraph, a list and one code block holding the whole report', () => {
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'code']);
    const code = tree.children[3];
    expect(code?.type === 'code' && code.value).toBe(imported.trim().replace(/\u202e/g, '\\u202e'));
  });

  it('has no link, image, HTML, mention, bidirectional control or line a workflow would read as a command', () => {
    visit(tree, (node) => {
      expect(['link', 'image', 'html', 'linkReference', 'imageReference']).not.toContain(node.type);
    });
    const outsideCode = body.split('```')[0] ?? '';
    expect(outsideCode).not.toMatch(/@maintainer|www\.|https?:\/\/|<!--/);
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(body.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
    expect(body.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## 온통청년 정기 가져오기']);
  });
});
