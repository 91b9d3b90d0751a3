import type { EntryKind } from '../lib/vocabulary';
import { readStored, writeStored } from './storage';

/** 관심 목록: entries a person saved, in this browser only, newest first. */

export interface SavedEntry {
  kind: EntryKind;
  id: string;
}

const key = 'cheongnyeon-giljabi:saved';

export function savedEntries(): SavedEntry[] {
  try {
    const parsed: unknown = JSON.parse(readStored(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is SavedEntry =>
        typeof item === 'object' &&
        item !== null &&
        (item.kind === 'policy' || item.kind === 'program') &&
        typeof item.id === 'string',
    );
  } catch {
    return [];
  }
}

const same = (a: SavedEntry, b: SavedEntry) => a.kind === b.kind && a.id === b.id;

export function isSaved(entry: SavedEntry): boolean {
  return savedEntries().some((saved) => same(saved, entry));
}

/** Saves or removes; returns whether the entry is saved afterwards and whether storing worked. */
export function setSaved(entry: SavedEntry, saved: boolean): boolean {
  const others = savedEntries().filter((candidate) => !same(candidate, entry));
  const next = saved ? [{ kind: entry.kind, id: entry.id }, ...others] : others;
  const stored = writeStored(key, JSON.stringify(next));
  // The header's count (saved-count.ts) follows.
  window.dispatchEvent(new Event('saved-entries-changed'));
  return stored;
}
