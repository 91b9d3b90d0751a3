import { withBase } from './lib/paths';

/** Site-wide settings for pages. Deployment address comes from SITE_URL and BASE_PATH. */
export const siteName = '청년길잡이';
export const siteDescription =
  '광주광역시와 군산시 청년이 신청할 수 있는 정책과 청년센터 프로그램을 한곳에서 찾고, 바로 신청서로 가는 안내 사이트입니다.';

/** A site route as a link that respects the deployment base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
