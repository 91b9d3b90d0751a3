import { describe, expect, it } from 'vitest';
import { applyRoute, isFrontPage, siteNameOf } from '../../src/lib/apply-route';
import { applicationMethodLabels } from '../../src/lib/vocabulary';

const notice = 'https://www.gunsan.go.kr/notice/1';
const route = (facts: Partial<Parameters<typeof applyRoute>[0]>) =>
  applyRoute({ status: 'open', noticeUrl: notice, ...facts }, applicationMethodLabels);

describe('applyRoute', () => {
  it('offers no apply button once the round is closed, even with a form address', () => {
    expect(route({ status: 'closed', methods: ['online'], url: 'https://www.bokjiro.go.kr/' })).toEqual({
      kind: 'closed',
      noticeUrl: notice,
    });
  });

  it("names the portal on a button that leads to the portal's front page", () => {
    const found = route({ methods: ['online'], url: 'https://www.bokjiro.go.kr/' });
    expect(found).toMatchObject({ kind: 'online', label: '복지로에서 신청하기', frontPage: true, site: '복지로' });
  });

  it('keeps 신청하기 for a deep link to the form, and the host for a portal it does not know', () => {
    expect(route({ methods: ['online'], url: 'https://www.bokjiro.go.kr/apply?id=3' })).toMatchObject({
      label: '신청하기',
      frontPage: false,
    });
    expect(route({ methods: ['online'], url: 'https://apply.example.kr/' })).toMatchObject({
      label: 'apply.example.kr에서 신청하기',
    });
  });

  it('says how to apply in person with the right particle', () => {
    expect(route({ methods: ['visit'] })).toMatchObject({
      kind: 'offline',
      sentence: '방문으로 신청해요.',
      visit: true,
    });
    expect(route({ methods: ['visit', 'phone'] })).toMatchObject({
      sentence: '방문이나 전화로 신청해요.',
      phone: true,
    });
    expect(route({ methods: ['email'] })).toMatchObject({ sentence: '이메일로 신청해요.', visit: false });
  });

  it('sends people to the notice when it does not say how to apply', () => {
    expect(route({ methods: undefined })).toEqual({ kind: 'notice', noticeUrl: notice });
    expect(route({ methods: [] })).toEqual({ kind: 'notice', noticeUrl: notice });
  });
});

describe('portal helpers', () => {
  it('tells a front page from a deeper page', () => {
    expect(isFrontPage('https://www.work24.go.kr/')).toBe(true);
    expect(isFrontPage('https://www.work24.go.kr/?menu=1')).toBe(false);
    expect(isFrontPage('https://www.work24.go.kr/wk/a/b')).toBe(false);
  });

  it('names known portals by host', () => {
    expect(siteNameOf('https://www.work24.go.kr/')).toBe('고용24');
    expect(siteNameOf('https://www.gunsan.go.kr/main')).toBe('군산시 누리집');
  });

  it('offers nothing to apply for when no one applies (applicant none), whatever the period and form say', () => {
    expect(
      route({ applicant: 'none', status: 'open', methods: ['online'], url: 'https://apply.example.kr/form' }),
    ).toEqual({ kind: 'none', noticeUrl: notice });
    expect(route({ applicant: 'business', methods: ['online'], url: 'https://apply.example.kr/form' }).kind).toBe(
      'online',
    );
  });
});
