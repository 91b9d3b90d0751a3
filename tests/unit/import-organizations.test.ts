import { describe, expect, it } from 'vitest';
import type { PolicyDraft } from '../../scripts/import/draft';
import { providerOf } from '../../scripts/import/ontong-fields';
import { belongsTo, isBareDepartment, qualifiedName } from '../../scripts/import/organizations';
import { planImport } from '../../scripts/import/plan';
import { renderPolicyFile } from '../../scripts/import/render';
import { formatReport } from '../../scripts/import/report';
import type { PolicyData } from '../../src/schemas/policy';

// Institution fields of real records in ../shared/data/ontong/ontong-v2-2025-sample.json.
const found = () => ({ errors: [] as string[], notes: [] as string[] });

describe('organizations by identity', () => {
  it("finds a department's body by its 기관코드", () => {
    expect(belongsTo('6114550', '6110000')).toBe(true); // 청년정책담당관 of 서울특별시
    expect(belongsTo('4181080', '4181000')).toBe(true); // 경제진흥국 of 춘천시
    expect(belongsTo('4181080', '6530000')).toBe(false);
    expect(belongsTo('1271587', '1270000')).toBe(true); // 상사법무과 of 법무부
    expect(belongsTo('B551904', 'B000000')).toBe(false);
    expect(belongsTo('       ', '6110000')).toBe(false);
  });

  it('names departments from what else the record says (real records)', () => {
    // 청송군 기획감사실 (5160001): the registering institution is the same, named in full.
    expect(
      qualifiedName({ code: '5160001', name: '기획감사실' }, [
        { code: '5160001', name: '경상북도 청송군 기획감사실' },
        { code: '5160000', name: '' },
        { code: '6470000', name: '경상북도' },
      ]).name,
    ).toBe('경상북도 청송군 기획감사실');
    // 춘천시 경제진흥국 (4181080) registered by 강원특별자치도 춘천시 (4181000).
    expect(
      qualifiedName({ code: '4181080', name: '경제진흥국' }, [
        { code: '4181000', name: '강원특별자치도 춘천시' },
        { code: '6530000', name: '강원특별자치도' },
      ]).name,
    ).toBe('강원특별자치도 춘천시 경제진흥국');
    // 전북 문화체육관광국 (6540033), registered by a foundation: the 시·도 code table knows 6540000.
    expect(
      qualifiedName({ code: '6540033', name: '문화체육관광국' }, [
        { code: 'B555117', name: '재단법인전북특별자치도문화관광재단' },
      ]).name,
    ).toBe('전북특별자치도 문화체육관광국');
    // 인천 서구 (3560000), registered by 인천광역시 청년정책담당관: five cities have a 서구.
    expect(
      qualifiedName({ code: '3560000', name: '서구' }, [
        { code: '6286763', name: '인천광역시 청년정책담당관' },
        { code: '6280000', name: '인천광역시' },
      ]).name,
    ).toBe('인천광역시 서구');
  });

  it('names a bare department with its body, so two 시·도 never share one 청년정책과', () => {
    // 20250508005400210796 대전 청년주간: 6301136 청년정책과, registered by 대전광역시 (6300000).
    const daejeon = providerOf(
      {
        sprvsnInstCd: '6301136',
        sprvsnInstCdNm: '청년정책과',
        rgtrInstCd: '6300000',
        rgtrInstCdNm: '대전광역시',
        rgtrHghrkInstCd: '6300000',
        rgtrHghrkInstCdNm: '대전광역시',
      },
      found(),
    );
    expect(daejeon).toEqual({ name: '대전광역시 청년정책과' });
    // A 경상남도 청년정책과 (6481519), registered by 경상남도 교육청년국 under 경상남도.
    const gyeongnam = providerOf(
      {
        sprvsnInstCd: '6481519',
        sprvsnInstCdNm: '청년정책과',
        rgtrInstCd: '6481517',
        rgtrInstCdNm: '경상남도 교육청년국',
        rgtrUpInstCd: '6480000',
        rgtrUpInstCdNm: '경상남도',
      },
      found(),
    );
    expect(gyeongnam?.name).toBe('경상남도 청년정책과');
    // 20250902005400211578: `의성군` under `경상북도 의성군` is the body itself.
    expect(
      qualifiedName({ code: '5150000', name: '의성군' }, [
        { code: '5150215', name: '경상북도 의성군 관광복지국' },
        { code: '5150000', name: '경상북도 의성군' },
      ]).name,
    ).toBe('경상북도 의성군');
    // Names that say their body stay as written.
    expect(qualifiedName({ code: '6500886', name: '제주특별자치도 문화체육교육국 문화정책과' }, []).name).toBe(
      '제주특별자치도 문화체육교육국 문화정책과',
    );
    expect(qualifiedName({ code: '1092000', name: '국무조정실' }, [{ code: '1092000', name: '국무조정실' }])).toEqual({
      name: '국무조정실',
      known: true,
    });
  });

  it('names the operator too, and leaves it out when it is the provider (20250904005400211634 첫만남 이용권)', () => {
    const record = {
      sprvsnInstCd: '1352000',
      sprvsnInstCdNm: '보건복지부',
      operInstCd: '5690443',
      operInstCdNm: '인구여성가족과',
      rgtrInstCd: '5690008',
      rgtrInstCdNm: '세종특별자치시 기획조정실',
      rgtrUpInstCd: '5690000',
      rgtrUpInstCdNm: '세종특별자치시',
    };
    expect(providerOf(record, found())).toEqual({ name: '보건복지부', operator: '세종특별자치시 인구여성가족과' });
    expect(
      providerOf(
        { sprvsnInstCd: '6530000', sprvsnInstCdNm: '강원특별자치도', operInstCdNm: '강원특별자치도' },
        found(),
      ),
    ).toEqual({
      name: '강원특별자치도',
    });
  });

  it('reports a department no institution of the record owns', () => {
    const findings = found();
    expect(providerOf({ sprvsnInstCd: '6999999', sprvsnInstCdNm: '청년정책과' }, findings)?.name).toBe('청년정책과');
    expect(findings.notes.join(' ')).toContain('어느 기관의 부서인지');
  });

  it('knows a bare department name', () => {
    expect(isBareDepartment('청년정책담당관')).toBe(true);
    expect(isBareDepartment('청년정책과')).toBe(true);
    expect(isBareDepartment('충청남도')).toBe(false);
    expect(isBareDepartment('고용노동부')).toBe(false);
    // 재단 and 공단 are bodies, 추진단 is a unit.
    expect(isBareDepartment('한국장학재단')).toBe(false);
    expect(isBareDepartment('근로복지공단')).toBe(false);
    expect(isBareDepartment('소멸위기대응추진단')).toBe(true);
  });
});

