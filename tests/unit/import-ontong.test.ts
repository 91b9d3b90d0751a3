import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PolicyDraft, RecordOutcome } from '../../scripts/import/draft';
import { formatIncome, mapOntongRecord, ontongDetailUrl, parseOntongResponse } from '../../scripts/import/ontong';
import { contradictions, type ExistingPolicy, planImport } from '../../scripts/import/plan';
import { nationalCodeTable } from '../../scripts/import/regions';
import { importHashOf, renderPolicyFile, storedImportHash } from '../../scripts/import/render';
import { formatReport } from '../../scripts/import/report';
import { policySchema } from '../../src/schemas/policy';

const fixture = readFileSync('tests/fixtures/ontong/response.json', 'utf8');
const regions = parse(readFileSync('tests/fixtures/trees/import-base/regions.yaml', 'utf8'));
const context = { regions, codeTable: nationalCodeTable(), today: '2026-11-20', folder: 'ontong' };
const parsed = parseOntongResponse(fixture, 'response.json');
const records = 'records' in parsed ? parsed.records : [];
const outcomes = records.map((record, index) => mapOntongRecord(record, index, context));
const draftOf = (plcyNo: string): PolicyDraft => {
  const outcome = outcomes.find((entry) => entry.kind === 'policy' && entry.draft.key === plcyNo);
  if (outcome?.kind !== 'policy') throw new Error(`no draft for ${plcyNo}`);
  return outcome.draft;
};
const record = (plcyNo: string) => {
  const found = records.find((entry) => (entry as { plcyNo: string }).plcyNo === plcyNo);
  return structuredClone(found) as Record<string, unknown>;
};
const organizations = [
  { id: 'gwangju-city', name: '광주광역시' },
  { id: 'gwangju-seogu', name: '광주광역시 서구' },
  { id: 'moel', name: '고용노동부' },
  { id: 'gunsan-city', name: '군산시' },
];

describe('온통청년 responses', () => {
  it('reads result.youthPolicyList from a saved response', () => {
    expect(records).toHaveLength(7);
  });

  it('says in Korean what is wrong with a file that is not a policy response', () => {
    expect(parseOntongResponse('<html>점검 중</html>', 'a.json')).toEqual({
      error: expect.stringContaining('JSON 파일이 아닙니다'),
    });
    expect(parseOntongResponse('{"result":{"list":[]}}', 'a.json')).toEqual({
      error: expect.stringContaining('result.youthPolicyList'),
    });
    expect(parseOntongResponse('[]', 'a.json')).toEqual({ error: expect.stringContaining('모양이 아닙니다') });
    expect(parseOntongResponse('{"resultCode":401,"resultMessage":"인증키 오류","result":null}', 'a.json')).toEqual({
      error: expect.stringContaining('resultCode 401: 인증키 오류'),
    });
  });
});

