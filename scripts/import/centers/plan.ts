import type { ParsedFile } from '../../lib/content-files';
import {
  byImportKey,
  decideFile,
  disappeared,
  type ExistingPolicy,
  emptyReport,
  type ImportPlan,
  pathKey,
} from '../plan';
import { renderCenterFile } from '../render';
import type { CenterDraft } from './records';

/**
 * What a centre import changes, by the same rules as the policy import (plan.ts): a file
 * an editor changed since the last import is kept, a vanished centre is reported, never
 * deleted. Centres have no provider, so nothing else is created.
 */
export function planCenterImport(
  drafts: readonly CenterDraft[],
  skipped: readonly { key: string; label: string; reason: string }[],
  existing: readonly ExistingPolicy[],
): ImportPlan {
  const plan: ImportPlan = { writes: [], errors: [], report: emptyReport(skipped) };
  const { report } = plan;
  const byKey = byImportKey(existing);
  const takenPaths = new Map(existing.map((file) => [pathKey(file.path), file]));
  for (const draft of drafts) {
    if (draft.warnings.length > 0) report.warnings.push({ label: draft.label, messages: draft.warnings });
    const matches = byKey.get(draft.key) ?? [];
    // Upstream gives no date: a centre whose record did not change keeps the day it was
    // last written, so a weekly import does not rewrite every file.
    const earlier = /^updated:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m.exec(matches[0]?.text ?? '')?.[1];
    const same = earlier === undefined ? undefined : renderCenterFile({ ...draft.data, updated: earlier }, '');
    const text =
      same !== undefined && same === matches[0]?.text.replace(/\r\n/g, '\n') ? same : renderCenterFile(draft.data, '');
    const decision = decideFile(draft, draft.data.name, text, matches, takenPaths);
    if (decision.kind === 'error') plan.errors.push(decision.error);
    else if (decision.kind === 'kept') report.kept.push(decision.item);
    else if (decision.kind === 'unchanged') report.unchanged.push(decision.item);
    else {
      plan.writes.push({ path: decision.item.path, text });
      report[decision.kind].push(decision.item);
    }
  }
  report.disappeared.push(
    ...disappeared(existing, [...drafts, ...skipped], (file) => /^\s+importHash:/m.test(file.text)),
  );
  return plan;
}

/** The 온통청년 number a centre file carries (`source.ontongCenter`). */
export function centerKeyOf(file: ParsedFile): string | undefined {
  const source = file.data.source;
  const key =
    typeof source === 'object' && source !== null ? (source as Record<string, unknown>).ontongCenter : undefined;
  return key === undefined || key === null ? undefined : String(key);
}
