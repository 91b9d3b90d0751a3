import { applicationPeriodCodes } from './codes';
import { mapApplicationPeriod, type PeriodMapping } from './period';
import { cleanText, oneLine, withoutBullets } from './text';

/**
 * The application period from everything a 온통청년 record says, not from its code alone.
 * Records are coded 마감 (`aplyPrdSeCd` 0057003) while their own text says the programme
 * takes people all year (사업 기간 "상시", 신청 방법 "수시모집") or needs no application
 * at all ("별도 신청 불요"): such a programme is 상시. Dates a record gives for its round
 * still decide when that round closes. Every disagreement is said in the report.
 */

export interface StatusMapping extends PeriodMapping {
  /** Disagreements between the code and the text, for the report's 확인할 점. */
  notes: string[];
}

/** What the record's text says about when people may apply. */
export interface AlwaysOpenText {
  kind: 'always' | 'no-application';
  field: string;
  text: string;
  /** Whether the words are about applying (신청 방법, 신청기간: 상시) rather than the programme's run (사업 기간). */
  aboutApplying: boolean;
  /** The last year the text limits itself to ("2025년 상시"), if it names one. */
  year?: number;
}

/** "상시", "연중상시", "상시 연중", "상시접수", "수시모집", "2025년 상시", "상시(2025.01.01~12.31.)". */
const alwaysPhrase =
  /^(?:[‘'`’]?(\d{2}|\d{4})년\s*)?(?:연중\s*)?(?:상시|연중|수시)(?:\s*(?:연중|상시|운영|접수|모집|신청|가능|접속\s*가능|추진))*\s*(?:\(([^)]*)\))?\.?$/;
/** "접수기간 : 상시모집 (평일 …)", "○신청기간: 상시(선착순 마감)". */
const labelledAlways = /^(?:접수|신청|모집)\s*(?:기간|일정|시기)\s*[:：]\s*(?:연중\s*)?(?:상시|수시|연중)/;
/** "별도신청 불요", "별도 신청절차 없음", "신청 불필요", "별도의 추가 절차 없이 … 자동으로". */
const noApplication =
  /별도\s*(?:의\s*)?(?:추가\s*)?(?:신청|가입)?\s*(?:절차\s*)?(?:불요|불필요|없음|없이)|신청\s*(?:절차\s*)?(?:불요|불필요)|절차\s*없이[^.]*자동/;

/** 상시, 연중, 수시 anywhere (not 접수시스템, 상시근로자). */
const alwaysMention = /상시(?!\s*(?:근로|고용|채용))|연중|(?<!접)수시/;

/** Where each kind of words counts: the programme's own period and how to apply first. */
const textFields = ['plcyAplyMthdCn', 'plcySprtCn', 'etcMttrCn', 'srngMthdCn'] as const;

const linesOf = (value: unknown) =>
  cleanText(value)
    .split(/\r?\n|\\[nN]/)
    .map((line) => oneLine(withoutBullets(oneLine(line))))
    .filter((line) => line !== '');

function yearOf(text: string): number | undefined {
  const years = [...text.matchAll(/(?<!\d)(\d{4}|[‘'`’]\d{2})(?=\s*[년.])/g)].map((match) => {
    const digits = (match[1] ?? '').replace(/\D/g, '');
    return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  });
  return years.length === 0 ? undefined : Math.max(...years);
}

/** The first words of the record that say it is always open or needs no application. */
export function alwaysOpenText(record: Record<string, unknown>): AlwaysOpenText | undefined {
  for (const field of textFields) {
    const text = linesOf(record[field]).find((line) => noApplication.test(line));
    if (text !== undefined) return { kind: 'no-application', field, text, aboutApplying: true };
  }
  for (const field of textFields) {
    const text = linesOf(record[field]).find((line) => alwaysPhrase.test(line) || labelledAlways.test(line));
    if (text !== undefined) return withYear({ kind: 'always', field, text, aboutApplying: true });
  }
  const business = oneLine(cleanText(record.bizPrdEtcCn));
  if (alwaysPhrase.test(business))
    return withYear({ kind: 'always', field: 'bizPrdEtcCn', text: business, aboutApplying: false });
  return undefined;
}

function withYear(said: AlwaysOpenText): AlwaysOpenText {
  const year = yearOf(said.text);
  return year === undefined ? said : { ...said, year };
}

const fieldNames: Record<string, string> = {
  plcyAplyMthdCn: '신청 방법',
  plcySprtCn: '지원 내용',
  etcMttrCn: '기타 사항',
  srngMthdCn: '선정 방법',
  bizPrdEtcCn: '사업 기간',
};
const codeNames: Record<string, string> = {
  [applicationPeriodCodes.fixed]: '특정기간',
  [applicationPeriodCodes.always]: '상시',
  [applicationPeriodCodes.closed]: '마감',
};

/** `aplyPrdSeCd` and `aplyYmd` read together with the record's words. */
export function applicationStatusOf(record: Record<string, unknown>, today: string): StatusMapping {
  const coded = mapApplicationPeriod(record.aplyPrdSeCd, record.aplyYmd, today);
  const notes: string[] = [];
  if (coded.error !== undefined || coded.period.type === 'always') return { ...coded, notes };
  const said = alwaysOpenText(record);
  if (said === undefined) {
    // Words that mention 상시 or 연중 among other things ("상시 프로그램 및 비정기 프로그램"):
    // not plainly always open, so the code stands, but an editor should know.
    const mention = ['bizPrdEtcCn', 'plcyAplyMthdCn']
      .map((field) => ({ field, text: oneLine(cleanText(record[field])) }))
      .find(({ text }) => alwaysMention.test(text));
    if (coded.period.type === 'closed' && mention !== undefined) {
      notes.push(
        `${fieldNames[mention.field]}에 '${mention.text.slice(0, 60)}'라고 적혀 있지만 언제나 신청할 수 있다는 말인지 분명하지 않아 마감으로 가져왔습니다. 확인하세요.`,
      );
    }
    return { ...coded, notes };
  }
  const code = codeNames[cleanText(record.aplyPrdSeCd)] ?? `'${cleanText(record.aplyPrdSeCd)}'`;
  const quoted = `${fieldNames[said.field] ?? said.field}에 '${said.text.slice(0, 60)}'`;
  if (said.year !== undefined && said.year < Number(today.slice(0, 4))) {
    if (coded.period.type === 'closed') {
      notes.push(`${quoted}라고 적혀 있지만 ${said.year}년의 일이라 마감으로 가져왔습니다.`);
    }
    return { ...coded, notes };
  }
  // A round with dates: its dates say when it closes; the programme's own run does not.
  if (coded.period.type === 'fixed' && said.kind === 'always') {
    if (said.aboutApplying) {
      notes.push(
        `신청 기간(aplyYmd)은 ${coded.period.start} ~ ${coded.period.end}인데 ${quoted}라고 적혀 있습니다. 기간대로 가져왔으니 확인하세요.`,
      );
    }
    return { ...coded, notes };
  }
  const reason = said.kind === 'no-application' ? '따로 신청하지 않아도 되는' : '언제든 신청할 수 있는';
  notes.push(`신청기간구분코드는 ${code}이지만 ${quoted}라고 적혀 있어 ${reason} 상시로 가져왔습니다.`);
  const { review: _review, ...rest } = coded;
  return { ...rest, period: { type: 'always' }, notes };
}
