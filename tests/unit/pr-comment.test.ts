import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentBody, plain } from '../../scripts/validate/pr-comment';

// The comment an editor reads on the pull request, made from an untrusted report.
describe('pull request comment', () => {
  it('lists each problem under its file with the line, the field as the form names it and what to write', () => {
    const body = commentBody({
      files: 86,
      problems: [
        {
          severity: 'error',
          file: 'content/policies/gwangju/a.md',
          line: 3,
          field: 'summary',
          label: '한 줄 설명',
          message: '160자 이하로 줄이세요.',
        },
      ],
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('고칠 것이 1건 있습니다.');
    expect(body).toContain('**content/policies/gwangju/a.md**');
    expect(body).toContain('- **고칠 것** · 3번째 줄 · 항목 한 줄 설명 (summary): 160자 이하로 줄이세요.');
  });

  it('says when all is well', () => {
    expect(commentBody({ files: 86, problems: [] })).toContain('파일 86개를 검사했고 고칠 것이 없습니다.');
  });

  it('links no www. host and keeps no bidirectional or invisible character, on one line', () => {
    const text = plain('공고 www.evil.example 참고\u202e가나\u2066다\u200b라\n## 제목');
    expect(text).toBe('공고 www\u200b.evil.example 참고 가나 다 라 &#35;&#35; 제목');
  });

  it('cannot be used to post links, mentions, images or HTML', () => {
    const text = plain('<img src=x> ![a](https://evil.example) @maintainer [link](javascript:x)');
    expect(text).not.toMatch(/[<>[\]()]/);
    expect(text).not.toContain('https://');
    expect(text).toContain('@\u200bmaintainer');
    expect(commentBody({ problems: [{ file: '../../etc/passwd\n**x**', message: 'x' }] })).toContain(
      '고칠 것이 없습니다',
    );
  });
  it('groups warnings by kind with a count and three examples, and keeps every error', () => {
    const warning = (index: number) => ({
      severity: 'warning',
      kind: '확인한 지 180일이 넘은 항목 (updated)',
      file: `content/policies/ontong/${index}.md`,
      line: 24,
      field: 'updated',
      label: '확인한 날',
      message: `마지막 확인일이 ${300 + index}일 전입니다.`,
    });
    const error = { severity: 'error', file: 'content/policies/a.md', line: 3, field: 'summary', message: '줄이세요.' };
    const body = commentBody({ files: 1604, problems: [error, ...Array.from({ length: 1603 }, (_, n) => warning(n))] });
    expect(body).toContain('- **고칠 것** · 3번째 줄 · 항목 summary: 줄이세요.');
    expect(body).toContain('**확인할 것 1603건: 확인한 지 180일이 넘은 항목 &#40;updated&#41;**');
    expect(body.match(/- \*\*확인\*\*/g)).toHaveLength(3);
    expect(body).toContain('(content/policies/ontong/2.md)');
    expect(body).not.toContain('ontong/3.md');
    expect(body).toContain('- 그 밖에 1600건은 검사 기록(로그)에 있습니다.');
    expect(body.split('\n').length).toBeLessThan(20);
  });
});