describe('a 온통청년 record', () => {
  it('becomes a policy the schema accepts, with the 정책번호 in source.ontong', () => {
    for (const outcome of outcomes) {
      if (outcome.kind !== 'policy') continue;
      const result = policySchema.safeParse({ ...outcome.draft.data, provider: 'gwangju-city' });
      expect(result.success, `${outcome.draft.label}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect(outcome.draft.data.source.ontong).toBe(outcome.draft.key);
    }
  });

  it('maps the whole record: title trimmed, category, regions, ages, income, documents, period, addresses', () => {
    const draft = draftOf('20260302005400110001');
    expect(draft.data).toMatchObject({
      title: '광주 청년 월세 지원',
      category: 'housing',
      regions: ['gwangju'],
      eligibility: {
        age: { min: 19, max: 39 },
        income: '기준 중위소득 150% 이하',
        conditions: ['광주광역시에 주민등록을 둔 무주택 청년', '임차보증금 5천만원 이하, 월세 60만원 이하 주택 거주'],
      },
      application: {
        period: { type: 'fixed', start: '2026-03-02', end: '2026-12-31' },
        method: ['online'],
        url: 'https://youth.gwangju.go.kr/',
        documents: ['주민등록등본', '임대차계약서 사본', '월세 이체 내역'],
      },
      support: { summary: '월 최대 20만원, 최대 12개월 월세 지원' },
      source: { url: 'https://youth.gwangju.go.kr/policy', ontong: '20260302005400110001' },
      updated: '2026-03-02',
    });
    expect(draft.data.eligibility?.excluded).toBeUndefined();
    expect(draft.path).toBe('policies/ontong/20260302005400110001.md');
    expect(draft.provider).toEqual({ name: '광주광역시 청년정책과' });
  });

  it('reads numeric ages and the nationwide list as kr, and corrects an address without a scheme', () => {
    const draft = draftOf('20260115005400100021');
    expect(draft.data.regions).toEqual(['kr']);
    expect(draft.data.eligibility?.age).toEqual({ min: 15, max: 34 });
    expect(draft.data.eligibility?.employment).toEqual(['unemployed']);
    expect(draft.data.application).toMatchObject({ period: { type: 'always' }, method: ['online', 'visit'] });
    expect(draft.warnings.join()).toContain("'www.work24.go.kr'을(를) https://www.work24.go.kr/(으)로 고쳤습니다");
  });

  it('ignores sprtTrgtAgeLmtYn: ages of 0 mean no age rule even when the flag says Y', () => {
    expect(draftOf('20260110005400113101').data.eligibility?.age).toBeUndefined();
  });

  it('keeps inexact code lists as conditions, drops plain http, and uses the second reference address', () => {
    const draft = draftOf('20260110005400113101');
    expect(draft.data.eligibility).toMatchObject({
      marital: 'single',
      income: '연소득 5,000만원 이하',
      conditions: [
        '취업 상태: 재직자, 일용근로자 (공고에서 확인하세요)',
        '학력: 대학 재학, 대졸 예정 (공고에서 확인하세요)',
        // The record's qualification field is empty: silence is not "no condition".
        '온통청년에 자격 조건이 따로 적혀 있지 않아요. 정책 설명과 공고에서 대상을 확인하세요.',
      ],
      excluded: ['국민기초생활보장 생계급여 수급자', '다른 자산형성 통장 가입자'],
    });
    expect(draft.data.eligibility?.employment).toBeUndefined();
    expect(draft.data.source.url).toBe('https://www.seogu.gwangju.kr/youth');
    expect(draft.data.application.method).toEqual(['visit', 'mail']);
    expect(draft.warnings.join()).toContain('https가 아닌 주소(http)라서 뺐습니다');
  });

  it('chooses the current one of several ranges and lists them all in the body', () => {
    const draft = draftOf('20260110005400113101');
    expect(draft.data.application.period).toEqual({ type: 'fixed', start: '2026-07-06', end: '2026-07-31' });
    expect(draft.body).toContain('신청 기간(원문): 2026-01-05 \\~ 2026-01-30, 2026-07-06 \\~ 2026-07-31');
    const early = mapOntongRecord(record('20260110005400113101'), 2, { ...context, today: '2026-01-10' });
    expect(early.kind === 'policy' && early.draft.data.application.period).toEqual({
      type: 'fixed',
      start: '2026-01-05',
      end: '2026-01-30',
    });
  });

  it('maps 마감, an email application and the documented 참여권리 spelling', () => {
    const draft = draftOf('20260320005400213200');
    expect(draft.data).toMatchObject({
      category: 'participation',
      regions: ['gunsan'],
      application: { period: { type: 'closed' }, method: ['email'] },
    });
  });

  it('escapes HTML and Markdown from upstream text in the body', () => {
    const draft = draftOf('20261028005400213377');
    expect(draft.body).toContain('\\<b\\>교육비 전액\\</b\\> 지원 \\[숙식 제공\\] \\*선착순\\*');
    expect(draft.body).not.toMatch(/(^|[^\\])<b>/);
    expect(draft.data.regions).toEqual(['gwangju', 'jeonbuk']);
    expect(draft.data.eligibility?.employment).toEqual(['founder', 'unemployed']);
  });

  it('skips a policy for places regions.yaml does not have, and says why', () => {
    const skipped = outcomes.find((outcome) => outcome.kind === 'skipped');
    expect(skipped).toMatchObject({ key: '20260210005400112000', reason: expect.stringContaining('11110,11140') });
  });

  it('imports a 특정기간 record without dates as a draft, and leaves out a method the notice does not give', () => {
    const draft = draftOf('20260901005400110550');
    expect(draft.data.draft).toBe(true);
    expect(draft.review).toContain('신청 기간이 비어 있어');
    expect(draft.data.regions).toEqual(['gwangju-seogu', 'gwangju-namgu']);
    expect(draft.data.application.method).toBeUndefined();
    expect(draft.warnings).toEqual([
      expect.stringContaining('0013099'),
      expect.stringContaining('신청 방법(application.method)을 비워 두었습니다'),
    ]);
  });

  it('falls back to the 온통청년 page when a record has no https address at all', () => {
    const bare = { ...record('20260320005400213200'), refUrlAddr1: 'http://www.gunsan.go.kr' };
    const outcome = mapOntongRecord(bare, 0, context);
    expect(outcome.kind === 'policy' && outcome.draft.data.source.url).toBe(ontongDetailUrl('20260320005400213200'));
  });

  const errorsOf = (changes: Record<string, unknown>): string[] => {
    const outcome: RecordOutcome = mapOntongRecord({ ...record('20260302005400110001'), ...changes }, 4, context);
    return outcome.kind === 'skipped' ? [outcome.reason] : [];
  };

  it('skips a record without a number or a name, naming the record', () => {
    const outcome = mapOntongRecord({ ...record('20260302005400110001'), plcyNo: '  ' }, 4, context);
    expect(outcome).toMatchObject({ kind: 'skipped', label: '5번째 정책 (정책번호 없음, 광주 청년 월세 지원)' });
    expect(errorsOf({ plcyNo: '' })).toEqual(['정책번호(plcyNo)가 없습니다.']);
    expect(errorsOf({ plcyNm: '    ' })).toEqual(['정책명(plcyNm)이 없습니다.']);
  });

  it('skips a record with a javascript: address, a bad date, an unknown category or an impossible age range', () => {
    expect(errorsOf({ aplyUrlAddr: 'javascript:alert(1)' })[0]).toContain('허용되지 않는 형식');
    expect(errorsOf({ refUrlAddr2: 'java\nscript:alert(1)' })[0]).toContain('허용되지 않는 형식');
    expect(errorsOf({ aplyYmd: '20261301 ~ 20261231' })[0]).toContain('존재하지 않는 날짜');
    expect(errorsOf({ lclsfNm: '금융' })[0]).toContain("정책 대분류(lclsfNm) '금융'");
    expect(errorsOf({ sprtTrgtMinAge: '40', sprtTrgtMaxAge: '20' })[0]).toContain('최소 나이(40)');
  });

  it('reads income amounts in 만원 or 원, whichever the record used', () => {
    expect(formatIncome(5000)).toBe('5,000만원');
    expect(formatIncome(60_000_000)).toBe('6,000만원');
  });
});

describe('content limits before writing', () => {
  it('skips, with a Korean reason, a record whose file would break the 512 KB limit, and writes the rest', () => {
    const drafts = outcomes.flatMap((outcome) => (outcome.kind === 'policy' ? [outcome.draft] : []));
    const [huge, ...rest] = drafts as [PolicyDraft, ...PolicyDraft[]];
    const result = planImport({
      drafts: [{ ...huge, body: `## 지원 내용\n\n${'- 가나다라마바사아자차카타파하\n'.repeat(20_000)}` }, ...rest],
      skipped: [],
      existing: [],
      organizations,
      countryRegion: 'kr',
      isOwned: () => false,
    });
    expect(result.writes.map((write) => write.path)).not.toContain(huge.path);
    expect(result.report.added).toHaveLength(rest.length);
    expect(result.report.skipped).toEqual([
      { label: huge.label, reason: expect.stringMatching(/^만들 파일이 너무 큽니다\(\d+ KB, 한도 512 KB\)/) },
    ]);
  });
});

