import { describe, expect, it } from 'vitest';
import { siteNameOf } from '../../src/lib/apply-route';
import { centerSchema } from '../../src/schemas/center';
import { isHttpsUrl, isOneLineText } from '../../src/schemas/common';
import { organizationSchema } from '../../src/schemas/organization';
import { policySchema } from '../../src/schemas/policy';
import { programSchema } from '../../src/schemas/program';
import { regionSchema } from '../../src/schemas/region';

/** A typical policy (docs/content-model.md), as YAML hands it over (dates as Date objects). */
const examplePolicy = () => ({
  title: '청년 주택임차보증금 이자 지원',
  summary: '무주택 청년의 전·월세 보증금 대출이자를 연 최대 2%까지 지원합니다.',
  category: 'housing',
  tags: ['전월세', '보증금', '대출이자'],
  provider: 'gwangju-city',
  regions: ['gwangju'],
  eligibility: {
    age: { min: 19, max: 39 },
    conditions: ['광주시에 주민등록을 둔 무주택 세대주', '임차보증금 3억원 이하'],
  },
  application: {
    period: { type: 'fixed', start: new Date('2026-03-02'), end: new Date('2026-12-31') },
    method: ['online'],
    url: 'https://youth.gwangju.go.kr/',
    documents: ['주민등록등본', '임대차계약서 사본', '대출실행 내역서'],
  },
  support: { summary: '보증금 대출이자 연 최대 2% (최대 2년)' },
  source: { url: 'https://youth.gwangju.go.kr/' },
  updated: new Date('2026-10-01'),
});

const exampleProgram = () => ({
  title: '배터리성능평가사 자격 과정',
  summary: '이차전지 기초와 실습을 거쳐 자격시험까지 응시하는 과정입니다.',
  category: 'education',
  type: 'certification',
  center: 'gunsan-youth-center',
  partners: ['gunsan-some-partner'],
  regions: ['gunsan'],
  schedule: {
    summary: '2일 집중 과정',
    sessions: [{ start: '2026-05-09T09:00+09:00', end: '2026-05-09T18:00+09:00' }],
  },
  registration: { type: 'closed' },
  application: { method: ['visit'] },
  updated: '2026-09-10',
});

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('policy schema', () => {
  it('accepts the example policy of the content model and keeps dates as YYYY-MM-DD', () => {
    const result = policySchema.safeParse(examplePolicy());
    expect(issues(result)).toEqual([]);
    expect(result.data?.application.period).toEqual({ type: 'fixed', start: '2026-03-02', end: '2026-12-31' });
    expect(result.data?.updated).toBe('2026-10-01');
  });

  it('names a missing required field in Korean', () => {
    const { title: _title, ...untitled } = examplePolicy();
    expect(issues(policySchema.safeParse(untitled))).toEqual([
      { path: 'title', message: '필수 항목이 없습니다. 이 항목을 추가하세요.' },
    ]);
  });

  it('catches a misspelt field such as sumary', () => {
    const { summary, ...rest } = examplePolicy();
    const result = issues(policySchema.safeParse({ ...rest, sumary: summary }));
    expect(result).toContainEqual({ path: '', message: '알 수 없는 항목입니다: sumary. 철자를 확인하거나 지우세요.' });
    expect(result).toContainEqual({ path: 'summary', message: '필수 항목이 없습니다. 이 항목을 추가하세요.' });
  });

  it('refuses an application period that ends before it starts, pointing at the end date', () => {
    const policy = examplePolicy();
    policy.application.period = { type: 'fixed', start: new Date('2026-12-31'), end: new Date('2026-03-02') };
    expect(issues(policySchema.safeParse(policy))).toEqual([
      { path: 'application.period.end', message: '종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.' },
    ]);
  });

  it('refuses an impossible date written as text', () => {
    const policy = { ...examplePolicy(), updated: '2026-02-30' };
    expect(issues(policySchema.safeParse(policy))[0]?.path).toBe('updated');
  });

  it('requires the application form address when the method is online', () => {
    const policy = examplePolicy();
    const { url: _url, ...application } = policy.application;
    expect(issues(policySchema.safeParse({ ...policy, application }))).toEqual([
      { path: 'application.url', message: '신청 방법에 online이 있으면 신청서 주소(application.url)를 적어야 합니다.' },
    ]);
  });

  it.each(['http://youth.gwangju.go.kr/', 'javascript:alert(1)', 'data:text/html,hi', 'youth.gwangju.go.kr'])(
    'refuses the non-https address %s',
    (url) => {
      const policy = examplePolicy();
      policy.application.url = url;
      expect(issues(policySchema.safeParse(policy))).toEqual([
        { path: 'application.url', message: 'https://로 시작하는 전체 주소를 적으세요.' },
      ]);
    },
  );

  it('refuses a category outside the five fixed ones, listing them', () => {
    const result = issues(policySchema.safeParse({ ...examplePolicy(), category: 'culture' }));
    expect(result[0]?.message).toContain('jobs, housing, education, welfare-culture, participation');
  });

  it('refuses a title longer than 80 characters', () => {
    expect(issues(policySchema.safeParse({ ...examplePolicy(), title: '가'.repeat(81) }))).toEqual([
      { path: 'title', message: '80자 이하로 줄이세요.' },
    ]);
  });

  it('refuses an age range whose minimum is above its maximum', () => {
    const policy = examplePolicy();
    policy.eligibility.age = { min: 40, max: 19 };
    expect(issues(policySchema.safeParse(policy))[0]?.path).toBe('eligibility.age.max');
  });

  it('takes 선정 방법, 지원 규모 and 사업 기간, and says in Korean when one is left empty', () => {
    const policy = examplePolicy();
    const filled = {
      ...policy,
      application: { ...policy.application, selection: '서류 심사 후 면접' },
      support: { ...policy.support, scale: '100명', period: '2026년 3월 ~ 12월' },
    };
    expect(issues(policySchema.safeParse(filled))).toEqual([]);
    const empty = { ...policy, support: { ...policy.support, scale: '' } };
    expect(issues(policySchema.safeParse(empty))).toEqual([
      { path: 'support.scale', message: '지원 규모를 적거나 이 줄을 지우세요. 예: 100명' },
    ]);
  });

  it('refuses an employment value that is not in the content model', () => {
    const policy = { ...examplePolicy(), eligibility: { employment: ['student'] } };
    expect(issues(policySchema.safeParse(policy))[0]?.path).toBe('eligibility.employment.0');
  });
});

