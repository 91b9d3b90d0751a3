import { describe, expect, it } from 'vitest';
import EligibilityPanel from '../../src/components/EligibilityPanel.astro';
import { conditionFields, conditions } from '../../src/lib/eligibility/conditions';
import type { Eligibility } from '../../src/schemas/eligibility';
import { renderComponent } from './astro-container';

// A policy with every condition of the schema (applicant `group`: a person's is not shown).
const everything: Required<Eligibility> = {
  age: { min: 19, max: 34 },
  employment: ['unemployed'],
  education: ['university-graduate'],
  marital: 'single',
  income: '청년가구 기준 중위소득 60% 이하',
  medianIncome: [
    { percent: 60, household: 'own' },
    { percent: 100, household: 'parents' },
  ],
  annualIncome: { max: 50_000_000, of: 'self' },
  housing: { homeless: true, apart: true, householder: true },
  groups: ['care-leaver'],
  majors: ['engineering'],
  residenceMonths: 6,
  applicant: 'group',
  conditions: ['재산 기준 충족'],
  excluded: ['대학원생'],
};
const row = (html: string, term: string) =>
  new RegExp(`<dt[^>]*>${term}</dt>\\s*<dd[^>]*data-condition="[^"]+"[^>]*>([^<]*)`).exec(html)?.[1]?.trim();

describe('EligibilityPanel', () => {
  it('shows every condition the finder judges, each with its label from the conditions table', async () => {
    const html = await renderComponent(EligibilityPanel, { eligibility: everything, regionNames: '광주' });
    for (const field of conditionFields) expect(html, field).toContain(conditions[field].label);
    expect(row(html, '주거')).toBe('무주택, 부모님과 따로 사는 청년, 세대주');
    expect(row(html, '기준 중위소득')).toBe(
      '청년 가구 기준 중위소득 60% 이하, 원가구(부모님 가구) 기준 중위소득 100% 이하',
    );
    expect(row(html, '연소득')).toBe('본인 연소득 5,000만원 이하');
    expect(row(html, '거주 기간')).toBe('광주에 6개월 이상 거주');
    expect(row(html, '특화 대상')).toBe('자립준비청년·보호종료아동 중 하나');
    expect(row(html, '신청하는 사람')).toBe('모임으로 신청');
  });

  it('says 무주택 on the page of a policy that requires it, and nothing of conditions it does not have', async () => {
    const html = await renderComponent(EligibilityPanel, {
      eligibility: { housing: { homeless: true } },
      regionNames: '전국',
    });
    expect(row(html, '주거')).toBe('무주택');
    expect(html).not.toContain('나이');
    expect(html).not.toContain('신청하는 사람');
  });

  // Record 20250424005400210721 gives its only number (052-296-3161) in 추가 신청 자격.
  it('makes a phone number in a condition line a tel: link', async () => {
    const html = await renderComponent(EligibilityPanel, {
      eligibility: { conditions: ['울산 중구 거주 청년 (문의: 052-296-3161)'], income: '문의 1588-0000' },
      regionNames: '울산 중구',
    });
    expect(html).toContain('<a class="text-brand-700 underline" href="tel:0522963161">052-296-3161</a>');
    expect(html).toContain('href="tel:15880000"');
  });
});
