import { siteSettings } from '../scripts/site-settings.mjs';
import { withBase } from './lib/paths';

/** Site-wide settings for pages. Deployment address comes from SITE_URL and BASE_PATH. */
export const siteName = '청년길잡이';
export const siteDescription =
  '광주광역시와 군산시 청년이 신청할 수 있는 정책과 청년센터 프로그램을 한곳에서 찾고, 신청 방법까지 안내하는 사이트입니다.';

const settings = siteSettings(process.env);

/** "Today" in Seoul when the site is built (TODAY=YYYY-MM-DD pins it): statuses are computed for it. */
export const buildDate = settings.today;

/**
 * LEAN_BUILD=1 leaves out the files there is one of per entry besides its page (the
 * `.ics` file of each entry and the embed card of each policy), for hosts that limit
 * the number of files (Cloudflare Pages: 20,000 on the free plan). Nothing links to them
 * then; calendar subscriptions and list embeds stay.
 */
export const leanBuild = settings.leanBuild;

/** A site route as a link that respects the deployment base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
