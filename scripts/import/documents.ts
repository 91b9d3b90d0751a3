import { cleanText, oneLine, withoutBullets } from './text';

/**
 * 제출 서류 (`sbmsnDcmntCn`) as a checklist a person ticks off: one document per item.
 * Writers number documents (①, 1.), group them under headings (□ 면접수당, (공통)),
 * squeeze several into one line ("신분증, 훈련상담신청서, …"), and mix in notes
 * (※ 발급일 기준 …) and pointers to the notice ("공고문 참조"). Headings become the
 * label of the items under them, notes and pointers go to the page's text, never a box.
 */

export interface DocumentList {
  /** One document per item, its group label in front when it has one: `(면접수당) 주민등록초본 1부`. */
  documents: string[];
  /** Lines about the documents that are not documents: shown in the page's text. */
  notes: string[];
}

const numbering = /^(?:[①-⑳❶-❿]|\(\d{1,2}\)|\d{1,2}[.)](?!\d)|[가-하][.)](?=\s))\s*/;
const extraBullets = /^[☐▹▸‣ㆍ∙－]\s*/;
const noteLine = /^(?:[※*☞⤷→]|\(?단\s*,)|서류(?:는|만|에\s*한함)|모든\s*(?:증빙\s*|제출\s*)?서류/;
const pointer = /(?:참조|참고|확인|게시|문의)(?:\s*(?:바람|요망|하세요))?\.?$/;
const filler = /^(?:없음|해당\s*없음|-)\.?$/;
/** "…중 1개", "택 1", "중 하나": the pieces are alternatives, so the line stays one item. */
const alternatives = /중\s*\d\s*(?:개|종|부|가지)?|택\s*\d|중\s*하나/;
/** A heading (spaces taken out) that only says these are documents, not which group: 제출서류, 민원인이 제출해야 하는 서류. */
const genericHeading = /^(?:민원인이|신청인)?(?:제출(?:해야하는)?|구비|필수신청|신청|증빙)서류$/;
/** Words a line ends on when it goes on in the next one. */
const unfinished = /(?:또는|및|,|·)$/;

function bare(line: string): string {
  let rest = oneLine(line);
  for (let next = strip(rest); next !== rest; next = strip(rest)) rest = next;
  return rest;
}
const strip = (line: string) => withoutBullets(line).replace(numbering, '').replace(extraBullets, '').trim();

/** `공 통` (letters spaced out to line up) as `공통`. */
const spacedOut = (label: string) => (/^(?:\S )+\S$/.test(label) ? label.replace(/ /g, '') : label);

/** `(공    통) …`, `공통 : …`, `□ 필수 : …`: a short group label and what follows it. */
function labelled(line: string): { label: string; rest: string } | undefined {
  const wrapped = /^[(（[]([^()（）[\]]{1,15})[)）\]]\s*(.+)$/.exec(line);
  if (wrapped && !/^양식|^서식|^붙임/.test(wrapped[1] ?? '')) {
    return { label: spacedOut(oneLine(wrapped[1] ?? '')), rest: wrapped[2] ?? '' };
  }
  const colon = /^([^:：()]{1,12}?)\s*[:：]\s*(.*)$/.exec(line);
  return colon ? { label: oneLine(colon[1] ?? ''), rest: colon[2] ?? '' } : undefined;
}

/** A line that names a group and nothing else: `(법인 사업자 추가서류)`, `□ 공통서류`, `○ 열정청년`. */
function headingOf(raw: string, line: string, next: string | undefined): string | undefined {
  const wrapped = /^[(（[【]([^()（）[\]【】]{1,30})[)）\]】]:?$/.exec(line);
  if (wrapped) return wrapped[1];
  if (/[:：]$/.test(line) && [...line].length <= 20) return line.replace(/\s*[:：]$/, '');
  const marked = /^\s*[○□■◎❍●◆◇▶]/.test(raw) && !numbering.test(withoutBullets(raw.trim()));
  const nextIsItem = next !== undefined && (numbering.test(next.trim()) || /^\s+-/.test(next));
  if (marked && nextIsItem && [...line].length <= 20 && !/\d+\s*부|,/.test(line)) return line;
  return undefined;
}

/** A sentence (…선발, …함, …합니다) is one item, whatever its commas. */
const sentence = /(?:다|함|음|됨|선발|요망|요청)\.?$/;

/** Pieces of a line that lists several documents: at ②, 2., 2) … and at commas outside brackets. */
function pieces(line: string): string[] {
  if (filler.test(line)) return [];
  if (alternatives.test(line) || sentence.test(line)) return [line];
  const numbered = line.split(/\s+(?=\d{1,2}[.)](?!\d))/);
  if (numbered.length > 1) return numbered.flatMap((part) => pieces(bare(part)));
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if ('([（【「'.includes(char)) depth += 1;
    if (')]）】」'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || /[②-⑳❷-❿]/.test(char))) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map(bare).filter((part) => part !== '' && !filler.test(part));
}

/** The documents and the notes of a `sbmsnDcmntCn` value. */
export function documentsOf(value: unknown): DocumentList {
  const rawLines = cleanText(value)
    .split(/\r?\n|\\[nN]/)
    .filter((line) => line.trim() !== '');
  // A line ending on 또는 or a comma goes on in the next one.
  const joined: string[] = [];
  for (const line of rawLines) {
    const last = joined.at(-1);
    if (last !== undefined && unfinished.test(last.trim()))
      joined[joined.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  const documents: string[] = [];
  const notes: string[] = [];
  let group: string | undefined;
  for (const [index, raw] of joined.entries()) {
    const line = bare(raw);
    if (line === '' || filler.test(line)) continue;
    if (noteLine.test(raw.trim()) || noteLine.test(line)) {
      notes.push(line.replace(/^[※*☞⤷→]\s*/, '※ '));
      continue;
    }
    const heading = headingOf(raw, line, joined[index + 1]);
    if (heading !== undefined) {
      group = genericHeading.test(heading.replace(/\s+/g, '')) ? undefined : oneLine(heading);
      continue;
    }
    if (pointer.test(line) && !/\d\s*부/.test(line)) {
      notes.push(`제출 서류: ${line}`);
      continue;
    }
    const label = labelled(line);
    // "담당공무원 확인사항 : …" is what the office checks, not a paper to bring.
    if (label !== undefined && /확인\s*사항|담당\s*공무원/.test(label.label)) {
      notes.push(line);
      continue;
    }
    // A generic label ("신청인 제출서류 : 없음") names no group, but what follows it is still the list.
    const generic = label !== undefined && genericHeading.test(label.label.replace(/\s+/g, ''));
    const [own, rest] = label === undefined ? [undefined, line] : [generic ? undefined : label.label, label.rest];
    const prefix = own ?? group;
    for (const piece of pieces(rest)) documents.push(prefix === undefined ? piece : `(${prefix}) ${piece}`);
  }
  return { documents: [...new Set(documents)], notes };
}
