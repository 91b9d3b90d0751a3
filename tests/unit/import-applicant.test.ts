import { describe, expect, it } from 'vitest';
import { applicantOf } from '../../scripts/import/applicant';

// Fields of real records in ../shared/data/ontong/ontong-v2-2025-sample.json (other fields left out).

describe('who applies (eligibility.applicant) from the record', () => {
  it('is no one for a construction, infrastructure or planning item with no way to apply and no one it pays', () => {
    const items = [
      // 20251214005400212000
      {
        plcyNm: '충남 e스포츠 메카 조성 및 디지털·게임기업 육성',
        plcySprtCn: 'e스포츠산업 육성을 통한 청년문화여가 증진(e스포츠대회 운영)',
        addAplyQlfcCndCn: '(이스포츠메카조성) 이스포츠 종사 및 참여 희망자',
      },
      // 20251111005400211836
      {
        plcyNm: '지역혁신중심 대학지원체계(RISE) 구축',
        plcySprtCn:
          '(지산학연 협력) 글로벌 K-교육,연구 혁신도시\n(정주인재 양성) 미래신산업 및 주력산업 제주인재 특성화대학',
      },
      // 20250714005400111209: "102세대" is a building's size, not an age.
      {
        plcyNm: '상안지구 행복주택 건립',
        plcySprtCn:
          '○ 위 치 : 울산광역시 북구 상안동 343 일원  ○ 세 대 수 : 행복주택 102세대(신혼부부 70호, 청년ㆍ주거약자 32호)',
      },
      // 20250116005400110311
      {
        plcyNm: '청년 관련 정책 및 제도 개선 활성화  ',
        plcySprtCn: '청년세대 불편사항 발굴-> 제도개선안 마련 ->소관기관에 제도개선 권고->이행 점검',
      },
    ];
    for (const record of items) {
      const decision = applicantOf(record);
      expect(decision.applicant, record.plcyNm).toBe('none');
      expect(decision.doubt).toBeUndefined();
    }
  });

  it('stays a person, with a note for the editor, when such a title comes with a way to apply or someone it serves', () => {
    // 20251121005400211919: "시군 공모 참고".
    const village = applicantOf({ plcyNm: '청년 농촌보금자리 조성사업', plcyAplyMthdCn: '시군 공모 참고' });
    expect(village.applicant).toBeUndefined();
    expect(village.doubt).toContain('신청 방법이나 주소가 있어');
    // 20250903005400211621: support names young farmers of an age.
    const farm = applicantOf({
      plcyNm: '청년농부 창농기반 구축',
      plcySprtCn: 'ㅇ (대상)18~39세이하 청년농업인 ㅇ (주요내용)영농기반 구축 시설.장비 지원',
    });
    expect(farm.applicant).toBeUndefined();
    expect(farm.doubt).toContain('받는 사람이 있어');
  });

  it('keeps committee recruitment a person, tagged 위원 모집', () => {
    // 20250909005400111689
    const decision = applicantOf({
      plcyNm: '청년정책조정위원회 실무위원회 위촉직 위원 모집',
      plcyAplyMthdCn: 'ㅇ 청년인재DB 홈페이지(www.2030db.go.kr)를 통해 온라인 신청',
    });
    expect(decision.applicant).toBeUndefined();
    expect(decision.tag).toBe('위원 모집');
    // 20250916005400211701: a committee's running, no way to apply: the editor decides.
    expect(applicantOf({ plcyNm: '경상남도청년정책조정위원회 운영' }).doubt).toContain('위원회 운영');
  });

  it('is a business or a group only when the 지원대상 line names one and no young person beside it', () => {
    // 20251120005400211906
    expect(
      applicantOf({
        plcyNm: '양산시 중소기업 신규 고용 청년 인건비 지원',
        plcySprtCn: ' ○ 지원대상: 관내 중소기업 중 제조업 분야 사업체 ○ 지원요건: 공고일',
      }).applicant,
    ).toBe('business');
    // 20250103005400210049
    expect(
      applicantOf({
        plcyNm: '찾아가는 청년문화 예술 활동 지원',
        plcySprtCn: '▪ 지원대상 : 청년 문화예술인 단체 ▪ 지원기준 : 서산시 소재, 5인 이상 구성',
      }).applicant,
    ).toBe('group');
    // 20250305005400210597: an age makes it a person's, whatever follows.
    expect(
      applicantOf({
        plcyNm: '연제청년창업나래센터 신규 입주기업 모집',
        addAplyQlfcCndCn: '지원자격 : 공고일 기준 18~39세 주민등록 또는 사업장 소재지가 부산시',
      }).applicant,
    ).toBeUndefined();
    // 20250115005400210276: the firm and the young worker are both targets.
    const both = applicantOf({
      plcyNm: '남동형 청년재직자 내일채움공제 플러스 사업',
      plcySprtCn: '· 지원대상\n   - 기업 : 제조, 건설업 영위 50인 미만 중소기업\n   - 청년 : 만 18~39세',
    });
    expect(both.applicant).toBeUndefined();
    // A young person working at a firm is a person.
    expect(
      applicantOf({ plcyNm: '재직 청년 지원', plcySprtCn: '지원대상: 관내 중소기업 재직 청년' }).applicant,
    ).toBeUndefined();
  });

  it('is a person by default, without a report line', () => {
    const decision = applicantOf({ plcyNm: '청년 월세 지원', plcySprtCn: '월 20만원, 최대 12개월' });
    expect(decision).toEqual({ kind: '개인 (기본)', reason: '개인이 신청합니다.' });
  });
});
