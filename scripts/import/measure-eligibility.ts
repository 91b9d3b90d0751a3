// `npx tsx scripts/import/measure-eligibility.ts <온통청년 응답.json>`: how many of the
// records' eligibility conditions the importer turns into structured fields the finder can
// decide, per kind of condition (취업, 학력, 혼인, 특화, 전공, 소득).
import { readFileSync } from 'node:fs';
import { incomeConditionCodes, mapJobCodes, mapMaritalCode, mapSchoolCodes } from './codes';
import { addEligibilityFields } from './eligibility-fields';
import { type OntongRecord, parseOntongResponse } from './ontong';
import { cleanText } from './text';

const file = process.argv[2];
if (!file) {
  console.error('사용법: npx tsx scripts/import/measure-eligibility.ts <온통청년 응답.json>');
  process.exit(1);
}
const parsed = parseOntongResponse(readFileSync(file, 'utf8'), file);
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(1);
}
const records = parsed.records as (OntongRecord & Record<string, unknown>)[];
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
const fields = (record: (typeof records)[number]) => {
  const eligibility = {};
  addEligibilityFields(record, eligibility, []);
  return eligibility as Record<string, unknown>;
};
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
console.log(`${file}: 레코드 ${records.length}건`);
for (const [name, total, structured] of rows) {
  console.log(
    `${name}: 조건 ${total}건 중 ${structured}건 구조화 (${total ? Math.round((structured / total) * 100) : 0}%)`,
  );
}
const [all, done] = rows.slice(0, 6).reduce(([a, b], [, total, structured]) => [a + total, b + structured], [0, 0]);
console.log(`전체: 조건 ${all}건 중 ${done}건 구조화 (${Math.round((done / all) * 100)}%)`);
