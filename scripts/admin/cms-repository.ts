/**
 * Which GitHub repository the CMS sends editors' pull requests to: CMS_REPO, or the
 * repository GitHub Actions is building. Never a placeholder: without one the CMS is left
 * out (and the front door says so), and a deploy build (DEPLOY=1) fails, because a
 * published site whose editors cannot save is broken.
 */
export interface CmsRepository {
  repo?: string;
  /** Printed by a build without a repository. */
  warning?: string;
  /** Stops a deploy build. */
  error?: string;
}

const repoPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function cmsRepository(env: Record<string, string | undefined>): CmsRepository {
  const repo = env.CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim() || '';
  if (repo && !repoPattern.test(repo)) {
    return {
      error: `관리 화면: CMS_REPO는 기관/저장소 형식으로 적으세요 (예: gwangju-city/youth-content). 지금 값: ${repo}`,
    };
  }
  if (repo) return { repo };
  if (env.DEPLOY === '1' || env.DEPLOY === 'true') {
    return {
      error:
        '배포 빌드 중단: 편집 내용을 받을 GitHub 저장소(CMS_REPO)가 없습니다. 빌드 환경 변수 CMS_REPO에 기관/저장소(예: gwangju-city/youth-content)를 적으세요.',
    };
  }
  return {
    warning:
      '관리 화면: CMS_REPO(예: gwangju-city/youth-content)가 없어 편집 화면(/admin/edit/)을 만들지 않았습니다. /admin/은 편집이 설정되지 않았다고 안내합니다. 배포 빌드(DEPLOY=1)에서는 오류입니다.',
  };
}
