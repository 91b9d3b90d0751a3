import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/lib/cache-key';

describe('page cache keys', () => {
  const related = [{ id: 'a', title: '월세 지원', period: { type: 'always' } }];

  it('are the same for the same page inputs, build after build', () => {
    expect(cacheKeyOf('2026-11-22', 'digest-1', related)).toBe(
      cacheKeyOf('2026-11-22', 'digest-1', structuredClone(related)),
    );
  });

  it('change when the day, the entry or anything shown beside it changes', () => {
    const key = cacheKeyOf('2026-11-22', 'digest-1', related);
    expect(cacheKeyOf('2026-11-23', 'digest-1', related)).not.toBe(key);
    expect(cacheKeyOf('2026-11-22', 'digest-2', related)).not.toBe(key);
    expect(cacheKeyOf('2026-11-22', 'digest-1', [{ ...related[0], title: '월세 지원 (2차)' }])).not.toBe(key);
    expect(cacheKeyOf('2026-11-22', 'digest-1', [])).not.toBe(key);
  });

  it('do not confuse where one part ends and the next begins', () => {
    expect(cacheKeyOf('ab', 'c')).not.toBe(cacheKeyOf('a', 'bc'));
  });
});
