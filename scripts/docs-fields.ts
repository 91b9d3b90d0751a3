// `npm run docs:fields`: regenerates the field reference in CONTRIBUTING.md from the JSDoc
// comments of src/schemas/. A unit test fails when CONTRIBUTING.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from './field-reference';

const file = 'CONTRIBUTING.md';
const before = readFileSync(file, 'utf8');
const after = withFieldReference(before);
writeFileSync(file, after);
console.log(before === after ? `${file}: 필드 참조가 이미 최신입니다.` : `${file}: 필드 참조를 새로 만들었습니다.`);
