// tsx scripts/import/centers/generate.ts OUT.json [COUNT=674]
// A getSpace response of COUNT centres for measuring the site at national scale (docs/
// performance.md): the 10 real rows of ../shared/data/ontong/getspace/ first, then rows of
// the same shape spread over every 시·군·구 of regions.yaml (a quarter in 경기, the densest),
// some with the former code edition. Generated rows carry no phone number and only
// example.com homepages: they are never content.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Region } from '../../../src/lib/regions';
import { nationalCodeTable } from '../regions';

const [out, countArg] = process.argv.slice(2);
if (out === undefined) {
  console.error('만들 파일 경로를 적으세요. 예: tsx scripts/import/centers/generate.ts /tmp/getspace-674.json');
  process.exit(1);
}
const count = Number(countArg ?? 674);
const real = JSON.parse(readFileSync('../shared/data/ontong/getspace/getspace-page1-2026.json', 'utf8'));
const rows: Record<string, string>[] = real.result.youthPolicyList;
const table = nationalCodeTable();
const leaves = table.leaves('kr').filter((region) => region.code.length === 5);
const gyeonggi = leaves.filter((region) => region.code.startsWith('41'));

function generated(index: number): Record<string, string> {
  const shape = rows[index % rows.length] ?? {};
  const pool = index % 4 === 0 ? gyeonggi : leaves;
  const region = pool[(index * 7) % pool.length] as Region;
  // One in ten with its former code, as records captured before a map change have.
  const code = index % 10 === 0 && region.formerCodes?.[0] ? region.formerCodes[0] : region.code;
  const space = index % 3 === 0;
  return {
    ...shape,
    cntrSn: String(20000 + index),
    cntrNm: `${region.name} ${space ? '청년공간' : '청년센터'} ${index}`,
    cntrAddr: `${region.name} 청년로 ${index}`,
    cntrDaddr: shape.cntrDaddr ?? '',
    cntrTelno: '',
    cntrUrlAddr: `https://example.com/centers/${index}/`,
    stdgCtpvCd: code.slice(0, 2),
    stdgCtpvCdNm: '',
    stdgSggCd: code.slice(2),
    stdgSggCdNm: region.name,
  };
}

const list = [...rows, ...Array.from({ length: Math.max(0, count - rows.length) }, (_, i) => generated(i))];
real.result.youthPolicyList = list.slice(0, count);
real.result.pagging = { totCount: count, pageNum: 1, pageSize: count };
writeFileSync(out, JSON.stringify(real, null, 2));
console.log(
  `${out}: 센터 ${count}곳 (실제 ${Math.min(count, rows.length)}곳 + 만든 ${Math.max(0, count - rows.length)}곳)`,
);