describe('a hostile 온통청년 record', () => {
  const base = record('20260302005400110001');
  const hostile: [string, Record<string, unknown>][] = [
    ['a Windows device name as 정책번호', { plcyNo: 'con' }],
    ['another device name', { plcyNo: 'COM1' }],
    ['a 300-character 정책번호', { plcyNo: '1'.repeat(300) }],
    ['a 20-digit amount', { earnMaxAmt: '12345678901234567890', earnCndSeCd: '0043002' }],
    ['중위소득 0%', { earnEtcCn: '기준 중위소득 0% 이하' }],
  ];

  it.each(hostile)('is skipped with a Korean reason, the rest imported: %s', (_name, change) => {
    const outcome = mapOntongRecord({ ...base, ...change }, 0, context);
    const drafts = outcomes.flatMap((entry) => (entry.kind === 'policy' ? [entry.draft] : []));
    const others = drafts.filter((draft) => draft.key !== '20260302005400110001');
    const result = planImport({
      drafts: [...(outcome.kind === 'policy' ? [outcome.draft] : []), ...others],
      skipped: outcome.kind === 'skipped' ? [outcome] : [],
      existing: [],
      organizations,
      countryRegion: 'kr',
      isOwned: () => false,
    });
    expect(result.errors).toEqual([]);
    expect(result.report.added).toHaveLength(others.length);
    expect(result.report.skipped).toHaveLength(1);
    expect(result.report.skipped[0]?.reason).toMatch(/[가-힣]/);
    expect(result.report.skipped[0]?.reason).not.toMatch(/Error|undefined|Cannot/);
  });
});

