import { describe, expect, it } from 'vitest';
import { checks, runChecks } from '../../scripts/check-fidelity/checks';
import { readBuiltPage } from '../../scripts/check-fidelity/page';

// A record of 온통청년 (20251120005400211911, trimmed) and pages that show it well or badly.
const record = {
  plcyNo: '20251120005400211911',
  aplyPrdSeCd: '0057003',
  aplyYmd: '',
  bizPrdEtcCn: '상시',
  sprtSclCnt: '40',
  etcMttrCn: '- 충청북도 산업입지과(043-220-4394)\n- 청주시 도시개발과(201-2453)',
  plcySprtCn: '운영현황 &middot; 도내 4개 시군',
};

const page = (body: string) => readBuiltPage(`<!doctype html><html><body><article>${body}</article></body></html>`);
const good = page(`
  <span data-status="always">상시</span>
  <p>운영현황 · 도내 4개 시군</p>
  <dl><dt>지원 규모</dt><dd>40명</dd><dt>사업 기간</dt><dd>상시</dd></dl>
  <h3>문의</h3><p>충청북도 산업입지과 <a href="tel:0432204394">043-220-4394</a></p>`);
const bad = page(`
  <span data-status="closed">마감</span>
  <p>운영현황 &amp;middot; 도내 4개 시군</p>`);

const outcome = (built: ReturnType<typeof page> | undefined) =>
  Object.fromEntries(
    runChecks([{ record, page: built }]).map((check) => [check.id, check.failures[0]?.reason ?? 'ok']),
  );

describe('fidelity checks', () => {
  it('pass a page that shows what the record says', () => {
    expect(outcome(good)).toMatchObject({
      'phones-shown': 'ok',
      'phones-callable': 'ok',
      'contact-block': 'ok',
      'support-scale': 'ok',
      'business-period': 'ok',
      'no-literal-entities': 'ok',
      'always-open-not-closed': 'ok',
    });
  });

  it('name what a page gets wrong: a lost number, no contact, a literal entity, 상시 shown as 마감', () => {
    expect(outcome(bad)).toMatchObject({
      'phones-shown': '빠진 번호: 043-220-4394',
      'phones-callable': '링크 없는 번호: 043-220-4394',
      'contact-block': '문의 블록 없음',
      'support-scale': "지원 규모 '' (원문 40)",
      'business-period': '사업 기간 없음',
      'no-literal-entities': "'&middot;'이(가) 보임",
      'always-open-not-closed': "마감으로 보임 (원문: '상시')",
    });
    expect(outcome(undefined)['phones-shown']).toBe('페이지 없음');
  });

  it('judge only records that have the fact: a record without a number is not counted for phones', () => {
    const [phones] = runChecks([{ record: { plcyNo: '1', etcMttrCn: '문의: 담당부서' }, page: good }], checks);
    expect(phones).toMatchObject({ id: 'phones-shown', applicable: 0, passed: 0 });
  });
});
