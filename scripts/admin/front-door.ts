/**
 * The page at /admin/: what an editor at a city office or youth center reads before the
 * CMS opens. It says who can edit, how to get access, what happens on save and where to
 * ask; without a repository to send changes to (CMS_REPO) it says so instead of offering
 * a CMS that cannot work. Static HTML, no script.
 */
export interface FrontDoorOptions {
  /** `owner/name`, or undefined when the build has none. */
  repo: string | undefined;
  /** True when GitHub sign-in (OAuth) is set up (CMS_AUTH_URL); otherwise tokens only. */
  oauth: boolean;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function accessSteps(repo: string, oauth: boolean): string {
  const url = `https://github.com/${escapeHtml(repo)}`;
  const signIn = oauth
    ? '<li>아래 <strong>편집 화면 열기</strong>를 누르고 <strong>GitHub(으)로 로그인</strong>을 고릅니다.</li>'
    : '';
  return `<h2>편집 권한 받기</h2>
<ol>
<li><a href="https://github.com/signup">GitHub 계정</a>을 만듭니다(무료). 업무용 이메일을 쓰면 검토자가 알아보기 쉽습니다.</li>
<li>사이트 담당자에게 GitHub 계정 이름을 알리고, 저장소 <a href="${url}">${escapeHtml(repo)}</a>에 편집자로 추가해 달라고 요청합니다.</li>
<li>GitHub에서 온 초대 메일의 <strong>Accept invitation</strong>(초대 수락)을 누릅니다.</li>
${signIn}</ol>
<h3>액세스 토큰으로 로그인하기</h3>
<ol>
<li>GitHub에 로그인한 뒤 <a href="https://github.com/settings/personal-access-tokens/new">새 토큰 만들기</a> 화면을 엽니다(Settings › Developer settings › Fine-grained tokens).</li>
<li>Token name에 <code>청년길잡이 편집</code>처럼 알아볼 이름을, Expiration(만료)에 90일을 고릅니다.</li>
<li>Repository access에서 <strong>Only select repositories</strong>를 고르고 <code>${escapeHtml(repo)}</code>를 고릅니다.</li>
<li>Permissions에서 <strong>Contents</strong>와 <strong>Pull requests</strong>를 <strong>Read and write</strong>로 바꿉니다.</li>
<li><strong>Generate token</strong>을 누르고 나온 토큰을 복사합니다. 이 화면을 닫으면 다시 볼 수 없습니다.</li>
<li>아래 <strong>편집 화면 열기</strong>를 누르고 <strong>액세스 토큰으로 로그인</strong>에 붙여 넣습니다. 토큰은 이 브라우저에만 저장되며 다른 사람에게 알려 주지 않습니다.</li>
</ol>`;
}

function body({ repo, oauth }: FrontDoorOptions): string {
  if (!repo) {
    return `<p class="notice" role="alert">이 사이트에는 편집 화면이 설정되지 않았습니다. 사이트를 만든 사람이 편집 내용을 받을 GitHub 저장소(CMS_REPO)를 정하지 않았습니다.</p>
<p>사이트 담당자에게 알려 주세요. 담당자는 빌드 환경 변수 <code>CMS_REPO</code>에 <code>기관/저장소</code> 형식의 이름을 적고 다시 빌드합니다.</p>`;
  }
  const issues = `https://github.com/${escapeHtml(repo)}/issues`;
  return `<h2>누가 고칠 수 있나요</h2>
<p>시청·구청·군청과 청년센터의 담당자처럼 저장소 <strong>${escapeHtml(repo)}</strong>에 편집자로 등록된 사람이 정책, 프로그램, 청년센터, 기관 정보를 고치고 추가할 수 있습니다. 프로그램이나 명령어는 필요 없고 브라우저만 있으면 됩니다.</p>
${accessSteps(repo, oauth)}
<h2>저장하면 어떻게 되나요</h2>
<ol>
<li>저장한 내용은 바로 공개되지 않습니다. <strong>검토 요청</strong>(GitHub의 pull request)이 만들어집니다.</li>
<li>몇 분 안에 자동 검사가 끝나면 검토 요청에 한국어 댓글이 달립니다. 고칠 것이 있으면 항목 이름과 적을 내용을 알려 주고, 문제가 없으면 그렇다고 알려 줍니다.</li>
<li>검토자가 내용을 확인하고 병합(merge)하면 사이트가 다시 만들어지고, 보통 10분 안에 공개 사이트에 반영됩니다.</li>
</ol>
<p><a class="button" href="edit/">편집 화면 열기</a></p>
<h2>도움이 필요하면</h2>
<p>막히는 곳이 있으면 저장소의 <a href="${issues}">질문 게시판(Issues)</a>에 글을 남기거나 사이트 담당자에게 연락하세요. 자세한 편집 안내는 <a href="https://github.com/${escapeHtml(repo)}/blob/main/CONTRIBUTING.md">기여 안내(CONTRIBUTING.md)</a>에 있습니다.</p>`;
}

export function frontDoorHtml(options: FrontDoorOptions, siteTitle = '청년길잡이'): string {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>콘텐츠 편집 안내 | ${escapeHtml(siteTitle)}</title>
<link rel="stylesheet" href="front-door.css">
</head>
<body>
<main>
<h1>${escapeHtml(siteTitle)} 콘텐츠 편집 안내</h1>
${body(options)}
</main>
</body>
</html>
`;
}

export const frontDoorCss = `body{margin:0;font-family:system-ui,"Noto Sans KR","Apple SD Gothic Neo",sans-serif;line-height:1.7;color:#1a1a1a;background:#f7f8fa;word-break:keep-all;overflow-wrap:anywhere}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
a{color:#0b57d0}a:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
code{background:#eef1f5;padding:0 .25rem;border-radius:.2rem}
.button{display:inline-block;padding:.75rem 1.5rem;background:#0b57d0;color:#fff;border-radius:.5rem;font-weight:700;text-decoration:none}
.button:hover{background:#0842a0}.notice{padding:1rem;border-left:4px solid #b3261e;background:#fdecea}
`;
