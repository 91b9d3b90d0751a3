import { textLines } from './text';

/**
 * 참여 제한 대상 (`ptcpPrpTrgtCn`) as the page's "신청할 수 없는 경우": only lines that
 * exclude someone. "신용요건 제한없음" says there is no restriction, a heading
 * ("❍ 제외대상", "아래 요건에 해당하는 자") introduces the lines under it, and
 * "※ 단, … 참여 가능" softens the line before it, so it stays with that line.
 */

/** "제한없음", "신용요건 제한 없음", "해당 없음": no one is excluded. */
const noRestriction = /^(?:\S+\s*)?(?:제한\s*)?(?:없음|없습니다|무관)\.?$/;
const heading =
  /^(?:(?:참여\s*)?제[외한]\s*대상(?:자)?|(?:아래|다음)[^,.]*(?:해당하는\s*(?:자|경우)|같음))\s*[:：]?$|[:：]$/;
/** How a line that excludes someone ends: …자, …경우, …불가, … 등. */
const sentenceEnd = /(?:자|경우|불가|제외|제한|등|인|원|생|업|함|음|됨|다)\.?\)?$/;
const softening = /^(?:※\s*)?(?:\(?단\s*[.,]|다만)|^※.*가능/;

export interface Exclusions {
  excluded: string[];
  /** Lines that only say who may still apply, with no exclusion before them: conditions. */
  exceptions: string[];
}

export function exclusionsOf(value: unknown): Exclusions {
  const excluded: string[] = [];
  const exceptions: string[] = [];
  let group: string | undefined;
  for (const line of textLines(value)) {
    if ((noRestriction.test(line) && [...line].length <= 25) || heading.test(line)) continue;
    // "면접수당", "근속장려수당": a short line that excludes no one heads the lines under it.
    if ([...line].length <= 10 && !sentenceEnd.test(line)) {
      group = line;
      continue;
    }
    const last = excluded.at(-1);
    if (softening.test(line)) {
      if (last === undefined) exceptions.push(line);
      else excluded[excluded.length - 1] = `${last} (${line})`;
      continue;
    }
    excluded.push(group === undefined ? line : `(${group}) ${line}`);
  }
  return { excluded: [...new Set(excluded)], exceptions };
}
