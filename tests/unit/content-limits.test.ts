import { describe, expect, it } from 'vitest';
import { bodyLimitProblem, MAX_BODY_NESTING } from '../../scripts/lib/content-limits';
import { bodyProblems } from '../../scripts/validate/body-safety';
import { idNameProblem } from '../../src/lib/ids';

// Limits run before any Markdown parser: nesting written on ONE line (`> - > - …`) opens a
// container per marker, and 8–10 KB of it overflowed the parsers' stack (issue 25).
describe('body limits, before the Markdown parser', () => {
  it.each(['> - ', '1. ', '+ ', '- > ', '* ', '1) ', '>'])('refuses %j written 2,500 times on one line', (unit) => {
    const body = `## 지원 내용\n\n${unit.repeat(2500)}x\n`;
    expect(bodyLimitProblem(body)).toEqual({
      line: 3,
      column: 1,
      message: `인용(>)이나 목록이 너무 깊게 겹쳐 있습니다. ${MAX_BODY_NESTING}단계 안으로 줄이세요.`,
    });
  });

  it('refuses a line longer than any paragraph, naming its length', () => {
    expect(bodyLimitProblem(`첫 줄\n${'가'.repeat(25_000)}\n`)?.message).toBe(
      '한 줄이 너무 깁니다(25,000자). 한 줄은 20,000자 안으로, 문단은 빈 줄로 나누세요.',
    );
  });

  it('accepts what entries write: nested lists, quotes with lists, numbered lines, separators', () => {
    const body = [
      '- 지원 대상',
      '  - 만 19~34세',
      '    1. 2024년 1월 1일 이후 전입',
      '> - 인용 안의 목록',
      '> > 인용 안의 인용',
      '- - -',
      '* * * * * * * * * * * * *',
      '2026. 3. 2.부터 신청',
    ].join('\n');
    expect(bodyLimitProblem(body)).toBeUndefined();
    expect(bodyProblems(body, 'md')).toEqual([]);
  });
});

describe('file and folder names safe on every system', () => {
  it.each(['con', 'gwangju/aux', 'nul', 'com1', 'lpt9', 'prn'])('refuses the Windows device name in %j', (id) => {
    expect(idNameProblem(id)).toMatch(/Windows에서 파일·폴더 이름으로 쓸 수 없는 이름입니다/);
  });

  it('refuses a name longer than 100 characters and accepts ordinary ids', () => {
    expect(idNameProblem(`ontong/${'1'.repeat(300)}`)).toBe(
      '파일·폴더 이름이 너무 깁니다(300자). 100자 안으로 줄이세요.',
    );
    for (const id of ['gwangju/rent', 'ontong/20260302005400110001', 'console', 'com10', 'auxiliary']) {
      expect(idNameProblem(id)).toBeUndefined();
    }
  });
});
