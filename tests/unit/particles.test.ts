import { describe, expect, it } from 'vitest';
import { ifItIs, joinAlternatives, particleFor, withParticle } from '../../src/lib/particles';

describe('Korean particles', () => {
  it('puts 으로 after a final consonant and 로 after a vowel or ㄹ', () => {
    expect(withParticle('방문', '으로')).toBe('방문으로');
    expect(withParticle('온라인', '으로')).toBe('온라인으로');
    expect(withParticle('전화', '으로')).toBe('전화로');
    expect(withParticle('이메일', '으로')).toBe('이메일로');
    expect(withParticle('우편', '으로')).toBe('우편으로');
  });

  it('makes a condition with 이면 after a final consonant and 면 after a vowel', () => {
    expect(ifItIs('무주택')).toBe('무주택이면');
    expect(ifItIs('세대주')).toBe('세대주면');
    expect(ifItIs('미취업자나 프리랜서')).toBe('미취업자나 프리랜서면');
  });

  it('chooses 은/는, 이/가, 을/를 and 과/와 by the final consonant', () => {
    expect(withParticle('방법', '은')).toBe('방법은');
    expect(withParticle('청년뜰', '은')).toBe('청년뜰은');
    expect(withParticle('복지로', '이')).toBe('복지로가');
    expect(withParticle('공고', '을')).toBe('공고를');
    expect(withParticle('센터', '과')).toBe('센터와');
  });

  it('reads a word that does not end in Hangul as ending in a vowel', () => {
    expect(particleFor('work24.go.kr', '으로')).toBe('로');
    expect(particleFor('', '이')).toBe('가');
  });

  it('joins alternatives with 나/이나', () => {
    expect(joinAlternatives(['방문'])).toBe('방문');
    expect(joinAlternatives(['방문', '전화'])).toBe('방문이나 전화');
    expect(joinAlternatives(['온라인', '우편', '전화'])).toBe('온라인, 우편이나 전화');
    expect(joinAlternatives(['전화', '방문'])).toBe('전화나 방문');
  });
});
