import { describe, expect, it } from 'vitest';
import { regionsNamedIn, spokenNames } from '../../../src/lib/search/region-query';

const regions = [
  { id: 'gwangju', name: '광주광역시' },
  { id: 'gwangju-seogu', name: '서구' },
  { id: 'gunsan', name: '군산시' },
];

describe('regionsNamedIn', () => {
  it('finds a region by its full or its short name', () => {
    expect(regionsNamedIn('군산 프로그램', regions)).toEqual([{ id: 'gunsan', name: '군산시' }]);
    expect(regionsNamedIn('광주광역시 월세', regions).map((r) => r.id)).toEqual(['gwangju']);
    expect(regionsNamedIn('서구 장학금', regions).map((r) => r.id)).toEqual(['gwangju-seogu']);
  });

  it('finds nothing for a word that only starts like a region', () => {
    expect(regionsNamedIn('군산업', regions)).toEqual([]);
    expect(regionsNamedIn('월세', regions)).toEqual([]);
  });
});

describe('spokenNames', () => {
  it('keeps a one-syllable stem out (구 of 서구 is not a name)', () => {
    expect(spokenNames('서구')).toEqual(['서구']);
    expect(spokenNames('군산시')).toEqual(['군산시', '군산']);
  });
});