describe('re-importing entries an earlier import put under a bare department', () => {
  const draft = (key: string, provider: string): PolicyDraft => ({
    key,
    label: key,
    path: `policies/ontong/${key}.md`,
    provider: { name: provider },
    data: {
      title: key,
      summary: '요약',
      category: 'jobs',
      regions: ['kr'],
      application: { period: { type: 'always' } },
      support: { summary: '지원' },
      source: { url: 'https://example.org/notice', ontong: key },
      updated: '2026-01-01',
    } as PolicyDraft['data'],
    body: '',
    warnings: [],
  });
  // Written by an earlier import (with its fingerprint), under the shared department.
  const existing = (key: string) => ({
    path: `policies/ontong/${key}.md`,
    text: renderPolicyFile({ ...draft(key, '').data, provider: 'cheongnyeonjeongchaekgwa' } as PolicyData, ''),
    key,
    title: key,
  });

  it('splits it: each entry goes to its own body, the report says so, and no file is deleted', () => {
    const plan = planImport({
      drafts: [draft('1', '대전광역시 청년정책과'), draft('2', '경상남도 청년정책과')],
      skipped: [],
      existing: [existing('1'), existing('2')],
      organizations: [
        { id: 'cheongnyeonjeongchaekgwa', name: '청년정책과' },
        { id: 'daejeon-city', name: '대전광역시' },
      ],
      countryRegion: 'kr',
      isOwned: () => true,
    });
    expect(plan.report.providerChanges).toEqual([
      { key: '1', from: 'cheongnyeonjeongchaekgwa', to: 'daejeon-city' },
      { key: '2', from: 'cheongnyeonjeongchaekgwa', to: 'gyeongsangnamdo' },
    ]);
    expect(plan.report.organizations.map((item) => item.name)).toEqual(['경상남도']);
    expect(plan.writes.some((write) => write.path === 'organizations/cheongnyeonjeongchaekgwa.yaml')).toBe(false);
    const text = formatReport(plan.report, { dryRun: true });
    expect(text).toContain('기관 바뀜: 2건 (나눔 1곳: cheongnyeonjeongchaekgwa; 합침 0곳: 없음)');
  });
});
