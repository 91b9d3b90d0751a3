import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitEntry } from '../../scripts/lib/content-files';
import { editorComponentRules } from '../../scripts/validate/editor-components';
import { formatAnnotation, formatProblem, type Problem, parseFieldPath } from '../../scripts/validate/problem';
import { closestKey } from '../../scripts/validate/schema-shape';
import { validateContent } from '../../scripts/validate/validate-tree';
import { readYaml } from '../../scripts/validate/yaml-source';
import { corpusCase } from '../invalid-corpus';

const problem: Problem = {
  severity: 'error',
  file: 'content/policies/gwangju/rent.mdx',
  line: 7,
  column: 3,
  field: 'application.period.end',
  message: '종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.',
};

describe('validation output', () => {
  it('prints path:line:column, field and the Korean fix on one line', () => {
    expect(formatProblem(problem)).toBe(
      'content/policies/gwangju/rent.mdx:7:3  application.period.end  종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.',
    );
    expect(formatProblem({ ...problem, severity: 'warning' })).toContain('  경고: 종료일이');
  });

  it('prints GitHub annotations with properties escaped', () => {
    expect(formatAnnotation(problem)).toBe(
      '::error file=content/policies/gwangju/rent.mdx,line=7,col=3,title=application.period.end::종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.',
    );
    expect(formatAnnotation({ ...problem, severity: 'warning', field: 'a,b:c', message: '100%\n' })).toBe(
      '::warning file=content/policies/gwangju/rent.mdx,line=7,col=3,title=a%2Cb%3Ac::100%25%0A',
    );
  });

  it.each([
    ['a line feed', '"x\\n::error file=README.md::forged": 1'],
    ['a bare carriage return', '"x\\r::error file=README.md::forged": 1'],
    ['a Unicode line separator', '"x\\u2028::error::forged": 1'],
    ['a terminal escape', '"x\\e[2J\\e[31m::error::forged": 1'],
  ])('never prints a line of its own from a YAML key with %s', (_name, key) => {
    const sources = corpusCase('policies/missing-title.md');
    const last = sources.at(-1) as (typeof sources)[number];
    const problems = validateContent(
      [...sources.slice(0, -1), { ...last, text: last.text.replace('---\n', `---\n${key}\n`) }],
      {
        today: '2026-11-22',
      },
    );
    expect(problems.length).toBeGreaterThan(1);
    const output = [...problems.map(formatProblem), ...problems.map(formatAnnotation)].join('\n');
    const lines = output.split(/\r\n|\r|\n|\u2028|\u2029/);
    expect(lines).toHaveLength(problems.length * 2);
    for (const line of lines) expect(line).not.toMatch(/^::error[^:]*::forged|\p{Cc}/u);
  });

  it('reads field paths with list indexes', () => {
    expect(parseFieldPath('schedule.sessions[0].end')).toEqual(['schedule', 'sessions', 0, 'end']);
  });
});

describe('locating keys', () => {
  it('points at a nested key on its file line, after the frontmatter opening line', () => {
    const text =
      '---\ntitle: x\napplication:\n  period: { type: fixed, start: 2026-03-02, end: 2026-02-01 }\n---\nbody';
    const parts = splitEntry(text);
    expect(parts.bodyLineOffset).toBe(5);
    const yaml = readYaml(parts.frontmatter ?? '', { line: 1, column: 1 }, parts.frontmatterLineOffset);
    expect(yaml.locate(['application', 'period', 'end'])).toEqual({ line: 4, column: 45 });
    expect(yaml.locate(['summary'])).toEqual({ line: 1, column: 1 });
    expect(yaml.locate(['application', 'url'])).toEqual({ line: 3, column: 1 });
  });

  it('keeps dates as written so a day that does not exist can be refused', () => {
    const yaml = readYaml('updated: 2026-02-30\n');
    expect(yaml.plainScalars()).toEqual([{ path: ['updated'], source: '2026-02-30', line: 1, column: 10 }]);
  });
});

describe('typo hints', () => {
  it('suggests the field an editor most likely meant', () => {
    expect(closestKey('sumary', ['title', 'summary', 'support'])).toBe('summary');
    expect(closestKey('provder', ['provider', 'regions'])).toBe('provider');
    expect(closestKey('homepage', ['title', 'summary'])).toBeUndefined();
  });
});

describe('editor components', () => {
  it('allows exactly the components in src/components/editor/', () => {
    const components = readdirSync('src/components/editor')
      .filter((file) => file.endsWith('.astro'))
      .map((file) => file.replace('.astro', ''));
    expect(Object.keys(editorComponentRules).sort()).toEqual(components.sort());
  });
});
