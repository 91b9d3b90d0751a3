import { NATIONWIDE, type Region } from '../../src/lib/regions';
import type { OntongRecord } from './ontong-fields';
import type { RegionCodeTable } from './regions';
import { cleanText, oneLine, textLines, truncate } from './text';

/**
 * Where a programme is for, from who runs it. `zipCd` alone misleads: a 시·도 or a 군 that
 * lists every 시·군·구 of the country usually means "no 시·군·구 is singled out", not "anyone
 * in the country". So a record registered by a local government is that government's
 * area, unless its own words invite people from elsewhere (청년 ○○ 살아보기, 타 시도 청년,
 * 전국의 청년, 지역 무관, 출향도민, 전입 조건): then the listed regions stay and the
 * words that decided it are shown on the page. What a rule cannot settle goes to the
 * report as 확인할 점.
 */

/** What was decided, as the report counts it. */
export type RegionDecisionKind =
  | '등록 기관 지역 안'
  | '중앙 기관·알 수 없는 기관'
  | '등록 기관 지역으로 좁힘'
  | '다른 지역 청년도 대상 (전국 유지)'
  | '등록 기관 지역 밖 지역 (그대로 둠)';

export interface RegionDecision {
  /** National region ids. */
  regions: string[];
  kind: RegionDecisionKind;
  /** The reasoning, one sentence, for the report. */
  reason: string;
  /** Something an editor should check (확인할 점). */
  doubt?: string;
  /** A line for `eligibility.conditions` when the words that keep it open are not on the page yet. */
  condition?: string;
}

export interface RegisteringBody {
  /** The body as the record names it: `경상남도 의령군`. */
  name: string;
  region: Region;
}

/**
 * Official names of 시·도 that are not a region's name in `regions.yaml` (which names the
 * 2026 integrated 특별시 and its two former parts 광주, 전남), with the code they had.
 */
const formerProvinceNames: Record<string, string> = {
  광주광역시: '29',
  전라남도: '46',
  강원도: '42',
  전라북도: '45',
};

function provinceOf(word: string, table: RegionCodeTable): Region | undefined {
  const code = formerProvinceNames[word];
  if (code !== undefined) return table.get(table.named(code)[0] ?? '');
  return table.regions.find((region) => region.code.length === 2 && region.name === word);
}

