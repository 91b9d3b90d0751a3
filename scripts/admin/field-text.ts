/**
 * What the CMS form says about each field: a short label and a hint an editor at a city
 * office can act on, in plain Korean with an example. The schemas' JSDoc is written for
 * people who edit the files by hand (it names ids and YAML syntax); where it would read
 * like a developer note in a form, the entry here replaces it. A field not listed gets
 * its JSDoc, and the unit test refuses any hint that still reads like code.
 *
 * Keys are field paths as in the field reference: `eligibility.age.min`,
 * `schedule.sessions[].start`; a period's fields are listed once under `period.`.
 */
export interface FieldText {
  label?: string;
  hint?: string;
}

export const fieldText: Record<string, FieldText> = {
  title: { label: '이름', hint: '공고에 나온 정식 이름을 80자 안으로 적습니다. 예: 청년 월세 지원' },
  summary: {
    label: '한 줄 설명',
    hint: '카드와 검색 결과에 보이는 한 문장입니다(160자 이하). 예: 무주택 청년에게 월 최대 20만원의 월세를 12개월 지원합니다.',
  },
  name: { hint: '정식 이름을 적습니다. 예: 광주청년센터' },
  category: { label: '분야', hint: '가장 가까운 분야 하나를 고릅니다. 예: 월세 지원은 주거' },
  tags: { label: '키워드', hint: '사람들이 검색할 만한 낱말을 하나씩 추가합니다. 예: 월세, 보증금' },
  regions: {
    label: '신청할 수 있는 지역',
    hint: '이 지역에 사는 사람이 신청할 수 있습니다. 시·도를 고르면 그 안의 모든 시·군·구 주민이 포함됩니다. 예: 서울특별시',
  },
  region: { label: '지역', hint: '목록에서 고릅니다. 예: 광주 서구' },
  eligibility: {
    label: '신청 자격',
    hint: '공고에 조건이 있는 항목만 채웁니다. 비워 둔 항목은 조건이 없다는 뜻입니다.',
  },
  'eligibility.age': { label: '나이', hint: '만 나이로 적습니다. 예: 19세부터 39세까지면 최소 19, 최대 39' },
  'eligibility.age.min': { label: '최소 만 나이', hint: '이 나이부터 신청할 수 있습니다. 예: 19' },
  'eligibility.age.max': { label: '최대 만 나이', hint: '이 나이까지 신청할 수 있습니다. 예: 39' },
  'eligibility.employment': {
    label: '취업 상태',
    hint: '공고가 정한 취업 상태를 모두 고릅니다. 조건이 없으면 비워 둡니다. 예: 미취업자',
  },
  'eligibility.education': {
    label: '학력',
    hint: '공고가 정한 학력을 모두 고릅니다. 조건이 없으면 비워 둡니다. 예: 대학 재학',
  },
  'eligibility.marital': { label: '혼인 여부', hint: '공고가 정할 때만 고릅니다. 예: 신혼부부 대상이면 기혼' },
  'eligibility.income': {
    label: '소득 기준 (공고 문구)',
    hint: '공고에 적힌 그대로 옮깁니다. 예: 기준 중위소득 150% 이하',
  },
  'eligibility.medianIncome': {
    label: '기준 중위소득 조건',
    hint: '공고가 기준 중위소득으로 소득을 제한할 때 추가합니다. 예: 청년 가구 기준 중위소득 60% 이하',
  },
  'eligibility.medianIncome[].percent': { label: '기준 중위소득 (%)', hint: '몇 % 이하인지 숫자로 적습니다. 예: 150' },
  'eligibility.medianIncome[].household': {
    label: '어느 가구의 소득인가',
    hint: '청년 본인의 가구인지 부모님 가구(원가구)인지 고릅니다. 예: 청년 가구',
  },
  'eligibility.annualIncome': {
    label: '연소득 조건',
    hint: '연소득 상한이 있을 때만 채웁니다. 예: 본인 연소득 5,000만원 이하',
  },
  'eligibility.annualIncome.max': { label: '연소득 상한 (원)', hint: '원 단위 숫자로 적습니다. 예: 50000000' },
  'eligibility.annualIncome.of': { label: '누구의 소득인가', hint: '본인 소득인지 가구 소득인지 고릅니다. 예: 본인' },
  'eligibility.housing': {
    label: '주거 조건',
    hint: '공고가 요구하는 주거 조건만 켭니다. 예: 무주택 청년 대상이면 무주택',
  },
  'eligibility.housing.homeless': { label: '무주택', hint: '가구원 모두 집이 없어야 하면 켭니다.' },
  'eligibility.housing.apart': { label: '부모와 따로 삶', hint: '부모님과 따로 사는 청년만 신청할 수 있으면 켭니다.' },
  'eligibility.housing.householder': { label: '세대주', hint: '세대주만 신청할 수 있으면 켭니다.' },
  'eligibility.groups': {
    label: '특화 대상',
    hint: '이 가운데 하나에 속해야 신청할 수 있을 때 고릅니다. 예: 중소기업 재직자 대상이면 중소기업 재직',
  },
  'eligibility.majors': { label: '전공', hint: '특정 전공만 신청할 수 있을 때 고릅니다. 예: 공학' },
  'eligibility.residenceMonths': {
    label: '거주 기간 (개월)',
    hint: '이 지역에 몇 개월 이상 살아야 하는지 적습니다. 예: 6개월 이상이면 6',
  },
  'eligibility.applicant': {
    label: '신청하는 사람',
    hint: '청년 본인이 신청하면 비워 둡니다. 기업이나 모임이 신청할 때만 고릅니다. 예: 청년 고용 장려금은 기업',
  },
  'eligibility.conditions': {
    label: '그 밖의 조건',
    hint: '위 항목으로 적을 수 없는 조건만 한 줄에 하나씩 적습니다. 예: 임차보증금 2억원 이하 주택',
  },
  'eligibility.excluded': { label: '신청할 수 없는 사람', hint: '한 줄에 하나씩 적습니다. 예: 주택 소유자' },
  updated: {
    label: '확인한 날',
    hint: '공고와 이 내용을 마지막으로 대조한 날을 달력에서 고릅니다. 예: 2026-10-01',
  },
  draft: {
    label: '초안',
    hint: '켜 두면 공개 사이트에 나오지 않습니다. 아직 확인 중인 내용일 때 켭니다.',
  },
  provider: {
    label: '주관·운영 기관',
    hint: '기관 이름으로 검색해 고릅니다. 목록에 없으면 먼저 기관을 추가합니다. 예: 광주광역시',
  },
  application: { label: '신청' },
  'application.period': { label: '신청 기간', hint: '상시, 기간을 정해 받음, 마감 가운데 하나를 고릅니다.' },
  'period.type': { label: '기간 종류', hint: '예: 접수 날짜가 정해져 있으면 기간을 정해 받음' },
  'period.start': { label: '첫날', hint: '접수를 시작하는 날을 달력에서 고릅니다. 예: 2026-03-02' },
  'period.end': { label: '마지막 날', hint: '이 날까지 신청할 수 있습니다. 달력에서 고릅니다. 예: 2026-12-31' },
  'application.method': { label: '신청 방법', hint: '공고에 나온 방법을 모두 고릅니다. 예: 온라인, 방문' },
  'application.url': {
    label: '신청서 주소',
    hint: '신청서를 내는 누리집 주소입니다. 신청 방법에 온라인이 있으면 꼭 적습니다. 예: https://youth.gwangju.go.kr/',
  },
  'application.documents': { label: '제출 서류', hint: '한 줄에 하나씩 적습니다. 예: 주민등록등본' },
  'application.contact': { label: '문의처', hint: '공고에 공개된 문의처만 적습니다.' },
  'application.contact.name': { label: '담당 부서', hint: '예: 광주광역시 청년정책과' },
  'application.contact.phone': { label: '전화번호', hint: '숫자와 하이픈으로 적습니다. 예: 062-613-0000' },
  'application.contact.email': { label: '이메일', hint: '예: youth@korea.kr' },
  support: { label: '지원 내용' },
  'support.summary': { label: '받는 것', hint: '받는 것을 한 줄로 적습니다. 예: 월 최대 20만원, 12개월' },
  'support.amount': {
    label: '최대 지원 금액 (원)',
    hint: '한 사람이 받을 수 있는 가장 큰 금액을 원 단위 숫자로 적습니다. 확실할 때만 적습니다. 예: 2400000',
  },
  source: { label: '출처' },
  'source.url': {
    label: '공고 주소',
    hint: '이 내용을 옮겨 온 공식 공고의 주소입니다. 예: https://www.gwangju.go.kr/',
  },
  'source.ontong': { label: '온통청년 정책번호', hint: '온통청년에서 가져온 정책일 때만 있습니다. 고치지 않습니다.' },
  'source.importHash': {
    label: '가져오기 기록',
    hint: '가져오기 도구가 적은 값입니다. 고치지 말고 그대로 둡니다.',
  },
  type: { label: '프로그램 종류', hint: '가장 가까운 종류 하나를 고릅니다. 예: 자격증 과정' },
  center: { label: '운영 청년센터', hint: '센터 이름으로 검색해 고릅니다. 예: 군산청년뜰' },
  partners: { label: '협력 기관', hint: '함께 운영하는 기관을 이름으로 검색해 고릅니다. 없으면 비워 둡니다.' },
  schedule: { label: '일정' },
  'schedule.sessions': { label: '회차', hint: '날짜가 정해진 회차를 하나씩 추가합니다.' },
  'schedule.sessions[].start': { label: '시작', hint: '날짜와 시간을 고릅니다. 예: 2026-04-07 19:00' },
  'schedule.sessions[].end': { label: '끝', hint: '날짜와 시간을 고릅니다. 예: 2026-04-07 21:00' },
  'schedule.summary': { label: '일정 설명', hint: '예: 매주 화·목 19:00–21:00, 총 8회' },
  registration: { label: '모집 기간', hint: '상시, 기간을 정해 받음, 마감 가운데 하나를 고릅니다.' },
  capacity: { label: '모집 인원', hint: '숫자만 적습니다. 예: 20' },
  fee: { label: '참가비 (원)', hint: '무료면 0을 적습니다. 예: 10000' },
  venue: { label: '장소', hint: '예: 군산청년뜰 2층 강의실' },
  outcome: { label: '참여하면 얻는 것', hint: '예: 수료증, 컴퓨터활용능력 2급 응시 자격' },
  address: { label: '주소', hint: '도로명 주소를 적습니다. 예: 광주광역시 동구 중앙로 160' },
  phone: { label: '대표 전화번호', hint: '공개된 번호만 적습니다. 예: 062-000-0000' },
  email: { label: '이메일', hint: '예: youth@korea.kr' },
  hours: { label: '운영 시간', hint: '예: 평일 09:00–18:00, 토요일 10:00–17:00' },
  url: { label: '누리집 주소', hint: 'https로 시작하는 주소를 적습니다. 예: https://youth.gwangju.go.kr/' },
  geo: { label: '지도 좌표', hint: '지도 앱에서 복사한 위도와 경도를 적습니다.' },
  'geo.lat': { label: '위도', hint: '예: 35.1468' },
  'geo.lng': { label: '경도', hint: '예: 126.9199' },
  kind: { label: '기관 종류', hint: '예: 시청' },
  id: {
    label: '지역 영문 이름',
    hint: '주소에 쓰이는 영문 소문자 이름입니다. 한 번 정하면 바꾸지 않습니다. 예: gwangju-seogu',
  },
  code: { label: '법정동 코드', hint: '시·도는 2자리, 시·군·구는 5자리 숫자입니다. 예: 29140' },
  parent: { label: '상위 지역', hint: '이 지역을 포함하는 시·도를 고릅니다. 예: 서울특별시' },
  body: {
    label: '본문',
    hint: '지원 내용, 신청 방법, 유의 사항을 제목(##)과 목록으로 나눠 씁니다. 예: ## 지원 내용',
  },
};

/** The text for a field: by its full path, then a period's field, then its own name. */
export function textFor(path: string): FieldText {
  const name = path.split('.').at(-1) ?? path;
  const periodField = /(?:^|\.)(?:period|registration)\.(\w+)$/.exec(path)?.[1];
  return (
    fieldText[path] ??
    (periodField ? fieldText[`period.${periodField}`] : undefined) ??
    fieldText[name.replace('[]', '')] ??
    {}
  );
}
