import { describe, expect, it } from 'vitest';
import { generatedFiles, lineDecoder } from '../../scripts/build-log';

const linesOf = (chunks: Uint8Array[]) => {
  const lines: string[] = [];
  const decoder = lineDecoder((line) => lines.push(line));
  for (const chunk of chunks) decoder.write(chunk);
  decoder.end();
  return lines;
};

// The build reads its children's pipes chunk by chunk; a chunk can end inside a character.
describe("the build's log", () => {
  it('keeps a Korean character whole when a pipe splits it across two chunks', () => {
    const bytes = new TextEncoder().encode('경고: 마감된 지 599일\n오류 0건\n');
    const lines = linesOf([bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4)]); // 경 is 3 bytes: cut after 1
    expect(lines).toEqual(['경고: 마감된 지 599일', '오류 0건']);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  it('keeps a line split across chunks as one line, and the last line without a line break', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(linesOf([encode('검사 '), encode('끝\n요약'), encode('입니다')])).toEqual(['검사 끝', '요약입니다']);
    expect(linesOf([encode('a\n\nb\n')])).toEqual(['a', '', 'b']);
  });

  it("counts Astro's line per generated file, including lines two renders share, and keeps every other line", () => {
    expect(generatedFiles('  ├─ /policies/ontong/20250103005400210030/index.html (+3ms)')).toBe(1);
    expect(generatedFiles('23:01:02   \u001b[34m├─\u001b[39m \u001b[2m/regions/kr/index.html\u001b[22m (+12ms)')).toBe(
      1,
    );
    expect(generatedFiles('  ├─ /a/index.html  ├─ /b/index.html (+197ms)')).toBe(2);
    expect(generatedFiles(' (+197ms) ')).toBe(0);
    expect(generatedFiles(' (+2ms) (file not created, response body was empty)')).toBe(0);
    expect(generatedFiles('23:01:02 ▶ src/pages/policies/[...id].astro')).toBeUndefined();
    expect(generatedFiles('[ERROR] ├─ is not a page')).toBeUndefined();
    expect(generatedFiles('23:01:05 ✓ Completed in 12.3s.')).toBeUndefined();
    expect(generatedFiles('23:07:02 [build] 2652 page(s) built in 1m 0s')).toBeUndefined();
  });
});
