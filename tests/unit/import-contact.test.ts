import { describe, expect, it } from 'vitest';
import { contactName, contactOf, linkPhones, phoneNumbersIn } from '../../scripts/import/contact';

// Lines of real 온통청년 records (plcyNo in each case); officials' names are blank upstream.
describe('contactOf: 문의처 from whichever field holds it', () => {
  it('takes 기타 사항, the only number of 20251120005400211911, with the department before it', () => {
    const record = {
      sprvsnInstCdNm: '충청북도',
      etcMttrCn:
        '기타 문의 \n- 충청북도 산업입지과(043-220-4394)\n- 청주시 도시개발과(201-2453)\n- 충주시 투자유치과(850-6094)',
    };
    expect(contactOf(record, ['', '충청북도'])).toEqual({ name: '충청북도 산업입지과', phone: '043-220-4394' });
  });

  it('prefers the provider’s own line when 기타 사항 lists several bodies (20250516005400210831)', () => {
    const record = {
      etcMttrCn:
        '○ 여수시 : 청년인구정책관 청년지원팀 061-659-2152\n○ 목포시 : 청년인구과 인구정책팀 061-270-8505\n○ 전라남도 : 청년희망과 청년지원팀 061-286-2832',
    };
    expect(contactOf(record, ['전라남도'])).toEqual({ name: '전라남도 청년희망과 청년지원팀', phone: '061-286-2832' });
  });

  it('never takes a fax number, and writes dotted numbers with dashes (20250513005400210810)', () => {
    const record = { etcMttrCn: '찰영장소 및 문의처\n- 문의처 : 전화 : 062.372.5993 / FAX : 062.372.5996' };
    expect(contactOf(record, [])).toEqual({ phone: '062-372-5993' });
    expect(contactOf({ etcMttrCn: '- 팩스: 043-848-9169' }, [])).toBeUndefined();
  });

  it('leaves out a number without its area code rather than guess it, and takes the e-mail (20250124005400210402)', () => {
    const record = {
      plcyAplyMthdCn:
        '○ 지원신청서 작성 후 이메일 제출(foryunjin@korea.kr)\n※ 이메일 제출 후 청년정책팀(☎450-8354) 유선 연락·접수 확인 요망',
    };
    expect(contactOf(record, [])).toEqual({ email: 'foryunjin@korea.kr' });
    expect(
      contactOf({ ...record, etcMttrCn: '○ 기타 문의사항은 계양구 일자리정책과 청년정책팀(☏032-450-8354)로 문의' }, []),
    ).toEqual({ name: '계양구 일자리정책과 청년정책팀', phone: '032-450-8354', email: 'foryunjin@korea.kr' });
  });

  it('reads a number in the support text only on a line about whom to ask', () => {
    expect(contactOf({ plcySprtCn: '○ 수행기관 : 구미중소기업협의회(☎054-475-9280)' }, [])).toEqual({
      name: '구미중소기업협의회',
      phone: '054-475-9280',
    });
    expect(contactOf({ plcySprtCn: '- 사업기간 : 2025.1.~ 2025.12.' }, [])).toBeUndefined();
  });

  it('names no one when the words before the number are a sentence, not a department', () => {
    expect(contactName('-대관안내 : 청년작당소 홈페이지(하단 링크) 또는 전화(')).toBeUndefined();
    expect(contactName('▹ 포항시 : 모집중(')).toBe('포항시');
    expect(contactName('울산중구종합사회복지관 상담 및 문의 (')).toBe('울산중구종합사회복지관');
  });
});

describe('phone numbers in text', () => {
  it('finds whole numbers in the forms records use, not dates or parts of longer numbers', () => {
    expect(phoneNumbersIn('광산지점 062)950-0080, ☎1599-2250, 02-921-1466, 062-364-9158~9')).toEqual([
      '062-950-0080',
      '1599-2250',
      '02-921-1466',
      '062-364-9158',
    ]);
    expect(phoneNumbersIn('2025.1.~ 2025.12. 20251120005400211911 ☎450-8354')).toEqual([]);
  });

  it('links each whole number in a line of the body', () => {
    expect(linkPhones('충청북도 산업입지과(043-220-4394)')).toBe('충청북도 산업입지과([043-220-4394](tel:0432204394))');
  });
});
