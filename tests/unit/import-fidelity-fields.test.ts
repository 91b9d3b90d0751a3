import { describe, expect, it } from 'vitest';
import { supportScale } from '../../scripts/import/benefit';
import { decodeEntities } from '../../scripts/import/decode';
import { exclusionsOf } from '../../scripts/import/exclusions';
import { businessPeriod } from '../../scripts/import/period';
import { cleanText, textLines } from '../../scripts/import/text';

// Fields of real 온통청년 records, as the API sends them.
describe('decoding upstream text', () => {
  it('turns every HTML character reference into its character (20250122005400110346)', () => {
    expect(
      cleanText(
        '「보호종료아동 지원강화 방안(&prime;21.7)」 &lsquo;자립준비청년&rsquo; &middot; &rarr; &#39;A&#39; &#x41;',
      ),
    ).toBe("「보호종료아동 지원강화 방안(′21.7)」 ‘자립준비청년’ · → 'A' A");
    expect(cleanText('중&middot;장기복무제대군인 &amp; 군인연금')).toBe('중·장기복무제대군인 & 군인연금');
  });

  it('leaves an address’s query alone: only references closed by a semicolon are decoded', () => {
    expect(decodeEntities('https://example.go.kr/?a=1&copy=2&amp;b=3')).toBe('https://example.go.kr/?a=1&copy=2&b=3');
  });

  it('takes off every leading bullet of an indented sub-item (20251120005400211911)', () => {
    expect(textLines('- 운영현황 \n　· 도내 4개 시군, 8개 산업단지 임차비 지원')).toEqual([
      '운영현황',
      '도내 4개 시군, 8개 산업단지 임차비 지원',
    ]);
  });
});

describe('exclusionsOf: 참여 제한 only when it restricts', () => {
  it('drops "no restriction" lines and headings', () => {
    expect(exclusionsOf('신용요건 제한없음\n❍ 제외대상\n- 대한민국 국적을 보유하지 않은 자').excluded).toEqual([
      '대한민국 국적을 보유하지 않은 자',
    ]);
    expect(exclusionsOf('없음.').excluded).toEqual([]);
  });

  it('keeps a softening note with the line it softens, and labels lines under a short heading (20250516005400210832)', () => {
    const text =
      '○ 재정지원 직접 일자리사업 등 각종 지원사업 참여자\n※ 공고일 전 참여완료(사업종료)된 경우 신청 가능\n□ 면접수당\n○ 면접을 봤을 당시 재직 중인 자';
    expect(exclusionsOf(text).excluded).toEqual([
      '재정지원 직접 일자리사업 등 각종 지원사업 참여자 (※ 공고일 전 참여완료(사업종료)된 경우 신청 가능)',
      '(면접수당) 면접을 봤을 당시 재직 중인 자',
    ]);
  });
});

describe('지원 규모 and 사업 기간', () => {
  it('gives the count the unit the notice counts in, and no guessed unit otherwise', () => {
    expect(supportScale('40', ['- (대상) 고립 청년 40명 내외'])).toBe('40명');
    expect(supportScale('1000', ['참여기업 1,000개사 모집'])).toBe('1,000개사');
    expect(supportScale('350', ['경기도 청년참여기구 운영'])).toBe('350 (단위는 공고에서 확인하세요)');
    expect(supportScale('0', ['100명'])).toBeUndefined();
  });

  it('says the business period in dates and words, unless it repeats the application period', () => {
    const always = { type: 'always' } as const;
    expect(businessPeriod({ bizPrdBgngYmd: '20250101', bizPrdEndYmd: '20251231', bizPrdEtcCn: '' }, always)).toBe(
      '2025년 1월 1일 ~ 2025년 12월 31일',
    );
    expect(businessPeriod({ bizPrdBgngYmd: '        ', bizPrdEndYmd: '        ', bizPrdEtcCn: '상시' }, always)).toBe(
      '상시',
    );
    const round = { type: 'fixed', start: '2025-03-01', end: '2025-03-31' } as const;
    expect(businessPeriod({ bizPrdBgngYmd: '20250301', bizPrdEndYmd: '20250331' }, round)).toBeUndefined();
  });
});
