import { joinAlternatives, particleFor } from './particles';
import type { ApplicationStatus } from './status';

/**
 * What the apply box of an entry page offers, decided once from the entry's status, its
 * application method and URL: a page never shows a big 신청하기 for a round that is over,
 * never calls a portal's front page "the form", and says so when the notice does not tell
 * how to apply. Pure; the component (ApplyAction.astro) only draws the result.
 */

/**
 * Names of the sites application links lead to, by host: a button to a front page says
 * whose ("복지로에서 신청하기"). The one place to add a portal.
 */
export const portalNames: Readonly<Record<string, string>> = {
  'www.bokjiro.go.kr': '복지로',
  'www.work24.go.kr': '고용24',
  'www.gov.kr': '정부24',
  'www.youthcenter.go.kr': '온통청년',
  'www.kosaf.go.kr': '한국장학재단',
  'nhuf.molit.go.kr': '주택도시기금',
  'www.kinfa.or.kr': '서민금융진흥원',
  'korea-pass.kr': 'K-패스',
  'www.arko.or.kr': '한국문화예술위원회',
  'youth.gwangju.go.kr': '광주광역시 청년 누리집',
  'www.gwangju.go.kr': '광주광역시 누리집',
  'www.donggu.kr': '광주 동구 누리집',
  'www.seogu.gwangju.kr': '광주 서구 누리집',
  'www.namgu.gwangju.kr': '광주 남구 누리집',
  'bukgu.gwangju.kr': '광주 북구 누리집',
  'www.gwangsan.go.kr': '광주 광산구 누리집',
  'www.gunsan.go.kr': '군산시 누리집',
};

/** The portal's name for a URL, or its host when the table does not know it. */
export function siteNameOf(url: string): string {
  const { host } = new URL(url);
  // Own keys only: `constructor` or `__proto__` as a host is not a portal's name.
  return Object.hasOwn(portalNames, host) ? (portalNames[host] as string) : host;
}

/** True when a URL is a site's front page rather than a form or a notice. */
export function isFrontPage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return (pathname === '/' || pathname === '') && search === '';
}

export type ApplyRoute =
  /** The round is over: no apply button; the last notice and a way to hear of the next. */
  | { kind: 'closed'; noticeUrl: string }
  /** Online: a button; `frontPage` when it leads to the site's front page, not the form. */
  | { kind: 'online'; url: string; label: string; site: string; frontPage: boolean }
  /** By visit, phone, mail or email: the sentence, and the place and number beside it. */
  | { kind: 'offline'; sentence: string; visit: boolean; phone: boolean; noticeUrl: string }
  /** The notice does not say how: send people to it, and say so. */
  | { kind: 'notice'; noticeUrl: string }
  /** No one applies (`eligibility.applicant: none`): say what it is, and link the notice. */
  | { kind: 'none'; noticeUrl: string };

export interface ApplyFacts {
  status: ApplicationStatus;
  /** `application.method`; absent when the notice does not say. */
  methods?: readonly string[] | undefined;
  /** `application.url` */
  url?: string | undefined;
  /** The official notice (`source.url`, or a program's center page). */
  noticeUrl: string;
  /** `eligibility.applicant`: `none` offers nothing to apply for, whatever the period says. */
  applicant?: string | undefined;
}

export function applyRoute(facts: ApplyFacts, methodLabels: Readonly<Record<string, string>>): ApplyRoute {
  const { status, methods = [], url, noticeUrl } = facts;
  if (facts.applicant === 'none') return { kind: 'none', noticeUrl };
  if (status === 'closed') return { kind: 'closed', noticeUrl };
  if (url) {
    const frontPage = isFrontPage(url);
    const site = siteNameOf(url);
    return { kind: 'online', url, site, frontPage, label: frontPage ? `${site}에서 신청하기` : '신청하기' };
  }
  if (methods.length === 0) return { kind: 'notice', noticeUrl };
  const labels = methods.map((method) => methodLabels[method] ?? method);
  const last = labels.at(-1) ?? '';
  return {
    kind: 'offline',
    sentence: `${joinAlternatives(labels)}${particleFor(last, '으로')} 신청해요.`,
    visit: methods.includes('visit'),
    phone: methods.includes('phone'),
    noticeUrl,
  };
}
