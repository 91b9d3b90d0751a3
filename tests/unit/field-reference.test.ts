import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '../../scripts/field-reference';

describe('CONTRIBUTING.md field reference', () => {
  it('is up to date with the JSDoc of src/schemas/ (run npm run docs:fields)', () => {
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(withFieldReference(contributing)).toBe(contributing);
  });

  it('lists every field with whether it is required and its Korean meaning', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `title` | 필수 | 정책·프로그램 이름 (80자 이하, 한 줄) |');
    expect(reference).toContain('| `application.url` | 선택 | 신청서 주소 (https). 신청 방법에 online이 있으면 필수 |');
    expect(reference).toContain('| `application.period.end` | type이 fixed일 때 |');
    expect(reference).toContain('| `schedule.sessions[].start` | 상위 항목을 쓸 때 필수 |');
    expect(reference).toContain('| `fee` | 선택 | 참가비 (원). 없으면 무료(0) |');
  });
});
