import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSaved, savedEntries, setSaved } from '../../src/client/saved-entries';
import { shareLink, shareMessages } from '../../src/client/share';
import { readStored, writeStored } from '../../src/client/storage';

/** localStorage as a browser gives it, or one that throws as private browsing's may. */
function stubStorage(throws = false) {
  const items = new Map<string, string>();
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => (throws ? fail() : (items.get(key) ?? null)),
    setItem: (key: string, value: string) => (throws ? fail() : items.set(key, value)),
    removeItem: (key: string) => (throws ? fail() : items.delete(key)),
  });
  return items;
}

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => vi.unstubAllGlobals());

// src/client/storage.ts and saved-entries.ts: 관심 목록 in this browser only.
describe('관심 목록', () => {
  it('saves newest first, once each, and removes', () => {
    stubStorage();
    setSaved({ kind: 'policy', id: 'gwangju/rent' }, true);
    setSaved({ kind: 'program', id: 'gunsan/course' }, true);
    setSaved({ kind: 'policy', id: 'gwangju/rent' }, true);
    expect(savedEntries()).toEqual([
      { kind: 'policy', id: 'gwangju/rent' },
      { kind: 'program', id: 'gunsan/course' },
    ]);
    expect(isSaved({ kind: 'program', id: 'gwangju/rent' })).toBe(false); // same id, other kind
    setSaved({ kind: 'policy', id: 'gwangju/rent' }, false);
    expect(savedEntries()).toEqual([{ kind: 'program', id: 'gunsan/course' }]);
  });

  it('tells the header count when the list changes', () => {
    stubStorage();
    const heard = vi.fn();
    window.addEventListener('saved-entries-changed', heard);
    setSaved({ kind: 'policy', id: 'a' }, true);
    expect(heard).toHaveBeenCalledOnce();
  });

  it('reads a damaged or tampered list as what can be read of it, never throwing', () => {
    const items = stubStorage();
    items.set('cheongnyeon-giljabi:saved', '{not json');
    expect(savedEntries()).toEqual([]);
    items.set('cheongnyeon-giljabi:saved', JSON.stringify({ kind: 'policy' }));
    expect(savedEntries()).toEqual([]);
    items.set(
      'cheongnyeon-giljabi:saved',
      JSON.stringify([{ kind: 'policy', id: 'a' }, { kind: 'center', id: 'b' }, null, { kind: 'program', id: 3 }]),
    );
    expect(savedEntries()).toEqual([{ kind: 'policy', id: 'a' }]);
  });

  it('keeps the page working where storage is blocked, and says that saving failed', () => {
    stubStorage(true);
    expect(readStored('x')).toBeUndefined();
    expect(writeStored('x', '1')).toBe(false);
    expect(savedEntries()).toEqual([]);
    expect(setSaved({ kind: 'policy', id: 'a' }, true)).toBe(false);
  });
});

// src/client/share.ts: the phone's share sheet, or the clipboard where there is none.
describe('sharing a link', () => {
  const url = 'https://example.go.kr/youth/saved/?ids=a';

  it('uses the share sheet where there is one, and says nothing when the person cancels', async () => {
    const share = vi.fn(async () => {});
    vi.stubGlobal('navigator', { share, clipboard: { writeText: vi.fn() } });
    expect(await shareLink('관심 목록', url)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: '관심 목록', url });
    share.mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'));
    expect(await shareLink('관심 목록', url)).toBe('cancelled');
    expect(shareMessages.cancelled).toBe('');
  });

  it('copies the link where there is no share sheet or it fails, and says when copying failed', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await shareLink('관심 목록', url)).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(url);
    vi.stubGlobal('navigator', {
      share: async () => Promise.reject(new Error('not allowed')),
      clipboard: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    expect(await shareLink('관심 목록', url)).toBe('failed');
  });
});
