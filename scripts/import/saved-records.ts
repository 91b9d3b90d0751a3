import { readFileSync } from 'node:fs';
import { type OntongRecord, parseOntongResponse } from './ontong';

/**
 * The records of the saved 온통청년 response named on the command line, for the measuring
 * scripts (measure-bodies.ts, measure-eligibility.ts). Stops with the usage line or the
 * parser's Korean message when there is no file or it is not a response.
 */
export function savedRecordsFromArgs(script: string): {
  file: string;
  records: (OntongRecord & Record<string, unknown>)[];
} {
  const file = process.argv[2];
  if (!file) {
    console.error(`사용법: npx tsx scripts/import/${script} <온통청년 응답.json>`);
    process.exit(1);
  }
  const parsed = parseOntongResponse(readFileSync(file, 'utf8'), file);
  if ('error' in parsed) {
    console.error(parsed.error);
    process.exit(1);
  }
  return { file, records: parsed.records as (OntongRecord & Record<string, unknown>)[] };
}
