import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../scripts/lib/content-files';
import { WARNING_KINDS } from '../../scripts/validate/content-checks';
import { validateContent } from '../../scripts/validate/validate-tree';
import { corpusCase, corpusRoot, validTree } from '../invalid-corpus';

// Every file in tests/fixtures/invalid/ breaks exactly one rule; each must be reported
// once, at the line and column an editor has to change, with the Korean fix.
const today = '2026-11-22';

const errors: [file: string, line: number, column: number, field: string, message: string][] = [
  ['centers/email-invalid.md', 5, 1, 'email', '올바른 이메일 주소를 적으세요.'],
  ['centers/missing-address.md', 1, 1, 'address', '필수 항목이 없습니다. 이 항목을 추가하세요.'],
  [
    'organizations/kind-not-allowed.yaml',
    2,
    1,
    'kind',
    '허용되지 않는 값입니다. 다음 중 하나로 적으세요: city, district, province, national, center, agency, company, nonprofit',
  ],
  [
    'organizations/unknown-region.yaml',
    3,
    1,
    'region',
    "지역 'testcty'을(를) 찾을 수 없습니다. regions.yaml에 있는 id로 고치세요. testcity의 오타로 보입니다.",
  ],
  [
    'policies/Upper-Case-Name.md',
    1,
    1,
    '(파일 이름)',
    '파일·폴더 이름은 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 이름을 바꾸세요.',
  ],
  [
    'policies/page.md',
    1,
    1,
    '(파일 이름)',
    "'page'는 목록의 쪽 주소(/policies/page/2/)에 쓰이므로 파일·폴더 이름으로 쓸 수 없습니다. 이름을 바꾸세요.",
  ],
  [
    'policies/age-range-reversed.md',
    8,
    19,
    'eligibility.age.max',
    '최소 나이가 최대 나이보다 큽니다. 나이 범위를 확인하세요.',
  ],
  [
    'policies/body-callout-expression-type.mdx',
    18,
    1,
    '(본문)',
    'Callout의 type 속성 값은 따옴표로 감싼 글자로만 적으세요. 예: type="info"',
  ],
  [
    'policies/body-callout-unknown-type.mdx',
    18,
    1,
    '(본문)',
    'Callout의 type 속성 값은 다음 중 하나로 적으세요: info, warning',
  ],
  [
    'policies/body-component-in-md.md',
    18,
    1,
    '(본문)',
    '<Callout> 컴포넌트는 .mdx 파일에서만 쓸 수 있습니다. 파일 확장자를 .mdx로 바꾸세요.',
  ],
  [
    'policies/body-data-image.md',
    18,
    1,
    '(본문)',
    '링크에 javascript: 또는 data: 주소는 쓸 수 없습니다. https:// 주소로 바꾸세요.',
  ],
  ['policies/body-embed.mdx', 18, 1, '(본문)', '<embed> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  ['policies/body-event-handler.mdx', 18, 1, '(본문)', '이벤트 속성(onClick)은 쓸 수 없습니다. 이 속성을 지우세요.'],
  [
    'policies/body-export.mdx',
    18,
    1,
    '(본문)',
    'import/export는 쓸 수 없습니다. 이 줄을 지우세요. 편집용 컴포넌트는 import 없이 쓸 수 있습니다.',
  ],
  [
    'policies/body-expression.mdx',
    18,
    8,
    '(본문)',
    '중괄호 {…}는 코드로 실행되므로 쓸 수 없습니다. 글자 그대로 쓰려면 \\{ 처럼 앞에 역슬래시(\\)를 붙이세요.',
  ],
  ['policies/body-iframe.mdx', 18, 1, '(본문)', '<iframe> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-import.mdx',
    18,
    1,
    '(본문)',
    'import/export는 쓸 수 없습니다. 이 줄을 지우세요. 편집용 컴포넌트는 import 없이 쓸 수 있습니다.',
  ],
  [
    'policies/body-javascript-link.mdx',
    18,
    1,
    '(본문)',
    '링크에 javascript: 또는 data: 주소는 쓸 수 없습니다. https:// 주소로 바꾸세요.',
  ],
  ['policies/body-object.mdx', 18, 1, '(본문)', '<object> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-raw-event-handler.md',
    18,
    1,
    '(본문)',
    '이벤트 속성(onmouseover)은 쓸 수 없습니다. 이 속성을 지우세요.',
  ],
  ['policies/body-raw-script.md', 18, 1, '(본문)', '<script> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  ['policies/body-script.mdx', 18, 1, '(본문)', '<script> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-spread-attribute.mdx',
    18,
    1,
    '(본문)',
    '<Steps>에 {…} 속성은 쓸 수 없습니다. 속성은 type="info"처럼 적으세요.',
  ],
  ['policies/body-style.mdx', 18, 1, '(본문)', '<style> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-unclosed-component.mdx',
    18,
    1,
    '(본문)',
    'MDX 문법 오류입니다. 태그의 짝(<Callout>…</Callout>)이 맞는지, 중괄호나 <, > 글자가 없는지 확인하세요. 글자 그대로 쓰려면 앞에 역슬래시(\\)를 붙이세요.',
  ],
  [
    'policies/body-unknown-component.mdx',
    18,
    1,
    '(본문)',
    '<ApplyForm>는 쓸 수 없습니다. Markdown 문법으로 쓰거나 편집용 컴포넌트(Callout, Steps)를 쓰세요.',
  ],
  [
    'policies/body-allowed-tag-bad-attribute.md',
    18,
    5,
    '(본문)',
    'strong의 style 속성은(는) 쓸 수 없습니다. 이 속성을 지우세요.',
  ],
  ['policies/body-cdata.md', 18, 1, '(본문)', '<!로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.'],
  [
    'policies/body-fake-apply-button-inline.md',
    18,
    5,
    '(본문)',
    '<a>는 쓸 수 없습니다. 링크는 [보이는 글자](https://주소)처럼 Markdown으로 쓰세요.',
  ],
  [
    'policies/body-fake-apply-button.md',
    18,
    1,
    '(본문)',
    '<a>는 쓸 수 없습니다. 링크는 [보이는 글자](https://주소)처럼 Markdown으로 쓰세요.',
  ],
  [
    'policies/body-http-link.md',
    18,
    9,
    '(본문)',
    'http:// 주소는 쓸 수 없습니다. https://로 시작하는 주소로 바꾸세요.',
  ],
  [
    'policies/body-processing-instruction.md',
    18,
    1,
    '(본문)',
    '<?로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.',
  ],
  [
    'policies/body-protocol-relative-image.md',
    18,
    1,
    '(본문)',
    '다른 사이트의 이미지는 쓸 수 없습니다. 이미지 파일을 public/images/에 넣고 ![설명](/images/파일.png)처럼 적으세요.',
  ],
  [
    'policies/body-remote-image.md',
    18,
    1,
    '(본문)',
    '다른 사이트의 이미지는 쓸 수 없습니다. 이미지 파일을 public/images/에 넣고 ![설명](/images/파일.png)처럼 적으세요.',
  ],
  ['policies/body-comment-in-title.md', 18, 29, '(본문)', '<meta> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-empty-comment.md',
    20,
    1,
    '(본문)',
    '주석(<!-- … -->)은 페이지에 나오지 않습니다. 이 부분을 지우세요.',
  ],
  [
    'policies/body-unclosed-comment.md',
    20,
    1,
    '(본문)',
    '주석 <!--이 -->로 닫히지 않았습니다. 주석은 페이지에 나오지 않으니 <!--부터 지우세요.',
  ],
  [
    'policies/body-unclosed-inline-tag.md',
    18,
    8,
    '(본문)',
    '<strong> 태그가 닫히지 않았습니다. 같은 문단 안에 </strong>를 추가하세요.',
  ],
  ['policies/body-unterminated-meta.md', 19, 1, '(본문)', '<meta> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  ['policies/body-unterminated-script.md', 18, 1, '(본문)', '<script> 태그는 쓸 수 없습니다. 이 태그를 지우세요.'],
  [
    'policies/body-unterminated-tag-in-block.md',
    19,
    1,
    '(본문)',
    '태그 <strong가 >로 끝나지 않아 뒤의 내용까지 태그로 읽힙니다. 태그를 >로 닫거나, 글자 <를 쓰려면 \\< 처럼 적으세요.',
  ],
  [
    'centers/phone-two-numbers.md',
    5,
    1,
    'phone',
    '전화번호는 062-000-0000처럼 번호 하나만 적으세요. 내선은 062-000-0000 (내선 2)처럼 뒤에 적습니다.',
  ],
  [
    'centers/phone-words.md',
    5,
    1,
    'phone',
    '전화번호는 062-000-0000처럼 번호 하나만 적으세요. 내선은 062-000-0000 (내선 2)처럼 뒤에 적습니다.',
  ],
  [
    'organizations/phone-terminal-escape.yaml',
    4,
    1,
    'phone',
    '전화번호는 062-000-0000처럼 번호 하나만 적으세요. 내선은 062-000-0000 (내선 2)처럼 뒤에 적습니다.',
  ],
  [
    'organizations/url-with-tab.yaml',
    4,
    1,
    'url',
    '주소 안에 공백, 줄바꿈이나 보이지 않는 글자가 있습니다. 주소를 한 줄로 다시 붙여 넣으세요.',
  ],
  [
    'policies/contact-phone-two-extensions.md',
    11,
    27,
    'application.contact.phone',
    '전화번호는 062-000-0000처럼 번호 하나만 적으세요. 내선은 062-000-0000 (내선 2)처럼 뒤에 적습니다.',
  ],
  [
    'policies/updated-in-future.md',
    15,
    1,
    'updated',
    '확인한 날(updated) 2062-10-01이(가) 오늘(2026-11-22)보다 뒤입니다. 출처를 실제로 확인한 날짜를 적으세요.',
  ],
  [
    'policies/updated-tomorrow.md',
    15,
    1,
    'updated',
    '확인한 날(updated) 2026-11-23이(가) 오늘(2026-11-22)보다 뒤입니다. 출처를 실제로 확인한 날짜를 적으세요.',
  ],
  [
    'policies/url-inner-space.md',
    10,
    3,
    'application.url',
    '주소 안에 공백, 줄바꿈이나 보이지 않는 글자가 있습니다. 주소를 한 줄로 다시 붙여 넣으세요.',
  ],
  [
    'policies/url-line-break.md',
    14,
    3,
    'source.url',
    '주소 안에 공백, 줄바꿈이나 보이지 않는 글자가 있습니다. 주소를 한 줄로 다시 붙여 넣으세요.',
  ],
  [
    'policies/url-nul.md',
    10,
    3,
    'application.url',
    '주소 안에 공백, 줄바꿈이나 보이지 않는 글자가 있습니다. 주소를 한 줄로 다시 붙여 넣으세요.',
  ],
  ['policies/url-too-long.md', 14, 3, 'source.url', '주소가 너무 깁니다. 2000자 이하의 주소를 적으세요.'],
  ['policies/url-with-credentials.md', 10, 3, 'application.url', 'https://로 시작하는 전체 주소를 적으세요.'],
  ['policies/url-without-slashes.md', 14, 3, 'source.url', 'https://로 시작하는 전체 주소를 적으세요.'],
  ['centers/sub/nested-center.md', 1, 1, '(파일 이름)', 'centers 파일은 하위 폴더 없이 centers/ 바로 아래에 두세요.'],
  [
    'organizations/encoding-cp949.yaml',
    1,
    7,
    '(파일)',
    'UTF-8이 아닌 글자가 있습니다(다른 인코딩으로 저장된 파일). 편집기에서 UTF-8로 다시 저장하세요.',
  ],
  [
    'organizations/yaml-alias-bomb.yaml',
    5,
    8,
    '(YAML)',
    'YAML 문법 오류: YAML 별칭(&이름, *이름)은 쓸 수 없습니다. 값을 그대로 다시 적으세요.',
  ],
  [
    'organizations/yaml-alias.yaml',
    4,
    6,
    '(YAML)',
    'YAML 문법 오류: YAML 별칭(&이름, *이름)은 쓸 수 없습니다. 값을 그대로 다시 적으세요.',
  ],
  ['organizations/yaml-deep-indent.yaml', 29, 1, '(YAML)', '들여쓰기가 너무 깊습니다. 항목은 12단계 안으로 적으세요.'],
  [
    'policies/body-one-line-nesting.md',
    18,
    1,
    '(본문)',
    '인용(>)이나 목록이 너무 깊게 겹쳐 있습니다. 10단계 안으로 줄이세요.',
  ],
  [
    'policies/body-long-line.md',
    18,
    1,
    '(본문)',
    '한 줄이 너무 깁니다(24,000자). 한 줄은 20,000자 안으로, 문단은 빈 줄로 나누세요.',
  ],
  [
    'policies/body-deep-list.md',
    39,
    1,
    '(본문)',
    '인용(>)이나 목록이 너무 깊게 겹쳐 있습니다. 10단계 안으로 줄이세요.',
  ],
  [
    'policies/body-deep-quotes.md',
    18,
    1,
    '(본문)',
    '인용(>)이나 목록이 너무 깊게 겹쳐 있습니다. 10단계 안으로 줄이세요.',
  ],
  [
    'policies/body-star-run.md',
    18,
    1,
    '(본문)',
    '한 문단에 *, _, ~, [ ] 글자가 너무 많습니다(400개 넘음). 문단을 나누거나, 장식용 글자를 지우세요.',
  ],
  [
    'policies/body-underscore-run.md',
    18,
    1,
    '(본문)',
    '한 문단에 *, _, ~, [ ] 글자가 너무 많습니다(400개 넘음). 문단을 나누거나, 장식용 글자를 지우세요.',
  ],
  [
    'policies/encoding-bom.md',
    1,
    1,
    '(파일)',
    '파일 맨 앞에 보이지 않는 BOM 표시가 있습니다. 편집기에서 "UTF-8 (BOM 없음)"으로 다시 저장하세요.',
  ],
  [
    'policies/encoding-euc-kr.md',
    2,
    8,
    '(파일)',
    'UTF-8이 아닌 글자가 있습니다(다른 인코딩으로 저장된 파일). 편집기에서 UTF-8로 다시 저장하세요.',
  ],
  [
    'policies/encoding-nul.md',
    19,
    3,
    '(파일)',
    '보이지 않는 NUL 글자가 있습니다. 이 자리의 글자를 지우고 다시 적으세요.',
  ],
  [
    'policies/encoding-utf16-without-bom.md',
    2,
    16,
    '(파일)',
    'UTF-8이 아닌 글자가 있습니다(다른 인코딩으로 저장된 파일). 편집기에서 UTF-8로 다시 저장하세요.',
  ],
  ['policies/encoding-utf16.md', 1, 1, '(파일)', 'UTF-16으로 저장된 파일입니다. 편집기에서 UTF-8로 다시 저장하세요.'],
  [
    'policies/yaml-alias-bomb.md',
    17,
    8,
    '(YAML)',
    'YAML 문법 오류: YAML 별칭(&이름, *이름)은 쓸 수 없습니다. 값을 그대로 다시 적으세요.',
  ],
  [
    'policies/yaml-deep-brackets.md',
    6,
    22,
    '(YAML)',
    '괄호 [ ] { }가 너무 깊게 겹쳐 있습니다. 12단계 안으로 적으세요.',
  ],
  [
    'regions/alias-bomb.yaml',
    9,
    3,
    '(YAML)',
    'YAML 문법 오류: YAML 별칭(&이름, *이름)은 쓸 수 없습니다. 값을 그대로 다시 적으세요.',
  ],
  [
    'regions/id-with-slash.yaml',
    8,
    3,
    'testcity/east.id',
    '지역 id에는 /를 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈(-)만 쓰세요. 예: gwangju-seogu',
  ],
  [
    'policies/category-not-allowed.md',
    4,
    1,
    'category',
    '분야는 다음 중 하나로 적으세요: jobs, housing, education, welfare-culture, participation',
  ],
  ['policies/end-before-start.md', 8, 45, 'application.period.end', '종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.'],
  ['policies/http-application-url.md', 10, 3, 'application.url', 'https://로 시작하는 전체 주소를 적으세요.'],
  [
    'policies/impossible-date.md',
    8,
    45,
    'application.period.end',
    '날짜는 YYYY-MM-DD 형식의 실제 날짜로 적으세요. 예: 2026-03-02',
  ],
  ['policies/javascript-source-url.md', 14, 3, 'source.url', 'https://로 시작하는 전체 주소를 적으세요.'],
  [
    'policies/method-not-allowed.md',
    9,
    20,
    'application.method[1]',
    '허용되지 않는 값입니다. 다음 중 하나로 적으세요: online, visit, mail, email, phone',
  ],
  [
    'policies/yaml-leading-zero-amount.md',
    13,
    11,
    'support.amount',
    '값 0150000은(는) YAML을 읽는 도구마다 다르게 읽힙니다(예: 0150은 150 또는 104, yes는 참 또는 글자). 글자라면 따옴표로 감싸 "0150000"처럼, 숫자라면 앞의 0과 _ 없이 숫자만 적으세요.',
  ],
  [
    'policies/yaml-yes-draft.md',
    16,
    8,
    'draft',
    '값 yes은(는) YAML을 읽는 도구마다 다르게 읽힙니다(예: 0150은 150 또는 104, yes는 참 또는 글자). 글자라면 따옴표로 감싸 "yes"처럼, 숫자라면 앞의 0과 _ 없이 숫자만 적으세요.',
  ],
  [
    'policies/yaml-octal-title.md',
    2,
    8,
    'title',
    '값 0o17은(는) YAML을 읽는 도구마다 다르게 읽힙니다(예: 0150은 150 또는 104, yes는 참 또는 글자). 글자라면 따옴표로 감싸 "0o17"처럼, 숫자라면 앞의 0과 _ 없이 숫자만 적으세요.',
  ],
  [
    'policies/title-bidi-override.md',
    2,
    1,
    'title',
    '줄바꿈, 제어 문자나 보이지 않는 글자(방향 바꿈 문자, 폭 없는 공백 등)가 있습니다. 그 글자를 지우고 한 줄로 다시 적으세요.',
  ],
  ['policies/url-ip-address.md', 10, 3, 'application.url', 'https://로 시작하는 전체 주소를 적으세요.'],
  ['policies/missing-title.md', 1, 1, 'title', '필수 항목이 없습니다. 이 항목을 추가하세요.'],
  ['policies/negative-amount.md', 13, 3, 'support.amount', '금액은 원 단위 정수로 적으세요. 예: 500000'],
  [
    'policies/nested-unknown-key.md',
    13,
    3,
    'support.amout',
    '알 수 없는 항목입니다: amout. 철자를 확인하거나 지우세요. amount의 오타로 보입니다.',
  ],
  [
    'policies/no-frontmatter.md',
    1,
    1,
    '(머리말)',
    '파일 맨 위에 ---로 시작하고 ---로 끝나는 머리말(frontmatter)이 없습니다. 같은 폴더의 다른 파일을 참고해 추가하세요.',
  ],
  [
    'policies/online-without-url.md',
    7,
    1,
    'application.url',
    '신청 방법에 online이 있으면 신청서 주소(application.url)를 적어야 합니다.',
  ],
  [
    'policies/period-type-unknown.md',
    8,
    13,
    'application.period.type',
    'type은 always(상시), fixed(특정 기간), closed(마감) 중 하나로 적으세요.',
  ],
  ['policies/regions-empty.md', 6, 1, 'regions', '지역(regions)을 하나 이상 적으세요. 예: [gwangju]'],
  ['policies/summary-too-long.md', 3, 1, 'summary', '160자 이하로 줄이세요.'],
  [
    'policies/unknown-key-typo.md',
    3,
    1,
    'sumary',
    '알 수 없는 항목입니다: sumary. 철자를 확인하거나 지우세요. summary의 오타로 보입니다.',
  ],
  [
    'policies/unknown-provider.md',
    5,
    1,
    'provider',
    "기관 'testcity-offce'을(를) 찾을 수 없습니다. organizations 폴더에 있는 id로 고치세요. testcity-office의 오타로 보입니다.",
  ],
  [
    'policies/unknown-region.md',
    6,
    21,
    'regions[1]',
    "지역 'tstcity'을(를) 찾을 수 없습니다. regions.yaml에 있는 id로 고치세요. testcity의 오타로 보입니다.",
  ],
  ['policies/updated-not-iso.md', 15, 1, 'updated', '날짜는 YYYY-MM-DD 형식의 실제 날짜로 적으세요. 예: 2026-03-02'],
  [
    'policies/yaml-duplicate-key.md',
    5,
    1,
    '(YAML)',
    'YAML 문법 오류: 같은 항목이 두 번 적혀 있습니다. 하나를 지우세요.',
  ],
  [
    'policies/yaml-unclosed-bracket.md',
    6,
    1,
    '(YAML)',
    'YAML 문법 오류: 괄호 [ ] 또는 { }가 닫히지 않았습니다. 줄 끝에 닫는 괄호를 추가하세요.',
  ],
  [
    'programs/registration-end-before-start.md',
    12,
    49,
    'registration.end',
    '종료일이 시작일보다 빠릅니다. 날짜를 확인하세요.',
  ],
  [
    'programs/session-ends-before-start.md',
    11,
    42,
    'schedule.sessions[0].end',
    '회차가 시작하기 전에 끝납니다. 시작·종료 일시를 확인하세요.',
  ],
  [
    'programs/session-impossible-datetime.md',
    11,
    9,
    'schedule.sessions[0].start',
    '존재하지 않는 일시입니다. 날짜와 시간을 확인하세요.',
  ],
  [
    'programs/type-not-allowed.md',
    5,
    1,
    'type',
    '허용되지 않는 값입니다. 다음 중 하나로 적으세요: course, certification, company-visit, counseling, mentoring, event',
  ],
  [
    'programs/unknown-center.md',
    6,
    1,
    'center',
    "청년센터 'testcity-centre'을(를) 찾을 수 없습니다. centers 폴더에 있는 id로 고치세요. testcity-center의 오타로 보입니다.",
  ],
  [
    'programs/unknown-partner.md',
    8,
    29,
    'partners[1]',
    "기관 'testcity-bank'을(를) 찾을 수 없습니다. organizations 폴더에 있는 id로 고치세요.",
  ],
  ['regions/code-not-quoted.yaml', 6, 3, 'testcity.code', '형식이 맞지 않습니다. 글자 값으로 적으세요.'],
  [
    'regions/duplicate-id.yaml',
    8,
    3,
    'testcity.id',
    "지역 id 'testcity'가 4번째 줄에도 있습니다. 지역 하나는 한 번만 적으세요. 다른 지역이면 id를 바꾸세요.",
  ],
  [
    'regions/duplicate-root.yaml',
    8,
    3,
    'kr.id',
    "지역 id 'kr'가 1번째 줄에도 있습니다. 지역 하나는 한 번만 적으세요. 다른 지역이면 id를 바꾸세요.",
  ],
  [
    'regions/parent-missing.yaml',
    8,
    3,
    'othercity.parent',
    '상위 지역(parent)이 없습니다. 전국(kr)만 parent를 비워 둘 수 있습니다.',
  ],
];

const warnings: [file: string, line: number, column: number, field: string, message: string][] = [
  [
    'warnings/policies/closed-over-a-year.md',
    8,
    45,
    'application.period.end',
    '마감된 지 510일이 지났습니다. 다시 열리지 않으면 파일을 지우거나(보관) draft: true로 바꾸세요.',
  ],
  [
    'warnings/policies/duplicate-title.md',
    2,
    1,
    'title',
    'tests/fixtures/trees/minimal/policies/city/test-allowance.md와(과) 제목이 같습니다. 찾는 사람이 구별할 수 있게 제목을 고치세요.',
  ],
  [
    'warnings/policies/stale-updated.md',
    15,
    1,
    'updated',
    '마지막 확인일(updated)이 321일 전입니다. 출처를 다시 확인하고 확인한 날짜로 updated를 고치세요.',
  ],
];

describe('npm run validate on the bad-input corpus', () => {
  it.each(errors)('%s: reports line %i:%i, %s', (file, line, column, field, message) => {
    expect(validateContent(corpusCase(file), { today })).toEqual([
      { severity: 'error', file: `${corpusRoot}/${file}`, line, column, field, message },
    ]);
  });

  it.each(warnings)('%s: warns at line %i:%i, %s, without an error', (file, line, column, field, message) => {
    // Logs and reports group warnings under their kind (problem-groups.ts).
    const kind = { title: WARNING_KINDS.duplicateTitle, updated: WARNING_KINDS.stale }[field] ?? WARNING_KINDS.archive;
    expect(validateContent(corpusCase(file), { today })).toEqual([
      { severity: 'warning', kind, file: `${corpusRoot}/${file}`, line, column, field, message },
    ]);
  });

  it('covers every file of the corpus, one rule each', () => {
    const files = (readdirSync(corpusRoot, { recursive: true }) as string[]).filter((path) =>
      /\.(mdx?|ya?ml)$/.test(path),
    );
    expect([...errors, ...warnings].map(([file]) => file).sort()).toEqual(files.sort());
    expect(errors.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps checking the other files after a YAML syntax error', () => {
    const broken = corpusCase('policies/yaml-unclosed-bracket.md');
    const alsoBroken = corpusCase('programs/unknown-center.md').at(-1);
    const problems = validateContent([...broken, ...(alsoBroken ? [alsoBroken] : [])], { today });
    expect(problems.map((problem) => `${problem.file}:${problem.line}  ${problem.field}`)).toEqual([
      `${corpusRoot}/policies/yaml-unclosed-bracket.md:6  (YAML)`,
      `${corpusRoot}/programs/unknown-center.md:6  center`,
    ]);
  });

  it('still checks the references of an entry that fails its schema elsewhere', () => {
    const [base, broken] = [listContentFiles(validTree), corpusCase('policies/unknown-provider.md').at(-1)];
    const text = broken?.text.replace('category: jobs', 'category: culture') ?? '';
    const problems = validateContent([...base, { ...(broken as (typeof base)[number]), text }], { today });
    expect(problems.map((problem) => `${problem.line}  ${problem.field}`)).toEqual(['4  category', '5  provider']);
  });

  it.each([
    ['policies', 'city/test-allowance', '.md', '.mdx'],
    ['centers', 'testcity-center', '.md', '.mdx'],
    ['organizations', 'testcity-office', '.yaml', '.yml'],
  ] as const)('refuses two files for one %s entry (%s), naming both', (collection, id, kept, added) => {
    const base = listContentFiles(validTree);
    const original = base.find((source) => source.collection === collection && source.id === id);
    const copy = { ...(original as (typeof base)[number]), file: `${original?.file.replace(kept, added)}` };
    const errors = validateContent([...base, copy], { today }).filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        file: copy.file,
        line: 1,
        column: 1,
        field: '(파일 이름)',
        message: `${original?.file}와(과) 같은 항목(${collection}/${id})입니다. 한 항목은 파일 하나로만 씁니다. 둘 중 하나를 지우세요.`,
      },
    ]);
  });

  it('judges a future updated by the real clock, so a build pinned to a past day (TODAY) still accepts it', () => {
    const checkedTomorrow = corpusCase('policies/updated-tomorrow.md'); // updated: 2026-11-23
    const errors = (options: { today: string; clockToday: string }) =>
      validateContent(checkedTomorrow, options).filter((problem) => problem.severity === 'error');
    expect(errors({ today: '2025-09-15', clockToday: '2026-11-23' })).toEqual([]);
    expect(errors({ today: '2025-09-15', clockToday: '2026-11-22' })).toEqual([
      expect.objectContaining({
        field: 'updated',
        message:
          '확인한 날(updated) 2026-11-23이(가) 오늘(2026-11-22)보다 뒤입니다. 출처를 실제로 확인한 날짜를 적으세요.',
      }),
    ]);
    // A day pinned after the real one does not make a date in the real future acceptable.
    expect(errors({ today: '2026-12-31', clockToday: '2026-11-22' })).toHaveLength(1);
  });

  it('judges staleness and long-closed entries by the pinned day (TODAY), not the clock', () => {
    const stale = corpusCase('warnings/policies/stale-updated.md');
    const warned = (today: string) =>
      validateContent(stale, { today, clockToday: '2027-06-01' }).map((problem) => problem.field);
    expect(warned(today)).toEqual(['updated']);
    expect(warned('2025-09-15')).toEqual([]);
  });

  it('finds nothing wrong in the valid tree the cases are built on', () => {
    expect(validateContent(listContentFiles(validTree), { today })).toEqual([]);
  });
});
