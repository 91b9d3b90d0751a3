import { phoneNumbersIn } from '../import/contact';
import { documentsOf } from '../import/documents';
import { alwaysOpenText } from '../import/status';
import { cleanText } from '../import/text';
import type { BuiltPage } from './page';

/**
 * What a built page must say of its source record, one check per fact. A check first
 * says whether the record has the fact at all (`applies`), then whether the page shows
 * it (`holds`); the report counts both, so "12 of 14" reads as 12 pages right out of
 * the 14 records that had something to show. Add a check by adding an entry to `checks`.
 */

export type OntongRecord = Record<string, unknown>;

export interface FidelityCheck {
  /** Short id, printed with the counts. */
  id: string;
  /** What a person would notice, in Korean. */
  label: string;
  applies: (record: OntongRecord) => boolean;
  /** True when the page is right; a string says what is wrong. */
  holds: (record: OntongRecord, page: BuiltPage) => true | string;
}

/** Fields whose text reaches a page (body, checklist or facts). */
const textFields = [
  'plcyNm',
  'plcyExplnCn',
  'plcySprtCn',
  'plcyAplyMthdCn',
  'srngMthdCn',
  'sbmsnDcmntCn',
  'etcMttrCn',
  'addAplyQlfcCndCn',
  'ptcpPrpTrgtCn',
  'bizPrdEtcCn',
] as const;

const raw = (record: OntongRecord, field: string) =>
  typeof record[field] === 'string' ? (record[field] as string) : '';
const digits = (text: string) => text.replace(/\D/g, '');
/** The page's text without spaces, so a value is found however the page wraps it. */
const squeezed = (text: string) =>
  text
    .replace(/\s+/g, '')
    // Markdown turns straight quotes into curly ones.
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"');

const phonesOf = (record: OntongRecord) => [
  ...new Set(textFields.flatMap((field) => phoneNumbersIn(cleanText(raw(record, field))))),
];

/** 상시, 연중, 수시 as words (not 접수시스템, 상시근로자), or no application needed. */
const alwaysWords =
  /상시(?!\s*(?:근로|고용|채용))|연중|(?<!접)수시|신청\s*(?:불요|불필요)|별도\s*신청\s*(?:불요|불필요|없)/;

/** A character reference as the portal's editor writes it: `&middot;`, `&#39;`, `&#x2F;`. */
const entityPattern = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

const scaleCount = (record: OntongRecord) => {
  const count = cleanText(record.sprtSclCnt);
  return /^\d+$/.test(count) && Number(count) > 0 ? Number(count) : undefined;
};