/** The region below `province` the words name: `수원시 장안구`, else `수원시`, `은평구`. */
function localOf(province: Region, words: readonly string[], table: RegionCodeTable): Region | undefined {
  const below = table.descendants(province.id);
  for (const wanted of [words.slice(0, 2).join(' '), words[0]]) {
    if (wanted === undefined || !/(시|군|구)$/.test(wanted)) continue;
    const matches = below.filter((region) => region.name === wanted || region.name.endsWith(` ${wanted}`));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/**
 * The local government that registered the record: the most specific of 등록기관,
 * 등록 상위기관 and 등록 최상위기관 whose name starts with a 시·도. Central bodies
 * (ministries, 정부산하기관) have none.
 */
export function registeringBody(record: OntongRecord, table: RegionCodeTable): RegisteringBody | undefined {
  const names = [record.rgtrInstCdNm, record.rgtrUpInstCdNm, record.rgtrHghrkInstCdNm].map((value) =>
    oneLine(cleanText(value)),
  );
  let found: RegisteringBody | undefined;
  for (const name of names) {
    const [first = '', ...rest] = name.split(' ');
    const province = provinceOf(first, table);
    if (province === undefined) continue;
    const local = localOf(province, rest, table);
    const candidate = local === undefined ? { name: first, region: province } : { name, region: local };
    if (found === undefined || (local !== undefined && table.contains(found.region.id, local.id))) found = candidate;
  }
  if (found === undefined) return undefined;
  // The body's own name, without the department that registered it.
  const words = found.name.split(' ');
  const end = words.findIndex((word, index) => index > 0 && !/(시|군|구)$/.test(word));
  return { ...found, name: end === -1 ? found.name : words.slice(0, end).join(' ') };
}

/** Words that invite people who live elsewhere. */
const outsiderWords: RegExp[] = [
  /살아\s*보기|살아\s*보고\s*싶은|한\s*달\s*살[이기]/,
  /타\s*(지역|시\s*[·ㆍ.]?\s*도|시\s*[·ㆍ.]?\s*군|지자체)/,
  /(도|시|군|구)\s*내\s*[·ㆍ]?\s*외\s*(청년|거주|대학|주민)/,
  /전국(의|에서)?\s*(모든\s*)?(청년|대학생|예비\s*창업|우수|청소년|누구)/,
  /지역\s*무관|거주\s*지역?\s*(무관|제한\s*없)|지역\s*제한\s*(없|無)/,
  /출향/,
  /외\s*(지역\s*)?거주\s*(청년|자)/,
  /전입\s*(필수|예정|조건|의무|해야)|의무\s*전입/,
];
/** Words that may invite them, or may not: the record stays in its area and an editor looks. */
const maybeOutsiderWords = /누구나|국내외/;
/** A line that excludes is not an invitation (`타 지역 거주자 제외`). */
const excluding = /제외|불가|안\s*됨|대상\s*아님/;

// 추가 자격 first: a line there is on the page already.
const invitingFields = ['addAplyQlfcCndCn', 'plcyNm', 'plcyExplnCn', 'plcySprtCn'] as const;

function quote(line: string): string {
  return `"${truncate(oneLine(line), 80)}"`;
}

function findLine(record: OntongRecord, test: (line: string) => boolean) {
  for (const field of invitingFields) {
    const line = textLines(record[field]).find((text) => test(text) && !excluding.test(text));
    if (line !== undefined) return { field, line };
  }
  return undefined;
}

/** A supervising body of the central government: 행정기관코드 1xxxxxx (부·처·청·위원회). */
function centralSupervisor(record: OntongRecord): string | undefined {
  const code = cleanText(record.sprvsnInstCd);
  return /^1\d{6}$/.test(code) ? oneLine(cleanText(record.sprvsnInstCdNm)) || code : undefined;
}

/**
 * The regions of a record, given the national ids its `zipCd` covers (`listed`).
 * Only a nationwide list is narrowed: a list of some regions outside the body's area may
 * be a joint programme, so it stays and is reported.
 */
export function decideRegions(record: OntongRecord, listed: readonly string[], table: RegionCodeTable): RegionDecision {
  const body = registeringBody(record, table);
  if (body === undefined) {
    return { regions: [...listed], kind: '중앙 기관·알 수 없는 기관', reason: '등록 기관이 지방자치단체가 아닙니다.' };
  }
  const area = body.region;
  if (listed.every((id) => table.contains(area.id, id))) {
    return { regions: [...listed], kind: '등록 기관 지역 안', reason: `${body.name}의 지역 안입니다.` };
  }
  const invitation = findLine(record, (line) => outsiderWords.some((words) => words.test(line)));
  if (invitation !== undefined) {
    return {
      regions: [...listed],
      kind: '다른 지역 청년도 대상 (전국 유지)',
      reason: `${body.name}이(가) 등록했지만 공고가 다른 지역 사람도 부릅니다: ${quote(invitation.line)}`,
      // 추가 자격 (addAplyQlfcCndCn) is on the page already; other fields are said there.
      ...(invitation.field === 'addAplyQlfcCndCn'
        ? {}
        : { condition: `${area.name} 밖에 사는 청년도 대상입니다 (공고: ${quote(invitation.line)})` }),
    };
  }
  if (!listed.includes(NATIONWIDE)) {
    return {
      regions: [...listed],
      kind: '등록 기관 지역 밖 지역 (그대로 둠)',
      reason: `${body.name}이(가) 등록했는데 지역 코드가 ${area.name} 밖의 지역도 적습니다.`,
      doubt: `등록 기관 ${body.name}의 지역(${area.name}) 밖 지역이 대상 지역에 있습니다. 함께 하는 사업인지 공고에서 확인하세요.`,
    };
  }
  const maybe = findLine(record, (line) => maybeOutsiderWords.test(line));
  const central = centralSupervisor(record);
  const doubts = [
    ...(maybe === undefined ? [] : [`공고에 ${quote(maybe.line)}라고 되어 있습니다`]),
    ...(central === undefined ? [] : [`주관 기관이 중앙 기관(${central})입니다`]),
  ];
  return {
    regions: [area.id],
    kind: '등록 기관 지역으로 좁힘',
    reason: `${body.name}이(가) 등록했고 다른 지역 사람을 부르는 말이 없어, 전국 대신 ${area.name}(으)로 두었습니다.`,
    ...(doubts.length === 0
      ? {}
      : {
          doubt: `대상 지역을 ${area.name}(으)로 좁혔지만 ${doubts.join('. ')}. 전국 사업이면 regions를 고치세요.`,
        }),
  };
}
