import { describe, expect, it } from 'vitest';
import { documentsOf } from '../../scripts/import/documents';

// 제출 서류 (sbmsnDcmntCn) of real 온통청년 records.
describe('documentsOf: one checklist item per document', () => {
  it('takes off numbering and dashes, and keeps notes out of the boxes (20250304005400210577, 20251219005400212034)', () => {
    expect(documentsOf('- 재직증명서 1부.\n- 통장 사본 1부.').documents).toEqual(['재직증명서 1부.', '통장 사본 1부.']);
    expect(
      documentsOf(
        '    ① 지원신청서 1부\n    ② 혼인관계증명서 1부\n    ※ 자세한 내용은 반드시 공고문을 참고하시기 바랍니다.',
      ),
    ).toEqual({
      documents: ['지원신청서 1부', '혼인관계증명서 1부'],
      notes: ['※ 자세한 내용은 반드시 공고문을 참고하시기 바랍니다.'],
    });
  });

  it('makes headings the label of the documents under them, never a box (20250516005400210832)', () => {
    const { documents } = documentsOf(
      '□ 공통서류\n① 부정수급확약서 1부\n\n□ 면접수당\n① 주민등록초본 1부\n② 면접확인서 1부',
    );
    expect(documents).toEqual([
      '(공통서류) 부정수급확약서 1부',
      '(면접수당) 주민등록초본 1부',
      '(면접수당) 면접확인서 1부',
    ]);
    // 20250331005400210675: a numbered heading in brackets, its documents under dashes.
    expect(
      documentsOf('④ 거주지 임대차계약서(임차 시) 1부\n⑤ (법인 사업자 추가서류)\n- 법인등기부등본').documents,
    ).toEqual(['거주지 임대차계약서(임차 시) 1부', '(법인 사업자 추가서류) 법인등기부등본']);
    // A heading that only says "documents" labels nothing (20250910005400211691).
    expect(documentsOf('○ 필수 신청서류\n  ① 신분증').documents).toEqual(['신분증']);
  });

  it('splits a line that lists several documents, at commas and numbers (20250908005400211676, 20250719005400211467)', () => {
    expect(documentsOf('(공    통) ① 신청서, ② 주민등록등본(뒷자리 미표기)').documents).toEqual([
      '(공통) 신청서',
      '(공통) 주민등록등본(뒷자리 미표기)',
    ]);
    expect(documentsOf('1. 사업신청서 2.사업계획서 3. 주민등록등본').documents).toEqual([
      '사업신청서',
      '사업계획서',
      '주민등록등본',
    ]);
    expect(documentsOf('신분증, 훈련상담신청서, 졸업예정 관련 확인서(예정자만, 해당 시)').documents).toEqual([
      '신분증',
      '훈련상담신청서',
      '졸업예정 관련 확인서(예정자만, 해당 시)',
    ]);
  });

  it('keeps a choice of documents in one box (20250910005400211691)', () => {
    const line = '③ 진단서 소견서 등 , 공공민간기관추천서, 가정위탁아동보호확인서 중1개';
    expect(documentsOf(line).documents).toEqual([
      '진단서 소견서 등 , 공공민간기관추천서, 가정위탁아동보호확인서 중1개',
    ]);
  });

  it('joins a document written over two lines (20251106005400211806)', () => {
    expect(documentsOf(' 5. 비영리민간단체 등록증 또는 \n   고유번호증(해당 시)').documents).toEqual([
      '비영리민간단체 등록증 또는 고유번호증(해당 시)',
    ]);
  });

  it('sends pointers to the notice and what the office checks to the text (20251121005400211913, 20250110005400110149)', () => {
    expect(documentsOf('공고문 참조')).toEqual({ documents: [], notes: ['제출 서류: 공고문 참조'] });
    const decoded = '- 신청인 제출서류 : 없음\n- 담당공무원 확인사항 : 중·장기복무제대군인 등록 여부';
    expect(documentsOf(decoded)).toEqual({
      documents: [],
      notes: ['담당공무원 확인사항 : 중·장기복무제대군인 등록 여부'],
    });
  });
});
