import { describe, expect, it } from 'vitest';
import { decideRegions, registeringBody } from '../../scripts/import/region-decision';
import { nationalCodeTable } from '../../scripts/import/regions';

// Fields of real records in ../shared/data/ontong/ontong-v2-2025-sample.json (other fields left out).
const table = nationalCodeTable();
const nationwide = ['kr'];

/** 20251214005400212001 충남 워케이션: registered by 충청남도, zipCd lists all 252 시·군·구. */
const chungnamWorkation = {
  plcyNm: '청년 맞춤형 도내 관광코스 개발·홍보 (충남 워케이션 프로그램 운영)',
  plcyExplnCn: 'ICT 기반 미래형 관광산업 모델 구축을 통한 체류형 관광 활성화',
  addAplyQlfcCndCn: '일과 여행을 병행하여야 함',
  rgtrInstCdNm: '충청남도',
  rgtrUpInstCdNm: '충청남도',
  rgtrHghrkInstCdNm: '충청남도',
  sprvsnInstCd: '6440000',
  sprvsnInstCdNm: '충청남도',
};

describe('the registering body (rgtrInstCdNm, rgtrUpInstCdNm, rgtrHghrkInstCdNm)', () => {
  it('is the most specific local government the names give, without the department', () => {
    // 20251114005400211895 청년 의령 살아보기
    expect(
      registeringBody(
        { rgtrInstCdNm: '경상남도 의령군', rgtrUpInstCdNm: '경상남도 의령군', rgtrHghrkInstCdNm: '경상남도' },
        table,
      ),
    ).toMatchObject({ name: '경상남도 의령군', region: { id: 'uiryeong' } });
    // 20251106005400211805 함안청년 창업가: no 최상위기관, the department names the 군.
    expect(
      registeringBody({ rgtrInstCdNm: '경상남도 함안군 혁신전략담당관', rgtrHghrkInstCdNm: '' }, table),
    ).toMatchObject({ name: '경상남도 함안군', region: { id: 'haman' } });
    // 20251113005400211883: a 시·도 department is the 시·도.
    expect(
      registeringBody(
        {
          rgtrInstCdNm: '제주특별자치도 기획조정실',
          rgtrUpInstCdNm: '제주특별자치도',
          rgtrHghrkInstCdNm: '제주특별자치도',
        },
        table,
      ),
    ).toMatchObject({ name: '제주특별자치도', region: { id: 'jeju' } });
  });

  it('reads 시·도 names that are no longer region names (광주광역시 in the 2026 integrated 특별시, 강원도)', () => {
    expect(registeringBody({ rgtrHghrkInstCdNm: '광주광역시', rgtrInstCdNm: '광주광역시' }, table)?.region.id).toBe(
      'gwangju',
    );
    expect(registeringBody({ rgtrInstCdNm: '강원도 춘천시' }, table)?.region.id).toBe('chuncheon');
    expect(registeringBody({ rgtrInstCdNm: '인천광역시 남동구 정책기획국' }, table)?.region.id).toBe(
      'incheon-namdonggu',
    );
  });

  it("reads the 2026 code editions: the integrated 특별시 and 인천's new 구 (regions.yaml names)", () => {
    expect(registeringBody({ rgtrInstCdNm: '전남광주통합특별시' }, table)?.region.id).toBe('jeonnam-gwangju');
    expect(registeringBody({ rgtrInstCdNm: '인천광역시 제물포구' }, table)?.region.id).toBe('incheon-jemulpogu');
    // A 구 the 2026 map no longer has is its 시·도.
    expect(registeringBody({ rgtrInstCdNm: '인천광역시 중구' }, table)?.region.id).toBe('incheon');
  });

  it('is none for central bodies', () => {
    // 20250909005400111689 청년정책조정위원회 위원 모집
    expect(
      registeringBody(
        {
          rgtrInstCdNm: '한국고용정보원',
          rgtrUpInstCdNm: '정부산하기관및위원회',
          rgtrHghrkInstCdNm: '정부산하기관및위원회',
        },
        table,
      ),
    ).toBeUndefined();
    expect(registeringBody({ rgtrInstCdNm: '고용노동부', rgtrHghrkInstCdNm: '고용노동부' }, table)).toBeUndefined();
  });
});

