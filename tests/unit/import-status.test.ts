import { describe, expect, it } from 'vitest';
import { applicationStatusOf } from '../../scripts/import/status';

const today = '2026-12-07';
const closed = '0057003';
const fixed = '0057001';

// aplyPrdSeCd with the words of real 온통청년 records.
describe('applicationStatusOf: the period from everything the record says', () => {
  it('is 상시 when a record coded 마감 says its programme runs 상시 (20251218005400212024, 20250908005400211677)', () => {
    const status = applicationStatusOf({ aplyPrdSeCd: closed, aplyYmd: '', bizPrdEtcCn: '상시' }, today);
    expect(status.period).toEqual({ type: 'always' });
    expect(status.notes).toEqual([
      "신청기간구분코드는 마감이지만 사업 기간에 '상시'라고 적혀 있어 언제든 신청할 수 있는 상시로 가져왔습니다.",
    ]);
    for (const words of ['연중', '연중상시', '상시 연중', '상시접수'])
      expect(applicationStatusOf({ aplyPrdSeCd: closed, bizPrdEtcCn: words }, today).period.type).toBe('always');
  });

  it('is 상시 when the method says 상시모집 or 수시모집 (20251218005400212031, 20250219005400210469)', () => {
    const record = { aplyPrdSeCd: closed, plcyAplyMthdCn: '- 접수기간 : 상시모집 (평일 18:00이후, 토‧일‧공휴일 제외)' };
    expect(applicationStatusOf(record, today).period).toEqual({ type: 'always' });
    expect(applicationStatusOf({ aplyPrdSeCd: closed, plcyAplyMthdCn: '수시모집' }, today).period.type).toBe('always');
  });

  it('is 상시 when no application is needed, whatever the code (20250326005400210655)', () => {
    const record = {
      aplyPrdSeCd: fixed,
      aplyYmd: '20250110 ~ 20250131',
      plcyAplyMthdCn: '청년 창업자에 대한 경영컨설팅 지원으로 별도 신청절차 없음.',
    };
    const status = applicationStatusOf(record, today);
    expect(status.period).toEqual({ type: 'always' });
    expect(status.notes[0]).toContain('따로 신청하지 않아도 되는');
  });

  it('keeps a round’s dates when only the programme runs all year, and says when the words disagree (20250618005400211022)', () => {
    const business = applicationStatusOf(
      { aplyPrdSeCd: fixed, aplyYmd: '20250602 ~ 20250627', bizPrdEtcCn: '상시' },
      today,
    );
    expect(business.period).toEqual({ type: 'fixed', start: '2025-06-02', end: '2025-06-27' });
    expect(business.notes).toEqual([]);
    const applying = applicationStatusOf(
      { aplyPrdSeCd: fixed, aplyYmd: '20250618 ~ 20251123', plcySprtCn: '○신청기간: 상시(선착순 마감)' },
      today,
    );
    expect(applying.period).toEqual({ type: 'fixed', start: '2025-06-18', end: '2025-11-23' });
    expect(applying.notes[0]).toContain("'신청기간: 상시(선착순 마감)'");
  });

  it('stays closed when the words name a year that has passed (20250729005400111501) or are not about applying', () => {
    const passed = applicationStatusOf({ aplyPrdSeCd: closed, bizPrdEtcCn: '2025년 상시' }, today);
    expect(passed.period).toEqual({ type: 'closed' });
    expect(passed.notes[0]).toContain('2025년의 일이라 마감');
    expect(applicationStatusOf({ aplyPrdSeCd: closed, bizPrdEtcCn: '2026년 상시' }, '2026-03-01').period.type).toBe(
      'always',
    );
    const rounds = applicationStatusOf({ aplyPrdSeCd: closed, bizPrdEtcCn: '국가별 모집시기 상이(연중 4-5회)' }, today);
    expect(rounds.period).toEqual({ type: 'closed' });
    // Not plainly always open, but an editor hears of it (20250618005400111029).
    expect(rounds.notes).toEqual([
      "사업 기간에 '국가별 모집시기 상이(연중 4-5회)'라고 적혀 있지만 언제나 신청할 수 있다는 말인지 분명하지 않아 마감으로 가져왔습니다. 확인하세요.",
    ]);
    expect(
      applicationStatusOf(
        { aplyPrdSeCd: closed, plcyAplyMthdCn: '온라인 신청(통합접수시스템 ‘잡아바어플라이’)' },
        today,
      ).period,
    ).toEqual({ type: 'closed' });
    expect(
      applicationStatusOf(
        { aplyPrdSeCd: closed, plcyAplyMthdCn: '※ 반드시 정부24 접속 > 출산축하금 별도 신청 필수' },
        today,
      ).period,
    ).toEqual({ type: 'closed' });
  });
});