describe('contradictory values of one record', () => {
  it('names an income text that speaks of another 중위소득 % than the condition', () => {
    const draft = draftOf('20260302005400110001');
    const data = {
      ...draft.data,
      provider: 'x',
      eligibility: {
        ...draft.data.eligibility,
        income: '기준 중위소득 120% 이하',
        medianIncome: [{ percent: 150, household: 'own' }],
      },
    };
    expect(contradictions(data as never)).toEqual([
      '소득 설명은 기준 중위소득 120%를 말하지만 중위소득 조건은 150%입니다. 공고에서 확인하세요.',
    ]);
    expect(contradictions({ ...draft.data, provider: 'x' } as never)).toEqual([]);
  });
});

describe('re-importing', () => {
  const drafts = outcomes.flatMap((outcome) => (outcome.kind === 'policy' ? [outcome.draft] : []));
  const plan = (existing: ExistingPolicy[], only = drafts) =>
    planImport({
      drafts: only,
      skipped: [],
      existing,
      organizations: existing.length > 0 ? [...organizations, { id: 'sanrimcheong', name: '산림청' }] : organizations,
      countryRegion: 'kr',
      isOwned: (file) => storedImportHash(file.text) !== undefined,
    });
  const first = plan([]);
  const written = first.writes
    .filter((write) => write.path.startsWith('policies/'))
    .map((write) => ({
      path: write.path,
      text: write.text,
      key: /ontong: "(\d+)"/.exec(write.text)?.[1],
      title: '',
    }));

  it('adds every policy once and creates the one provider it does not know', () => {
    expect(first.report.added).toHaveLength(6);
    expect(first.report.organizations).toEqual([
      { id: 'sanrimcheong', name: '산림청', kind: 'national', path: 'organizations/sanrimcheong.yaml' },
    ]);
  });

  it('changes nothing when the same file is imported twice', () => {
    const again = plan(written);
    expect(again.writes).toEqual([]);
    expect(again.report.unchanged).toHaveLength(6);
    expect(again.report.updated).toEqual([]);
  });

  it('stores a fingerprint that matches the file, so an untouched file is recognised', () => {
    for (const file of written) expect(importHashOf(file.text)).toBe(storedImportHash(file.text));
  });

  it('updates an untouched file when upstream changed, keeping the file where an editor moved it', () => {
    const moved = written.map((file) =>
      file.key === '20260302005400110001' ? { ...file, path: 'policies/gwangju/rent.md' } : file,
    );
    const changed = drafts.map((draft) =>
      draft.key === '20260302005400110001'
        ? { ...draft, data: { ...draft.data, title: '광주 청년 월세 한시 지원' } }
        : draft,
    );
    const result = plan(moved, changed);
    expect(result.report.updated).toEqual([
      { key: '20260302005400110001', title: '광주 청년 월세 한시 지원', path: 'policies/gwangju/rent.md' },
    ]);
    expect(result.writes.map((write) => write.path)).toEqual(['policies/gwangju/rent.md']);
  });

  it("keeps an editor's changes, and says when upstream changed too", () => {
    const edited = written.map((file) =>
      file.key === '20260302005400110001'
        ? { ...file, text: file.text.replace('월 최대 20만원', '월 최대 25만원') }
        : file,
    );
    const same = plan(edited);
    expect(same.writes).toEqual([]);
    expect(same.report.kept).toEqual([
      expect.objectContaining({
        key: '20260302005400110001',
        reason: '편집자가 고친 파일입니다',
        upstreamChanged: false,
      }),
    ]);
    const changed = drafts.map((draft) =>
      draft.key === '20260302005400110001' ? { ...draft, data: { ...draft.data, summary: '새 요약' } } : draft,
    );
    expect(plan(edited, changed).report.kept[0]?.upstreamChanged).toBe(true);
  });

  it('treats a file whose fingerprint was removed as the editor’s own', () => {
    const handwritten = written.map((file) => ({ ...file, text: file.text.replace(/^\s+importHash:.*\n/m, '') }));
    const result = plan(handwritten);
    expect(result.writes).toEqual([]);
    expect(result.report.kept).toHaveLength(6);
  });

  it('reports entries that disappeared upstream and never deletes them', () => {
    const result = plan(written, drafts.slice(1));
    expect(result.report.disappeared).toEqual([
      { key: '20260302005400110001', title: '', path: 'policies/ontong/20260302005400110001.md' },
    ]);
    expect(result.writes).toEqual([]);
  });

  it('renders files that read back to the same data', () => {
    const draft = draftOf('20260110005400113101');
    const text = renderPolicyFile({ ...draft.data, provider: 'gwangju-seogu' }, draft.body);
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', { version: '1.1' });
    expect(policySchema.parse(frontmatter)).toMatchObject({ ...draft.data, provider: 'gwangju-seogu' });
  });
});