describe('regions from who runs it', () => {
  it("narrows a 시·도's programme listed as nationwide to the 시·도", () => {
    const decision = decideRegions(chungnamWorkation, nationwide, table);
    expect(decision.regions).toEqual(['chungnam']);
    expect(decision.kind).toBe('등록 기관 지역으로 좁힘');
    expect(decision.doubt).toBeUndefined();
  });

  it("narrows a 군's programme to the 군 (20250902005400211582 의성푸드빌리지운영)", () => {
    const record = {
      plcyNm: '의성푸드빌리지운영',
      plcyExplnCn: 'ㅇ (대상) 지역 청년',
      rgtrInstCdNm: '경상북도 의성군 관광복지국',
      rgtrUpInstCdNm: '경상북도 의성군',
      rgtrHghrkInstCdNm: '경상북도',
    };
    expect(decideRegions(record, nationwide, table).regions).toEqual(['uiseong']);
  });

  it('keeps nationwide when the record invites people from elsewhere, and says why on the page', () => {
    // 20251114005400211895: the title says it.
    const uiryeong = decideRegions(
      { plcyNm: '청년 의령 살아보기', rgtrInstCdNm: '경상남도 의령군', rgtrHghrkInstCdNm: '경상남도' },
      nationwide,
      table,
    );
    expect(uiryeong.regions).toEqual(['kr']);
    expect(uiryeong.kind).toBe('다른 지역 청년도 대상 (전국 유지)');
    expect(uiryeong.condition).toBe('의령군 밖에 사는 청년도 대상입니다 (공고: "청년 의령 살아보기")');
    // 20250715005400211271 충남형 청년 한달살이: 추가 자격 says it, already on the page.
    const monthStay = decideRegions(
      {
        plcyNm: '충남형 청년 한달살이 프로그램 운영',
        addAplyQlfcCndCn: '충남에 살아보고 싶은 타 시도 만19~39세 이하 청년',
        rgtrInstCdNm: '충청남도',
      },
      nationwide,
      table,
    );
    expect(monthStay.regions).toEqual(['kr']);
    expect(monthStay.condition).toBeUndefined();
    expect(monthStay.reason).toContain('타 시도');
    // 20250717005400211372 제주청년 갭이어, 20250829005400211539 경북 K-로컬창업스쿨,
    // 20250304005400210588 전남 해외유학생 (출향도민), 20250125005400210403 화성시 (지역무관),
    // 20250304005400210578 청춘어람 (선정 시 전입).
    for (const [line, body] of [
      ['도내외 청년에게 주체적 미래설계와 제주 정주 기회 제공', '제주특별자치도 기획조정실'],
      ['전국 우수 예비창업가 발굴하여 지역자원조사', '경상북도 지방시대정책국 청년정책과'],
      ['도내 소재 초·중·고·대·대학원 중 하나를 졸업한출향도민', '전라남도'],
      ['※ 공고일 기준 · 지역무관', '경기도 화성시'],
      ['전남 외 거주 청년이 사업 대상자로 선정 시 1개월 이내 의무 전입 필수', '전라남도'],
    ]) {
      expect(decideRegions({ plcyExplnCn: line, rgtrInstCdNm: body }, nationwide, table).regions, line).toEqual(['kr']);
    }
  });

  it('does not read an exclusion as an invitation', () => {
    const record = { addAplyQlfcCndCn: '타 지역 거주자는 신청 제외', rgtrInstCdNm: '충청남도' };
    expect(decideRegions(record, nationwide, table).regions).toEqual(['chungnam']);
  });

  it('narrows but asks an editor when the words are unclear or a ministry supervises', () => {
    // 20251113005400211883 글로벌 청년창의 레지던시: "국내외 청년 예술가".
    const residency = decideRegions(
      {
        plcySprtCn: '국내외 청년 예술가 몰입형 그룹 레지던시로 창작 교류 프로그램 추진',
        rgtrInstCdNm: '제주특별자치도 기획조정실',
        rgtrHghrkInstCdNm: '제주특별자치도',
      },
      nationwide,
      table,
    );
    expect(residency.regions).toEqual(['jeju']);
    expect(residency.doubt).toContain('국내외 청년 예술가');
    // 20250904005400211634 첫만남 이용권: registered by 세종, supervised by 보건복지부.
    const voucher = decideRegions(
      { rgtrInstCdNm: '세종특별자치시 기획조정실', sprvsnInstCd: '1352000', sprvsnInstCdNm: '보건복지부' },
      nationwide,
      table,
    );
    expect(voucher.regions).toEqual(['sejong']);
    expect(voucher.doubt).toContain('보건복지부');
  });

  it("keeps a list inside the body's area, a central body's list, and reports a list that reaches outside", () => {
    expect(decideRegions({ rgtrInstCdNm: '충청남도' }, ['cheonan-dongnamgu'], table).kind).toBe('등록 기관 지역 안');
    // 20250909005400111689: 한국고용정보원, nationwide.
    expect(decideRegions({ rgtrInstCdNm: '한국고용정보원' }, nationwide, table).regions).toEqual(['kr']);
    // 20250710005400211163 광주‧전남 합동 채용설명회: 광주 lists 광주 and 전남.
    const joint = decideRegions({ rgtrInstCdNm: '광주광역시' }, ['jeonnam-gwangju'], table);
    expect(joint.regions).toEqual(['jeonnam-gwangju']);
    expect(joint.doubt).toContain('광주');
  });
});
