/**
 * A fixed set of finder profiles, written as finder addresses (the content model's
 * parameter names), used to measure how often the finder dares to decide. The first two
 * are the acceptance profile of issue #15 before and after its follow-up questions.
 */
export const profileSet: readonly { name: string; query: string }[] = [
  {
    name: '27세 광주 서구 미취업 대졸, 일자리·주거 (기본 질문만)',
    query:
      'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&category=jobs&category=housing',
  },
  {
    name: '같은 사람, 추가 질문 답함 (무주택·따로 삶·세대주·1인 가구 월 180만원)',
    query:
      'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&category=jobs&category=housing&homeless=1&apart=1&householder=1&household=1&income=180',
  },
  {
    name: '같은 사람, 모든 분야, 추가 질문과 특화 대상 없음',
    query:
      'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&homeless=1&apart=1&householder=1&household=1&income=180&annualIncome=0&group=none&months=24',
  },
  { name: '25세 군산 미취업', query: 'age=25&region=gunsan&employment=unemployed' },
  {
    name: '21세 광주 북구 대학생, 부모님과 삶',
    query:
      'age=21&region=gwangju-bukgu&employment=unemployed&education=university-student&marital=single&apart=0&parentsHousehold=4&parentsIncome=500',
  },
  {
    name: '31세 광주 광산구 중소기업 재직, 1인 가구 월 250만원',
    query:
      'age=31&region=gwangju-gwangsangu&employment=employed&education=university-graduate&marital=single&group=sme-worker&household=1&income=250&annualIncome=3000&homeless=1&apart=1&householder=1',
  },
  { name: '35세 광주 남구 예비창업자', query: 'age=35&region=gwangju-namgu&employment=founder&marital=married' },
  {
    name: '20세 광주 동구 자립준비청년',
    query: 'age=20&region=gwangju-donggu&employment=unemployed&education=high-school-graduate&group=care-leaver',
  },
  { name: '42세 광주 서구 재직자', query: 'age=42&region=gwangju-seogu&employment=employed' },
  { name: '아무것도 답하지 않음', query: '' },
  { name: '1999년생 전북, 나머지 모름', query: 'age=1999&region=jeonbuk' },
  {
    name: '29세 광주 북구 기혼 재직, 2인 가구 월 600만원, 유주택',
    query:
      'age=29&region=gwangju-bukgu&employment=employed&marital=married&household=2&income=600&annualIncome=4000&homeless=0&householder=1&apart=1&group=none',
  },
];

/**
 * The three people of issue #23, tried on the shared 온통청년 records with the clock in
 * 2025 (`--set real --today 2025-07-01`): what they would tell the finder, basics and
 * follow-ups alike.
 */
export const realProfileSet: readonly { name: string; query: string }[] = [
  {
    name: '27세 미취업 대졸, 광주 서구, 1인 가구 월 0원, 무주택·따로 삶·세대주',
    query:
      'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&homeless=1&apart=1&householder=1&household=1&income=0&annualIncome=0&group=none&months=24',
  },
  {
    name: '34세 기혼 직장인, 화성 동탄구, 2인 가구 월 650만원, 무주택 세대주',
    query:
      'age=34&region=hwaseong-dongtangu&employment=employed&education=university-graduate&marital=married&homeless=1&apart=1&householder=1&household=2&income=650&annualIncome=4800&group=sme-worker&months=36',
  },
  {
    name: '19세 고졸 자립준비청년, 순천, 1인 가구 월 120만원',
    query:
      'age=19&region=suncheon&employment=unemployed&education=high-school-graduate&marital=single&homeless=1&apart=1&householder=1&household=1&income=120&annualIncome=1000&group=care-leaver&months=12',
  },
];
