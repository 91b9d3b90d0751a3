import { describe, expect, it } from 'vitest';
import { cmsRepository } from '../../scripts/admin/cms-repository';
import { frontDoorHtml } from '../../scripts/admin/front-door';

describe('the editors front door (/admin/)', () => {
  it('names the repository, the access steps, what a save does and where to ask', () => {
    const html = frontDoorHtml({ repo: 'gwangju-city/youth-content', oauth: false });
    for (const text of [
      '누가 고칠 수 있나요',
      '편집 권한 받기',
      '액세스 토큰으로 로그인하기',
      '저장하면 어떻게 되나요',
      '도움이 필요하면',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('https://github.com/gwangju-city/youth-content/issues');
    expect(html).not.toContain('GitHub(으)로 로그인');
    expect(frontDoorHtml({ repo: 'a/b', oauth: true })).toContain('GitHub(으)로 로그인');
  });

  it('says plainly that editing is not set up when there is no repository, with no placeholder', () => {
    const html = frontDoorHtml({ repo: undefined, oauth: false });
    expect(html).toContain('편집 화면이 설정되지 않았습니다');
    expect(html).not.toMatch(/OWNER|REPOSITORY|edit\//);
  });
});

describe('the repository the CMS saves to', () => {
  it('is CMS_REPO, else the repository CI builds', () => {
    expect(cmsRepository({ CMS_REPO: 'city/content', GITHUB_REPOSITORY: 'x/y' })).toEqual({ repo: 'city/content' });
    expect(cmsRepository({ GITHUB_REPOSITORY: 'x/y' })).toEqual({ repo: 'x/y' });
  });

  it('leaves the CMS out of a local build without one, and stops a deploy build', () => {
    expect(cmsRepository({}).warning).toContain('CMS_REPO');
    expect(cmsRepository({}).repo).toBeUndefined();
    expect(cmsRepository({ DEPLOY: '1' }).error).toContain('배포 빌드 중단');
    expect(cmsRepository({ CMS_REPO: 'not a repo' }).error).toContain('기관/저장소');
  });
});
