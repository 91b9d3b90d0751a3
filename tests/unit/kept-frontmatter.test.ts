import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEntry, parseEntry } from '../../scripts/admin/kept-frontmatter';

// What the CMS writes when an editor saves: unchanged fields exactly as they were.
const file = readFileSync('content/policies/gwangju/rent-deposit-interest.md', 'utf8');

describe('kept frontmatter (the CMS file format)', () => {
  it('writes a file back unchanged when nothing changed', () => {
    expect(formatEntry(parseEntry(file))).toBe(file);
  });

  it('rewrites only the changed field, in its place', () => {
    const data = parseEntry(file);
    const saved = formatEntry({ ...data, summary: '새 설명입니다.' });
    const changed = file.split('\n').filter((line, index) => saved.split('\n')[index] !== line);
    expect(changed).toEqual([expect.stringMatching(/^summary: /)]);
    expect(saved).toContain('\nsummary: 새 설명입니다.\n');
  });

  it('keeps the body as written when its words did not change, even if the editor re-spaced it', () => {
    const data = parseEntry(file);
    const respaced = String(data.body).replaceAll('\n- ', '\n\n- ');
    expect(formatEntry({ ...data, body: respaced })).toBe(file);
  });

  it('leaves out the empty values a form keeps (no [] or "" the validator would refuse), and draft: false', () => {
    const saved = formatEntry({
      title: '새 정책',
      tags: [],
      eligibility: { employment: [], marital: '', age: { min: 19 } },
      updated: '2026-11-29',
      draft: false,
      regions: ['gwangju'],
      body: '본문\n',
    });
    expect(saved).toBe(
      '---\ntitle: 새 정책\neligibility:\n  age:\n    min: 19\nregions: [gwangju]\nupdated: 2026-11-29\n---\n\n본문\n',
    );
  });
});
