import { describe, expect, it } from 'vitest';
import { closedNote, closedSummary, collapsesClosed, splitClosed } from '../../../src/lib/search/closed-results';

describe('closed results', () => {
  it('are collapsed unless the status filter asks for closed ones', () => {
    expect(collapsesClosed({ filters: {} })).toBe(true);
    expect(collapsesClosed({ filters: { status: 'open', category: 'jobs' } })).toBe(true);
    expect(collapsesClosed({ filters: { status: 'closed' } })).toBe(false);
  });

  it('are taken out of the main list, both lists keeping their order', () => {
    const results = ['a:open', 'b:closed', 'c:upcoming', 'd:closed', 'e:always'];
    expect(splitClosed(results, (result) => result.endsWith(':closed'))).toEqual({
      current: ['a:open', 'c:upcoming', 'e:always'],
      closed: ['b:closed', 'd:closed'],
    });
    expect(splitClosed([], () => true)).toEqual({ current: [], closed: [] });
  });

  it('are counted on the disclosure and in the status line', () => {
    expect(closedSummary(4)).toBe('마감된 항목 4건');
    expect(closedNote(12, 4)).toBe(' · 그중 마감 4건은 아래에 접어 두었어요');
    expect(closedNote(3, 3)).toBe(' · 모두 마감된 항목이에요');
    expect(closedNote(5, 0)).toBe('');
  });
});
