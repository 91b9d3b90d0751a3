import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  centerAddressOf,
  centerHomepageOf,
  centerKindOf,
  centerPhoneOf,
  plainText,
} from '../../scripts/import/centers/fields';
import { planCenterImport } from '../../scripts/import/centers/plan';
import { type CenterDraft, mapCenterRecord, parseCenterResponse } from '../../scripts/import/centers/records';
import { addressMismatch, centerRegionOf } from '../../scripts/import/centers/regions';
import { nationalCodeTable } from '../../scripts/import/regions';

// Every rule of the centre import, on the real rows of ../shared/data/ontong/getspace/.
const folder = '../shared/data/ontong/getspace';
const page = readFileSync(`${folder}/getspace-page1-2026.json`, 'utf8');
const malformed = readFileSync(`${folder}/getspace-malformed-null-rows.json`, 'utf8');
const rows = (JSON.parse(page) as { result: { youthPolicyList: Record<string, string>[] } }).result.youthPolicyList;
const row = (sn: string) => {
  const found = rows.find((candidate) => candidate.cntrSn === sn);
  if (found === undefined) throw new Error(sn);
  return found;
};
const table = nationalCodeTable();
const context = { regions: table.regions, codeTable: table, today: '2026-12-07' };
const mapped = (record: unknown) => mapCenterRecord(record, '1번째 센터', context);
const draftOf = (record: unknown): CenterDraft => {
  const outcome = mapped(record);
  if (outcome.kind !== 'center') throw new Error(outcome.reason);
  return outcome.draft;
};

describe('a getSpace response', () => {
  it('gives the rows of a real centre page', () => {
    const parsed = parseCenterResponse(page, 'page.json');
    expect('rows' in parsed && parsed.rows).toHaveLength(10);
  });

  it('is refused by its rows when they are policy-shaped nulls, whatever resultCode and totCount say', () => {
    const parsed = parseCenterResponse(malformed, 'bad.json');
    expect('error' in parsed && parsed.error).toMatch(/^bad\.json: 청년센터 목록이 아닙니다\. 행 10개.*plcyNo/);
  });

  it('refuses an API error and a list that is missing, in Korean', () => {
    const error = parseCenterResponse('{"resultCode":401,"resultMessage":"인증키 오류"}', 'e.json');
    expect('error' in error && error.error).toContain('resultCode 401');
    const missing = parseCenterResponse('{"resultCode":200,"result":{}}', 'm.json');
    expect('error' in missing && missing.error).toContain('청년센터 API(getSpace)');
  });
});

describe('the region of a centre', () => {
  it('joins the 2- and 3-digit codes and finds the region of either edition', () => {
    expect(draftOf(row('10270')).data.region).toBe('seoul-nowongu');
    expect(draftOf(row('10267')).data.region).toBe('bucheon-sosagu');
    // 영광군 written with the pre-merger 전남 code 46870 finds the region now coded 12830.
    expect(draftOf(row('10262')).data.region).toBe('yeonggwang');
    expect(draftOf({ ...row('10262'), stdgCtpvCd: '12', stdgSggCd: '830' }).data.region).toBe('yeonggwang');
    // The same 870 under the new 12 is another 군: the address check says so.
    const other = draftOf({ ...row('10262'), stdgCtpvCd: '12' });
    expect(other.data.region).toBe('sinan');
    expect(other.warnings.join()).toContain('신안군이(가) 보이지 않습니다');
  });

  it('puts every real centre under its district, two centres sharing one', () => {
    const regions = rows.map((record) => draftOf(record).data.region);
    expect(regions).toEqual([
      'seoul-nowongu',
      'chungju',
      'bucheon-sosagu',
      'cheongyang',
      'gyeryong',
      'gyeongsan',
      'yeonggwang',
      'gimhae',
      'seoul-seongbukgu',
      'gimhae',
    ]);
  });

  it('narrows a split code by the address, and keeps the common parent when the address cannot tell', () => {
    const hwaseong = { stdgCtpvCd: '41', stdgSggCd: '590' };
    expect(centerRegionOf(hwaseong, '경기도 화성시 동탄구 동탄대로 1', table, table.regions).region).toBe(
      'hwaseong-dongtangu',
    );
    expect(centerRegionOf(hwaseong, '경기도 화성시 남양읍 1', table, table.regions).region).toBe('hwaseong');
    // 인천 중구 (28110) became 제물포구 and 영종구 in 2026.
    const junggu = centerRegionOf({ stdgCtpvCd: '28', stdgSggCd: '110' }, '인천광역시 중구 1', table, table.regions);
    expect(junggu.region).toBe('incheon');
    expect(junggu.notes.join()).toContain('나뉜 옛 코드');
  });

  it('skips a code no edition knows and a malformed code, with the reason', () => {
    const unknown = mapped({ ...row('10270'), stdgSggCd: '999' });
    expect(unknown.kind === 'skipped' && unknown.reason).toContain('지역 코드 11999');
    const bad = mapped({ ...row('10270'), stdgCtpvCd: null });
    expect(bad.kind === 'skipped' && bad.reason).toContain('시·도 코드');
  });

  it('reports an address that names another place than the code', () => {
    expect(addressMismatch('서울특별시 노원구 화랑로 419-3', 'seoul-nowongu', table)).toBeUndefined();
    expect(addressMismatch('충주시 관아 1길 20', 'chungju', table)).toBeUndefined();
    expect(addressMismatch('전라남도 영광군 영광읍 물무로 219', 'yeonggwang', table)).toBeUndefined();
    expect(addressMismatch('경기도 부천시 소사구 성무로 24', 'bucheon-sosagu', table)).toBeUndefined();
    expect(addressMismatch('부산광역시 노원구 1', 'seoul-nowongu', table)).toContain('시·도(부산광역시)');
    const moved = draftOf({ ...row('10258'), stdgSggCd: '350' });
    expect(moved.warnings.join()).toContain('노원구이(가) 보이지 않습니다');
  });
});