export const checks: FidelityCheck[] = [
  {
    id: 'phones-shown',
    label: '원문의 전화번호가 모두 페이지에 보임',
    applies: (record) => phonesOf(record).length > 0,
    holds: (record, page) => {
      const shown = digits(page.text);
      const missing = phonesOf(record).filter((phone) => !shown.includes(digits(phone)));
      return missing.length === 0 || `빠진 번호: ${missing.join(', ')}`;
    },
  },
  {
    id: 'phones-callable',
    label: '원문의 전화번호가 모두 tel: 링크',
    applies: (record) => phonesOf(record).length > 0,
    holds: (record, page) => {
      const links = new Set(page.telLinks.map(digits));
      const missing = phonesOf(record).filter((phone) => !links.has(digits(phone)));
      return missing.length === 0 || `링크 없는 번호: ${missing.join(', ')}`;
    },
  },
  {
    id: 'contact-block',
    label: '전화번호가 있는 정책에 문의 블록',
    applies: (record) => phonesOf(record).length > 0,
    holds: (_record, page) => page.hasContactBlock || '문의 블록 없음',
  },
  {
    id: 'support-scale',
    label: '지원 규모(sprtSclCnt)가 페이지에',
    applies: (record) => scaleCount(record) !== undefined,
    holds: (record, page) => {
      const count = scaleCount(record) ?? 0;
      const fact = page.facts.get('지원 규모') ?? '';
      return digits(fact) === String(count) || `지원 규모 '${fact}' (원문 ${count})`;
    },
  },
  {
    id: 'selection',
    label: '선정 방법(srngMthdCn)이 페이지에',
    applies: (record) => /[\p{L}\p{N}]{2}/u.test(cleanText(record.srngMthdCn).replace(/^[-\s]*(?:해당\s*)?없음$/, '')),
    holds: (_record, page) => page.facts.has('선정 방법') || '선정 방법 없음',
  },
  {
    id: 'business-period',
    label: '사업 기간이 페이지에',
    applies: (record) =>
      /\d{8}/.test(cleanText(record.bizPrdBgngYmd)) || /[\p{L}\p{N}]/u.test(cleanText(record.bizPrdEtcCn)),
    holds: (record, page) => {
      const fact = page.facts.get('사업 기간');
      if (fact !== undefined) return true;
      // Left out on purpose only when the dates repeat the application period shown.
      const start = cleanText(record.bizPrdBgngYmd);
      const end = cleanText(record.bizPrdEndYmd);
      return (start !== '' && cleanText(record.aplyYmd).replace(/\s/g, '') === `${start}~${end}`) || '사업 기간 없음';
    },
  },
  {
    id: 'no-literal-entities',
    label: 'HTML 엔티티가 글자 그대로 보이지 않음',
    applies: (record) => textFields.some((field) => entityPattern.test(raw(record, field))),
    holds: (_record, page) => {
      const literal = entityPattern.exec(page.text)?.[0];
      return literal === undefined || `'${literal}'이(가) 보임`;
    },
  },
  {
    id: 'always-open-not-closed',
    label: '상시·연중·수시·신청 불요인데 마감으로 보이지 않음',
    // Read more widely than the importer does (any 상시, 연중 or 수시 in the period or the
    // method), so the failures list what the importer's stricter reading leaves closed.
    applies: (record) =>
      cleanText(record.aplyYmd) === '' &&
      (alwaysWords.test(`${cleanText(record.bizPrdEtcCn)} ${cleanText(record.plcyAplyMthdCn)}`) ||
        alwaysOpenText(record) !== undefined),
    holds: (record, page) => {
      if (page.status !== 'closed') return true;
      const said =
        alwaysOpenText(record)?.text ?? `${cleanText(record.bizPrdEtcCn)} ${cleanText(record.plcyAplyMthdCn)}`;
      return `마감으로 보임 (원문: '${said.replace(/\s+/g, ' ').trim().slice(0, 60)}')`;
    },
  },
  {
    id: 'documents-split',
    label: '제출 서류: 한 칸에 서류 하나, 머리말·주석·대시 없음',
    applies: (record) => documentsOf(record.sbmsnDcmntCn).documents.length > 0,
    holds: (_record, page) => {
      const bad = page.documents.find(
        (item) => /^[-–—－·•※*☞]/.test(item) || /[:：]$/.test(item) || /[①-⑳].*[②-⑳]/.test(item),
      );
      return bad === undefined || `'${bad}'`;
    },
  },
  {
    id: 'documents-complete',
    label: '제출 서류의 글이 모두 페이지에',
    applies: (record) => cleanText(record.sbmsnDcmntCn) !== '',
    holds: (record, page) => {
      const text = squeezed(page.text);
      const { documents, notes } = documentsOf(record.sbmsnDcmntCn);
      const missing = [...documents.map((item) => item.replace(/^\([^)]*\)\s*/, '')), ...notes].find(
        (item) => !text.includes(squeezed(item).replace(/^※/, '')),
      );
      return missing === undefined || `빠진 줄: '${missing}'`;
    },
  },
];

/** Counts per check over pairs of record and page (a missing page fails every check that applies). */
export function runChecks(
  pairs: readonly { record: OntongRecord; page: BuiltPage | undefined }[],
  list: readonly FidelityCheck[] = checks,
) {
  return list.map((check) => {
    let applicable = 0;
    let passed = 0;
    const failures: { plcyNo: string; reason: string }[] = [];
    for (const { record, page } of pairs) {
      if (!check.applies(record)) continue;
      applicable += 1;
      const result = page === undefined ? '페이지 없음' : check.holds(record, page);
      if (result === true) passed += 1;
      else failures.push({ plcyNo: cleanText(record.plcyNo), reason: result });
    }
    return { id: check.id, label: check.label, applicable, passed, failures };
  });
}
