import type { Applicant } from '../../src/lib/vocabulary';
import type { OntongRecord } from './ontong-fields';
import { cleanText, oneLine, textLines, truncate } from './text';

/**
 * Who applies (`eligibility.applicant`), from what the record says. 온통청년 lists
 * construction, infrastructure and planning items beside benefits; a page must not offer
 * 신청하기 for a building. Conservative: `none` only when the title names such an item
 * and the record gives no way to apply and no person it serves; `business` and `group`
 * only when the 지원대상 line names one and nothing else. What is in between stays a
 * person's and goes to the report.
 */

export type ApplicantKind =
  | '개인 (기본)'
  | '위원 모집 (개인)'
  | '신청하는 사업이 아님'
  | '기업'
  | '단체'
  | '개인으로 두고 확인 요청';

export interface ApplicantDecision {
  /** Left out for a person, the default. */
  applicant?: Exclude<Applicant, 'person'>;
  kind: ApplicantKind;
  reason: string;
  /** 확인할 점 for an editor. */
  doubt?: string;
  /** A tag that says what the entry is (위원 모집). */
  tag?: string;
}

/** Titles of buildings, infrastructure, systems and plans (`… 조성`, `RISE 구축`, `청년통계 개선`). */
const worksTitle =
  /(조성|건립|구축|건설|신축|재구축|고도화)(\s*사업)?(?=\s|$|\(|및|[·,])|계획\s*수립|연구\s*용역|실태\s*조사|통계\s*(개선|작성|구축)|제도\s*개선|기본\s*계획|(정책|제도)\s*(연구|개선)/;
/** Words of a benefit to a person in 지원 내용 (who it is for, an age, how it is given). */
const personWords = /대\s*상|\d+\s*세(?!대)|신청|모집|선정|지급|청년에게|제공하여|입주자|수당|장학/;
/** Recruiting members of a committee or a youth panel: something a person applies for. */
const committeeTitle = /위원\s*(모집|위촉|공모|선발)|(위원|서포터즈|기자단)\s*(추가\s*)?모집/;
const committeeOperation = /위원회\s*(운영|구성)|청년\s*위촉/;

/** `지원대상 : 관내 중소기업 …`, not `중소기업 재직 청년`. */
const businessTarget =
  /(지원|신청|참여)\s*(대상|주체|자격)\s*[:：]\s*(관내\s*)?[^\n/:：]{0,25}?(중소\s*[·ㆍ]?\s*중견\s*기업|중소기업|소기업|기업|사업주|사업장|업체|소상공인)(?!\s*(에\s*)?(재직|근로|취업|종사|다니))/;
/** `지원대상 : 청년 문화예술인 단체`, not `예술인(단체)` (a person or a group). */
const groupTarget =
  /(지원|신청|참여)\s*(대상|주체|자격)\s*[:：]\s*[^\n/:：()]{0,25}?(단체|공동체|동아리|모임|팀)(?![)）])/;
/** A second target that is a person: `- (청년) …`, `청년 : …`. */
const personTarget = /\(\s*청년\s*\)|(^|\s)-?\s*청년\s*[:：]/m;

function hasText(record: OntongRecord, field: keyof OntongRecord): boolean {
  return cleanText(record[field]) !== '';
}

function targetText(record: OntongRecord): string {
  return [record.addAplyQlfcCndCn, record.plcySprtCn, record.plcyExplnCn]
    .flatMap((value) => textLines(value))
    .join('\n');
}

export function applicantOf(record: OntongRecord): ApplicantDecision {
  const title = oneLine(cleanText(record.plcyNm));
  const canApply = hasText(record, 'plcyAplyMthdCn') || hasText(record, 'aplyUrlAddr');
  const support = textLines(record.plcySprtCn).join(' ');
  if (committeeTitle.test(title)) {
    return { kind: '위원 모집 (개인)', reason: `제목 "${title}"이 위원 모집입니다.`, tag: '위원 모집' };
  }
  const works = worksTitle.exec(title)?.[0];
  if (works !== undefined) {
    if (!canApply && !personWords.test(support)) {
      return {
        applicant: 'none',
        kind: '신청하는 사업이 아님',
        reason: `제목이 "${works}" 사업이고 신청 방법·신청 주소가 없으며 지원 내용에 받는 사람이 없습니다.`,
      };
    }
    return personWithDoubt(
      `제목이 "${works}" 사업이지만 ${canApply ? '신청 방법이나 주소가 있어' : '지원 내용에 받는 사람이 있어'} 개인이 신청하는 것으로 두었습니다.`,
    );
  }
  if (committeeOperation.test(title) && !canApply) {
    return personWithDoubt(
      '위원회 운영 항목인데 신청 방법이 없습니다. 위원 모집이 아니면 신청 주체를 none으로 고치세요.',
    );
  }
  const text = targetText(record);
  const group = groupTarget.exec(text);
  const business = businessTarget.exec(text);
  const found = group ?? business;
  // `18~39세 … 또는 사업장 소재지`: an age is a person's.
  if (found !== null && !/\d\s*세/.test(found[0])) {
    const quoted = `"${truncate(oneLine(found[0]), 60)}"`;
    if (personTarget.test(text)) {
      return personWithDoubt(`지원대상에 ${quoted}와(과) 청년이 함께 있어 개인으로 두었습니다.`);
    }
    return group !== null
      ? { applicant: 'group', kind: '단체', reason: `지원대상이 단체입니다: ${quoted}` }
      : { applicant: 'business', kind: '기업', reason: `지원대상이 기업입니다: ${quoted}` };
  }
  return { kind: '개인 (기본)', reason: '개인이 신청합니다.' };
}

function personWithDoubt(reason: string): ApplicantDecision {
  return { kind: '개인으로 두고 확인 요청', reason, doubt: `신청 주체: ${reason}` };
}
