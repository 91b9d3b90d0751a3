import { describe, expect, it } from 'vitest';
import { applicableNow, closingSoon, countApplicable, newest, sortForBrowsing } from '../../src/lib/listing';
import { RegionTree } from '../../src/lib/regions';
import { relatedListings } from '../../src/lib/related';
import { listing } from './fixtures';

const today = '2026-11-22';
const regions = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-namgu', name: '광주 남구', code: '29155', parent: 'gwangju' },
  { id: 'gunsan', name: '군산시', code: '52130', parent: 'kr' },
]);

const closed = listing('closed', { period: { type: 'closed' } });
const soon = listing('soon', { period: { type: 'fixed', start: '2026-11-01', end: '2026-11-25' } });
const later = listing('later', { period: { type: 'fixed', start: '2026-11-01', end: '2026-12-31' } });
const always = listing('always');
const upcoming = listing('upcoming', { period: { type: 'fixed', start: '2027-01-05', end: '2027-01-30' } });

describe('lists', () => {
  it('puts closing-soon first, then open, 상시, upcoming and closed last', () => {
    expect(sortForBrowsing([closed, upcoming, always, later, soon], today).map((l) => l.id)).toEqual([
      'soon',
      'later',
      'always',
      'upcoming',
      'closed',
    ]);
  });

  it('puts what no one applies for after everything else, and never among what can be applied for now', () => {
    const building = listing('building', { applicant: 'none' });
    expect(sortForBrowsing([building, closed, always], today).map((l) => l.id)).toEqual([
      'always',
      'closed',
      'building',
    ]);
    expect(applicableNow([building, always], today).map((l) => l.id)).toEqual(['always']);
    expect(countApplicable([building, always], today)).toBe(1);
  });

  it('lists only what closes within a week as closing soon', () => {
    expect(closingSoon([closed, soon, later], today).map((l) => l.id)).toEqual(['soon']);
  });

  it('lists what a person can apply for today', () => {
    expect(applicableNow([closed, upcoming, always, later, soon], today).map((l) => l.id)).toEqual([
      'soon',
      'later',
      'always',
    ]);
  });

  it('shows the most recently checked entries first', () => {
    const old = listing('old', { updated: '2026-09-01' });
    const fresh = listing('fresh', { updated: '2026-11-20' });
    expect(newest([old, fresh]).map((l) => l.id)).toEqual(['fresh', 'old']);
  });
});

describe('relatedListings', () => {
  const target = listing('target', { regions: ['gwangju-seogu'], tags: ['월세'] });

  it('offers same-category entries open to residents of the same or an enclosing region', () => {
    const candidates = [
      listing('city', { regions: ['gwangju'] }),
      listing('national', { regions: ['kr'] }),
      listing('same-district', { regions: ['gwangju-seogu'] }),
      listing('other-district', { regions: ['gwangju-namgu'] }),
      listing('other-city', { regions: ['gunsan'] }),
      listing('other-category', { regions: ['gwangju'], category: 'jobs' }),
      target,
    ];
    const ids = relatedListings(target, candidates, regions, today).map((l) => l.id);
    expect(ids).toEqual(['same-district', 'city', 'national']);
  });

  it('ranks shared tags first, then what is open now, and stops at the limit', () => {
    const candidates = [
      listing('a-closed', { period: { type: 'closed' } }),
      listing('b-open'),
      listing('c-tagged', { tags: ['월세'], period: { type: 'closed' } }),
      listing('d-open'),
      listing('e-open'),
    ];
    expect(relatedListings(target, candidates, regions, today, 3).map((l) => l.id)).toEqual([
      'c-tagged',
      'b-open',
      'd-open',
    ]);
  });

  it('does not confuse a program and a policy that share an id', () => {
    const twin = listing('target', { kind: 'program' });
    expect(relatedListings(target, [twin], regions, today)).toEqual([twin]);
  });
});

describe('entryKindLabel', () => {
  it('labels a policy 정책 and a program by its type', async () => {
    const { entryKindLabel } = await import('../../src/lib/vocabulary');
    expect(entryKindLabel({ kind: 'policy' })).toBe('정책');
    expect(entryKindLabel({ kind: 'program', programType: 'counseling' })).toBe('상담');
    expect(entryKindLabel({ kind: 'program', programType: 'unknown' })).toBe('프로그램');
  });
});
