import { describe, expect, it } from 'vitest';
import { benefitLine } from '../../scripts/import/benefit';
import { textLines } from '../../scripts/import/text';

// Support texts as 온통청년 records write them (plcySprtCn), bullets and all.
const benefit = (text: string) => benefitLine(textLines(text));

describe('benefitLine: what a person gets, for the card', () => {
  it('takes the value labelled 지원내용, not who may apply listed before it', () => {
    expect(
      benefit(
        '▪ 지원대상 : 임신부\n▪ 지원기준 : 신청일 이전부터 서산시에 주민등록이 3개월 이상 된 임신부\n▪ 지원내용 : 10만원 지원',
      ),
    ).toBe('10만원 지원');
    expect(
      benefit(
        '❍ (지원대상) 부모와 별도로 거주하는 무주택 청년\n❍ (소득기준) 중위소득 100% 이하\n❍ (지원내용) 1인 월 최대 20만원 임차료 지원(최대 24개월, 생애 1회)',
      ),
    ).toBe('1인 월 최대 20만원 임차료 지원(최대 24개월, 생애 1회)');
    expect(benefit('1. 사업목적 : 임업분야 정착 지원\n2. 교육대상 : 예비임업인\n3. 교육내용 : 맞춤형 교육 제공')).toBe(
      '맞춤형 교육 제공',
    );
    expect(benefit('- (대상) 고립 청년 40명 내외\n- (내용) 1:1 진입상담 및 집단상담(4회기)')).toBe(
      '1:1 진입상담 및 집단상담(4회기)',
    );
  });

  it('takes the line under a bare 지원내용 heading', () => {
    expect(
      benefit(
        '- 사업대상 : 바이오헬스 분야 기업\n- 지원기간 : 최대 2년\n- 지원내용\n· (기업) 청년 인건비 지원(기업부담 10%)',
      ),
    ).toBe('(기업) 청년 인건비 지원(기업부담 10%)');
    expect(benefit('구직자 지원내용\n※ 예산 소진 시 마감\n면접 정장 무료 대여')).toBe('면접 정장 무료 대여');
  });

  it('takes a line that names a benefit of its own, whole, over who and when', () => {
    expect(benefit('○지원과정 : 심사를 거쳐 공고된 훈련과정\n○훈련비 지원 : 1회에 한해 훈련비 전액 지원')).toBe(
      '훈련비 지원 : 1회에 한해 훈련비 전액 지원',
    );
    expect(benefit('□ 면접수당 : 면접 1회당 7만원 (최대 5회, 35만원)\n□ 취업성공수당 : 50만원')).toBe(
      '면접수당 : 면접 1회당 7만원 (최대 5회, 35만원)',
    );
  });

  it('skips headings, notes, periods, places and the legal basis with what is listed under it', () => {
    expect(
      benefit("○ 사업기간 : '25. 1. ~ 12.\n※ 23년 신규사업\n○ 대 상 : 울산 대학생\n○ 대학생 학자금 이자 지원"),
    ).toBe('대학생 학자금 이자 지원');
    expect(
      benefit('ㅇ (사업 근거)\n- 청년기본법 제21조\n- 서울특별시 청년기본조례\nㅇ (사업 내용)\n- 고립 청년 상담 지원'),
    ).toBe('고립 청년 상담 지원');
    expect(benefit('진주 청년몰 청년상인 모집\n❍ 위    치 : 진주 중앙시장 2층')).toBe('진주 청년몰 청년상인 모집');
    expect(benefit('< 청년임업인 특성화 교육 >\n현장 실증형 교육')).toBe('현장 실증형 교육');
    expect(benefit('친환경농산물 계약재배 단지 조성, 컨설팅 지원 등\n※ 지원규모 : 60농가')).toBe(
      '친환경농산물 계약재배 단지 조성, 컨설팅 지원 등',
    );
  });

  it('keeps a plain first line, and finds nothing where every line is about something else', () => {
    expect(benefit('근속장려금 50만 원 지급')).toBe('근속장려금 50만 원 지급');
    expect(benefit('□ 행사개요\n○ (행사일시) 6회\n○ (모집인원) 240명\n○ (프로그램) 1:1대화, 그룹대화')).toBe(
      '(프로그램) 1:1대화, 그룹대화',
    );
    expect(benefit('(청년 홍보단 운영)\n- 홍보콘텐츠 제작, 홍보행사 기획')).toBe('홍보콘텐츠 제작, 홍보행사 기획');
    expect(benefit('지급기준\n- 남은 구직급여의 1/2을 조기재취업수당으로 지급')).toBe(
      '남은 구직급여의 1/2을 조기재취업수당으로 지급',
    );
    expect(benefit('1. 맞춤형 프로그램 무료 제공\n밀착상담, 사례관리')).toBe('1. 맞춤형 프로그램 무료 제공');
    expect(benefit('□ 사업개요\n○ 사 업 량: 2~3개소\n○ 사업기간: 2월 ~ 12월\n○ 사 업 비: 150백만원')).toBeUndefined();
    expect(benefit('1. 자격요건\n가) 만 19세 이상 만 39세 이하\n나) 창업 1년 이내')).toBeUndefined();
    expect(benefit('')).toBeUndefined();
  });
});