describe('the fields of a centre', () => {
  it('tells a centre from a space by its name, and leaves the unclear ones to an editor', () => {
    expect(centerKindOf('충주시 청년센터').value).toBe('center');
    expect(centerKindOf('김해청년어울림센터 Station-G 삼방').value).toBe('center');
    expect(centerKindOf('소사청년공간 소사로움').value).toBe('space');
    expect(centerKindOf('청년활력공간').value).toBe('space');
    expect(centerKindOf('청년다락').value).toBeUndefined();
    expect(centerKindOf('청년다락').note).toContain('종류(kind)');
    expect(centerKindOf('청년다락', '청년공간').value).toBe('space');
  });

  it('normalises phone numbers and leaves out what is not one', () => {
    expect(centerPhoneOf('02-2116-7124').value).toBe('02-2116-7124');
    expect(centerPhoneOf('0438532030').value).toBe('043-853-2030');
    expect(centerPhoneOf('(055) 313.6687').value).toBe('055-313-6687');
    expect(centerPhoneOf('1661 0000').value).toBe('1661-0000');
    expect(centerPhoneOf('055-339-7785 (내선 3)').value).toBe('055-339-7785 (내선 3)');
    const two = centerPhoneOf('032-625-4581, 032-625-4582');
    expect(two.value).toBe('032-625-4581');
    expect(two.note).toContain('여러 개');
    expect(centerPhoneOf('문의는 홈페이지').value).toBeUndefined();
    expect(centerPhoneOf('-')).toEqual({});
  });

  it('keeps https homepages, a punycode host included, and leaves out http and other schemes', () => {
    expect(centerHomepageOf('https://blog.naver.com/soso_maru').value).toBe('https://blog.naver.com/soso_maru');
    expect(centerHomepageOf('https://www.xn--og5bwgv8pq6k.org/').value).toBe('https://www.xn--og5bwgv8pq6k.org/');
    expect(centerHomepageOf('https://www.청년활력.org/').value).toMatch(/^https:\/\/www\.xn--/);
    const http = centerHomepageOf('http://ygyoungman.or.kr');
    expect(http.value).toBeUndefined();
    expect(http.note).toContain('http');
    expect(centerHomepageOf('javascript:alert(1)').value).toBeUndefined();
    expect(centerHomepageOf('ftp://example.kr/').value).toBeUndefined();
  });

  it('decodes and trims names and addresses', () => {
    expect(plainText('  청년공간 &quot;소소&quot;&#40;계룡&#x29; ')).toBe('청년공간 "소소"(계룡)');
    expect(plainText('A &amp;#39; B')).toBe('A &#39; B');
    expect(draftOf(row('10264')).data.address).toBe(
      '경남 김해시 부곡로 57, 다누림센터 2층, 청년어울림센터 Station-G 장유',
    );
    const draft = draftOf({ ...row('10268'), cntrNm: ' 계룡청년공간&nbsp;소소마루\n' });
    expect(draft.data.name).toBe('계룡청년공간 소소마루');
  });

  it('writes the province before an address without one, and drops a detail that repeats the name', () => {
    expect(draftOf(row('10269')).data.address).toBe('충청북도 충주시 관아 1길 20, 문화창업재생허브, 2층');
    expect(draftOf(row('10265')).data.address).toBe('경상북도 경산시 중앙로2길 8(사정동 84-1)');
    expect(draftOf(row('10262')).data.address).toBe('전라남도 영광군 영광읍 물무로 219');
    expect(centerAddressOf('경남 김해시 부곡로 57', '', '장유', '')).toBe('경남 김해시 부곡로 57');
  });

  it('records the 온통청년 number as text, and files the centre by region and number', () => {
    const draft = draftOf(row('10270'));
    expect(draft.data.source).toEqual({ ontongCenter: '10270' });
    expect(draft.path).toBe('centers/seoul-nowongu-10270.md');
    const missing = mapped({ ...row('10270'), cntrSn: null });
    expect(missing.kind === 'skipped' && missing.reason).toContain('센터번호(cntrSn');
  });
});

describe('the plan of a centre import', () => {
  const drafts = rows.map(draftOf);
  const existing = (path: string, text: string, key: string) => ({ path, text, key, title: key });

  it('adds new centres, leaves unchanged ones and keeps the date they were written', () => {
    const first = planCenterImport(drafts, [], []);
    expect(first.report.added).toHaveLength(10);
    const files = first.writes.map((write, index) => existing(write.path, write.text, drafts[index]?.key ?? ''));
    const later = drafts.map((draft) => ({ ...draft, data: { ...draft.data, updated: '2026-12-14' } }));
    const again = planCenterImport(later, [], files);
    expect(again.writes).toEqual([]);
    expect(again.report.unchanged).toHaveLength(10);
  });

  it("keeps an editor's file and says when upstream changed too", () => {
    const first = planCenterImport(drafts.slice(0, 1), [], []);
    const text = `${first.writes[0]?.text}\n운영 시간은 평일 9시부터입니다.\n`;
    const changed = [{ ...drafts[0], data: { ...drafts[0]?.data, phone: '02-2116-7125' } } as CenterDraft];
    const plan = planCenterImport(changed, [], [existing('centers/seoul-nowongu-10270.md', text, '10270')]);
    expect(plan.writes).toEqual([]);
    expect(plan.report.kept[0]?.reason).toBe('편집자가 고친 파일입니다');
    expect(plan.report.kept[0]?.upstreamChanged).toBe(true);
  });
});
