// `npx tsx scripts/import/measure-eligibility.ts <온통청년 응답.json>`: how many of the
// records' eligibility conditions the importer turns into structured fields the finder can
// decide, per kind of condition (취업, 학력, 혼인, 특화, 전공, 소득), then the conditions
// written only in the qualification text (무주택, 부모와 따로, 세대주, 거주 기간, 자립준비청년),
// and how many records without a qualification text still say where to read it.
import { incomeConditionCodes, mapJobCodes, mapMaritalCode, mapSchoolCodes } from './codes';
import { eligibilityOf } from './ontong-fields';
import { savedRecordsFromArgs } from './saved-records';
import { cleanText } from './text';

const { file, records } = savedRecordsFromArgs('measure-eligibility.ts');
const restricted = (raw: unknown, none: string) => cleanText(raw) !== '' && !cleanText(raw).includes(none);
const rows: [string, number, number][] = [];
const tally = (
  name: string,
  has: (r: (typeof records)[number]) => boolean,
  done: (r: (typeof records)[number]) => boolean,
) => {
  const withCondition = records.filter(has);
  rows.push([name, withCondition.length, withCondition.filter(done).length]);
};
const fields = (record: (typeof records)[number]) => eligibilityOf(record, { errors: [], notes: [] }) ?? {};
/** The qualification and income text of a record, where the text-only conditions are written. */
const text = (record: (typeof records)[number]) =>
  `${cleanText(record.addAplyQlfcCndCn)}\n${cleanText(record.earnEtcCn)}`;
tally(
  '취업 상태 (jobCd)',
  (r) => restricted(r.jobCd, '0013010'),
  (r) => mapJobCodes(r.jobCd).values !== undefined,
);
tally(
  '학력 (schoolCd)',
  (r) => restricted(r.schoolCd, '0049010'),
  (r) => mapSchoolCodes(r.schoolCd).values !== undefined,
);
tally(
  '혼인 (mrgSttsCd)',
  (r) => restricted(r.mrgSttsCd, '0055003'),
  (r) => mapMaritalCode(r.mrgSttsCd).values !== undefined,
);
tally(
  '특화 대상 (sbizCd)',
  (r) => restricted(r.sbizCd, '0014010'),
  (r) => fields(r).groups !== undefined,
);
tally(
  '전공 (plcyMajorCd)',
  (r) => restricted(r.plcyMajorCd, '0011009'),
  (r) => fields(r).majors !== undefined,
);
tally(
  '소득 (earnCndSeCd 연소득·기타)',
  (r) => cleanText(r.earnCndSeCd) !== '' && cleanText(r.earnCndSeCd) !== incomeConditionCodes.any,
  (r) => fields(r).annualIncome !== undefined || fields(r).medianIncome !== undefined,
);
tally(
  '  그중 기준 중위소득이 적힌 소득 문구',
  (r) => cleanText(r.earnEtcCn).includes('중위소득'),
  (r) => fields(r).medianIncome !== undefined,
);
const codeRows = rows.length;
tally(
  '무주택 (자격 문구)',
  (r) => text(r).includes('무주택'),
  (r) => fields(r).housing?.homeless === true,
);
tally(
  '부모와 따로 (자격 문구)',
  (r) => /부모(?:님)?(?:과|와|로부터)?\s*(?:별도|독립|따로|떨어져)/.test(text(r)),
  (r) => fields(r).housing?.apart === true,
);
tally(
  '세대주 (자격 문구)',
  (r) => text(r).includes('세대주'),
  (r) => fields(r).housing?.householder === true,
);
tally(
  '거주 기간 (자격 문구)',
  (r) => /\d+\s*(?:개월|년)\s*이상[^\n]*(?:거주|주소|주민등록)/.test(text(r)),
  (r) => fields(r).residenceMonths !== undefined,
);
tally(
  '자립준비청년 (자격 문구)',
  (r) => /자립\s*준비|보호\s*종료/.test(cleanText(r.addAplyQlfcCndCn)),
  (r) => fields(r).groups?.includes('care-leaver') === true,
);
tally(
  '자격 문구가 빈 레코드 (대상을 어디서 읽을지 조건으로 남김)',
  (r) => cleanText(r.addAplyQlfcCndCn).replace(/-/g, '').trim() === '',
  (r) => (fields(r).conditions ?? []).some((line) => /지원 대상:|자격 조건이 따로/.test(line)),
);
console.log(`${file}: 레코드 ${records.length}건`);
for (const [name, total, structured] of rows) {
  console.log(
    `${name}: 조건 ${total}건 중 ${structured}건 구조화 (${total ? Math.round((structured / total) * 100) : 0}%)`,
  );
}
const share = (part: typeof rows) => {
  const [all, done] = part.reduce(([a, b], [, total, structured]) => [a + total, b + structured], [0, 0]);
  return `조건 ${all}건 중 ${done}건 구조화 (${Math.round((done / all) * 100)}%)`;
};
console.log(`코드 항목 전체: ${share(rows.slice(0, 6))}`);
console.log(`자격 문구 항목 전체: ${share(rows.slice(codeRows, -1))}`);
console.log(`모두: ${share([...rows.slice(0, 6), ...rows.slice(codeRows, -1)])}`);
