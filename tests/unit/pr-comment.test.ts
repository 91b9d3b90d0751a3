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
});