describe('providers on re-import', () => {
  it('keeps pointing at an organization an earlier import created, even after an editor renamed it', () => {
    const draft = draftOf('20261028005400213377');
    const first = planImport({
      drafts: [draft],
      skipped: [],
      existing: [],
      organizations,
      countryRegion: 'kr',
      isOwned: () => true,
    });
    const written = first.writes.find((write) => write.path.startsWith('policies/'));
    const result = planImport({
      drafts: [draft],
      skipped: [],
      existing: [{ path: written?.path ?? '', text: written?.text ?? '', key: draft.key, title: '' }],
      organizations: [...organizations, { id: 'sanrimcheong', name: '산림청 (Korea Forest Service)' }],
      countryRegion: 'kr',
      isOwned: () => true,
    });
    expect(result.report.organizations).toEqual([]);
    expect(result.report.unchanged).toHaveLength(1);
  });
});

describe('regions and applicants decided from real records (tests/fixtures/ontong/shared-sample-bodies.json)', () => {
  const table = nationalCodeTable();
  const shared = parseOntongResponse(readFileSync('tests/fixtures/ontong/shared-sample-bodies.json', 'utf8'), 'x');
  const national = { regions: table.regions, codeTable: table, today: '2026-01-10', folder: 'ontong' };
  const drafts = ('records' in shared ? shared.records : []).flatMap((item, index) => {
    const outcome = mapOntongRecord(item, index, national);
    return outcome.kind === 'policy' ? [outcome.draft] : [];
  });
  const byKey = (key: string) => drafts.find((draft) => draft.key === key);

  it("publishes a 시·도's nationwide-coded programme for the 시·도, and one that invites outsiders nationwide with the reason on the page", () => {
    expect(byKey('20251214005400212001')?.data.regions).toEqual(['chungnam']);
    const uiryeong = byKey('20251114005400211895');
    expect(uiryeong?.data.regions).toEqual(['kr']);
    expect(uiryeong?.data.eligibility?.conditions).toContain(
      '의령군 밖에 사는 청년도 대상입니다 (공고: "청년 의령 살아보기")',
    );
    // 행정안전부 supervises a 강원 programme: narrowed, and the editor is asked.
    const gangwon = byKey('20250430005400210731');
    expect(gangwon?.data.regions).toEqual(['gangwon']);
    expect(gangwon?.warnings.join(' ')).toContain('행정안전부');
  });

  it('marks infrastructure as no one applying, and keeps committee recruitment a tagged person', () => {
    expect(byKey('20251214005400212000')?.data.eligibility?.applicant).toBe('none');
    expect(byKey('20251111005400211836')?.data.eligibility?.applicant).toBe('none');
    const committee = byKey('20250909005400111689');
    expect(committee?.data.eligibility?.applicant).toBeUndefined();
    expect(committee?.data.tags).toContain('위원 모집');
  });

  it('counts every decision in the report and lists the ones that are not routine', () => {
    const plan = planImport({
      drafts,
      skipped: [],
      existing: [],
      organizations: [],
      countryRegion: 'kr',
      isOwned: () => true,
    });
    const text = formatReport(plan.report, { dryRun: true });
    expect(text).toContain('대상 지역 판단: 6건');
    expect(text).toMatch(/2건 {2}등록 기관 지역으로 좁힘/);
    expect(text).toContain('· 다른 지역 청년도 대상 (전국 유지): 경상남도 의령군이(가) 등록했지만');
    expect(text).toMatch(/2건 {2}신청하는 사업이 아님/);
  });
});
