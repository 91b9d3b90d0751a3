/**
 * The line of an upstream support text (온통청년 plcySprtCn) that says what a person gets,
 * for the card's "받는 것" line. Writers list who may apply, the period and the legal basis
 * before the benefit (▪ 지원대상 : 임신부 / ▪ 지원내용 : 10만원 지원), or open with a
 * heading ((사업 근거), 사업개요); the first line was often not the benefit at all.
 */

import { withoutBullets } from './text';

/** `지원내용 : 10만원`, `(지원내용) 월 20만원`, `[지원내용] …`, with numbering (①, 1.) before it. */
const labelled =
  /^(?:[①-⑳]\s*|\d{1,2}[.)]\s*)?(?:\(([^()]{1,15})\)|\[([^[\]]{1,15})\]|([^:：()[\]]{1,15}?)\s*[:：])\s*(.*)$/;

/** Labels whose value is the benefit itself: 지원내용, (내용), 혜택, 지원금액, 정책내용 상세, 지원항목 (not 지원규모: 60농가). */
const contentLabel = /내용|혜택|지원사항|지원항목|지원금|지원액|지급기준|지급액/;

/** Labels naming a benefit (면접수당, 훈련비 지원, 근속장려금): the whole line says what one gets. */
const benefitLabel = /(?:수당|장려금|지원금|보조금|지원|지급|감면|할인|대출|이자)$/;

/** Labels that are not the benefit: who, when, where, why, how many, how to apply. */
const otherLabel =
  /대상|자격|기준|조건|요건|기간|일시|일정|근거|개요|목적|배경|위치|장소|방법|절차|신청|(?:^|[^면])접수|제출|문의|인원|선발|사업량|사업비|예산|운영|주관|주최|기관|현황|구성|과정|규모/;

const isContent = (label: string) =>
  contentLabel.test(label) && !/대상|자격|신청|제출|접수|문의|기간|방법|절차/.test(label);

/** A heading that is such a label puts its section aside: 추진 근거, (사업 대상), 지원대상 (not 사업 개요: it holds everything). */
const otherHeading = /(?:대상|자격|기준|조건|요건|기간|일정|근거|경과|목적|배경|위치|장소|방법|절차|문의|현황)$/;

const numbering = /^(?:[①-⑳]\s*|\d{1,2}[.)]\s*)/;

/**
 * A line that only heads what follows: `(사업 근거)`, `< 청년임업인 특성화 교육 >`,
 * `지원내용`, `사업 개요`. Only a heading about something else puts the lines under it aside.
 */
function heading(line: string): { about: 'benefit' | 'other' | 'neutral' } | undefined {
  const bare = withoutBullets(line)
    .replace(numbering, '')
    .replace(/\s*[:：]\s*$/, '')
    .trim();
  const wrapped = /^[(<[【「]([^()<>[\]【】「」]{1,30})[)>\]】」]$/.exec(bare);
  const compact = (wrapped?.[1] ?? bare).replace(/\s+/g, '');
  if (!wrapped && (compact.length > 8 || /\d|[:：]/.test(compact))) return undefined;
  if (isContent(compact)) return { about: 'benefit' };
  if (otherHeading.test(compact)) return { about: 'other' };
  return wrapped || /(?:개요|안내)$/.test(compact) ? { about: 'neutral' } : undefined;
}

const isNote = (line: string) => /^[※*]/.test(line);

interface Parsed {
  label: string;
  value: string;
}

function parse(line: string): Parsed | undefined {
  const match = labelled.exec(withoutBullets(line));
  if (!match) return undefined;
  const label = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\s+/g, '');
  return label === '' ? undefined : { label, value: (match[4] ?? '').trim() };
}

/** The benefit line of `lines` (bullets already taken off), or undefined when none can be told apart. */
export function benefitLine(lines: readonly string[]): string | undefined {
  // 1. A line labelled as the benefit (지원내용 : 10만원): its value; under a bare
  //    heading (지원내용), the first line that follows it.
  for (const [index, line] of lines.entries()) {
    if (isNote(line)) continue;
    const parsed = parse(line);
    if (parsed && parsed.value !== '' && isContent(parsed.label)) return parsed.value;
    if (heading(line)?.about === 'benefit') {
      const next = lines.slice(index + 1).find((candidate) => !isNote(candidate) && !heading(candidate));
      if (next !== undefined) return withoutBullets(next);
    }
  }
  // 2. A line labelled with a benefit of its own (면접수당 : 1회당 7만원), whole.
  const named = lines.find((line) => {
    const parsed = isNote(line) ? undefined : parse(line);
    return (
      parsed !== undefined && parsed.value !== '' && benefitLabel.test(parsed.label) && !otherLabel.test(parsed.label)
    );
  });
  if (named !== undefined) return withoutBullets(named);
  // 3. The first line that is not a heading, a note, about something else, or under a
  //    heading about something else ((사업 근거) and the laws listed under it).
  let underOther = false;
  for (const line of lines) {
    const head = heading(line);
    if (head) {
      underOther = head.about === 'other';
      continue;
    }
    const parsed = parse(line);
    if (underOther || isNote(line) || (parsed && otherLabel.test(parsed.label))) continue;
    return withoutBullets(line);
  }
  return undefined;
}

/** Units a 지원 규모 is counted in: 100명, 30팀, 60농가, 5개소. */
const scaleUnit =
  /^\s*(명|팀|개\s*(?:소|사|팀|기업|업체|과정)?|가구|세대|농가|기업|업체|개사|곳|호|쌍|건|과정|단체|어가)/;

/**
 * 지원 규모 (`sprtSclCnt`, a bare count; `0` when none is given) with the unit the notice
 * counts in, taken from the record's own text ("100명 내외"). A count the text never
 * names keeps no guessed unit.
 */
export function supportScale(count: unknown, texts: readonly string[]): string | undefined {
  const digits = String(count ?? '').trim();
  if (!/^\d+$/.test(digits) || Number(digits) === 0) return undefined;
  const grouped = Number(digits).toLocaleString('en-US');
  for (const text of texts) {
    for (const written of new Set([digits, grouped])) {
      const pattern = new RegExp(`(?<![\\d,.])${written.replace(/,/g, ',')}(?![\\d,.]\\d)`, 'g');
      for (const match of text.matchAll(pattern)) {
        const unit = scaleUnit.exec(text.slice((match.index ?? 0) + written.length))?.[1];
        if (unit !== undefined) return `${grouped}${unit.replace(/\s+/g, '')}`;
      }
    }
  }
  return `${grouped} (단위는 공고에서 확인하세요)`;
}