describe('program schema', () => {
  it('accepts a program and makes the fee 0 (free) when absent', () => {
    const result = programSchema.safeParse(exampleProgram());
    expect(issues(result)).toEqual([]);
    expect(result.data?.fee).toBe(0);
  });

  it('refuses a session that ends before it starts', () => {
    const program = exampleProgram();
    program.schedule.sessions = [{ start: '2026-05-09T18:00+09:00', end: '2026-05-09T09:00+09:00' }];
    expect(issues(programSchema.safeParse(program))).toEqual([
      { path: 'schedule.sessions.0.end', message: '회차가 시작하기 전에 끝납니다. 시작·종료 일시를 확인하세요.' },
    ]);
  });

  it('requires a time zone on session times', () => {
    const program = exampleProgram();
    program.schedule.sessions = [{ start: '2026-05-09T09:00', end: '2026-05-09T18:00+09:00' }];
    expect(issues(programSchema.safeParse(program))[0]?.path).toBe('schedule.sessions.0.start');
  });

  it('normalises a session time that YAML turned into a Date to Seoul time', () => {
    const program = {
      ...exampleProgram(),
      schedule: {
        summary: '1회',
        sessions: [{ start: new Date('2026-05-09T00:00:00Z'), end: new Date('2026-05-09T09:00:00Z') }],
      },
    };
    expect(programSchema.parse(program).schedule.sessions?.[0]).toEqual({
      start: '2026-05-09T09:00+09:00',
      end: '2026-05-09T18:00+09:00',
    });
  });

  it('refuses a program type outside the list', () => {
    expect(issues(programSchema.safeParse({ ...exampleProgram(), type: 'workshop' }))[0]?.path).toBe('type');
  });
});

describe('regions, organizations and centers', () => {
  it('requires 2- or 5-digit 법정동 codes as text', () => {
    expect(regionSchema.safeParse({ id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' }).success).toBe(true);
    expect(
      issues(regionSchema.safeParse({ id: 'gwangju', name: '광주광역시', code: '2914', parent: 'kr' }))[0]?.path,
    ).toBe('code');
  });

  it('accepts only the organization kinds of the content model', () => {
    expect(organizationSchema.safeParse({ name: '군산시', kind: 'city' }).success).toBe(true);
    expect(organizationSchema.safeParse({ name: '군산시', kind: 'town' }).success).toBe(false);
  });

  it('requires a center address and a valid e-mail', () => {
    const center = { name: '청년센터', region: 'gunsan', address: '전북특별자치도 군산시', updated: '2026-10-01' };
    expect(centerSchema.safeParse(center).success).toBe(true);
    expect(issues(centerSchema.safeParse({ ...center, email: 'not-an-email' }))[0]?.path).toBe('email');
  });

  it('takes a center kind and its 온통청년 number as text, refusing other kinds and bare numbers', () => {
    const center = { name: '충주시 청년센터', region: 'chungju', address: '충주시 관아 1길 20', updated: '2026-10-01' };
    const imported = { ...center, kind: 'center', source: { ontongCenter: '10269', importHash: '0123456789abcdef' } };
    expect(centerSchema.safeParse(imported).success).toBe(true);
    expect(issues(centerSchema.safeParse({ ...center, kind: 'office' }))[0]?.path).toBe('kind');
    expect(issues(centerSchema.safeParse({ ...center, source: { ontongCenter: 10269 } }))[0]?.path).toBe(
      'source.ontongCenter',
    );
    expect(issues(centerSchema.safeParse({ ...center, source: { ontong: '10269' } }))[0]?.path).toBe('source');
  });
});

describe('titles and addresses a reader cannot be misled by (issue 25)', () => {
  it.each(['광주 청년\u202e원만01 지원', '청년\u200b월세', '청년\n월세', '청년\u0007월세', '\u2066청년\u2069'])(
    'refuses the title %j',
    (title) => {
      expect(isOneLineText(title)).toBe(false);
    },
  );

  it('keeps Korean titles and emoji with a joiner', () => {
    expect(isOneLineText('광주 청년 월세 지원 (2026)')).toBe(true);
    expect(isOneLineText('가족 👨\u200d👩\u200d👧 캠프')).toBe(true);
  });

  it.each([
    'https://localhost/apply',
    'https://127.0.0.1/apply',
    'https://10.0.0.1/',
    'https://[::1]/',
    'https://intranet/apply',
    'https://constructor/',
    'https://a.localhost/',
  ])('refuses the apply address %s', (url) => {
    expect(isHttpsUrl(url)).toBe(false);
  });

  it.each(['https://www.gov.kr/', 'https://youth.gwangju.go.kr/a?b=1', 'https://korea-pass.kr', 'https://청년.kr/'])(
    'accepts the public address %s',
    (url) => {
      expect(isHttpsUrl(url)).toBe(true);
    },
  );

  it('never names a portal from a prototype member', () => {
    expect(siteNameOf('https://constructor/')).toBe('constructor');
    expect(siteNameOf('https://__proto__/')).toBe('__proto__');
  });
});
