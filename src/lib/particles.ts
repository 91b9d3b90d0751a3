/**
 * Korean particles that depend on the word before them: 으로/로, 은/는, 이/가, 을/를,
 * 과/와. A word ending in a consonant (받침) takes the first form; 로 also follows ㄹ.
 * Words not ending in a Hangul syllable (URLs, Latin letters, digits) take the form for a
 * vowel, as they are usually read. Pure, no imports.
 */
export type Particle = '으로' | '은' | '이' | '을' | '과';

const vowelForm: Record<Particle, string> = { 으로: '로', 은: '는', 이: '가', 을: '를', 과: '와' };

/** 받침 index of the last character: 0 for none (or not Hangul), 8 for ㄹ. */
function finalConsonant(word: string): number {
  const last = word.trim().at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code < 0xac00 || code > 0xd7a3) return 0;
  return (code - 0xac00) % 28;
}

/** The particle form that follows `word` (방문 → 으로, 전화 → 로, 이메일 → 로). */
export function particleFor(word: string, particle: Particle): string {
  const final = finalConsonant(word);
  if (final === 0 || (particle === '으로' && final === 8)) return vowelForm[particle];
  return particle;
}

/** The word with its particle attached: withParticle('방문', '으로') === '방문으로'. */
export function withParticle(word: string, particle: Particle): string {
  return `${word}${particleFor(word, particle)}`;
}

/** The word as a condition: 세대주 → "세대주면", 여성 → "여성이면". */
export function ifItIs(word: string): string {
  return `${word}${particleFor(word, '이') === '이' ? '이면' : '면'}`;
}

/** Items joined the way Korean lists them: 방문, 전화 → "방문이나 전화". */
export function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const init = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  const before = init.at(-1) ?? '';
  const or = finalConsonant(before) === 0 ? '나' : '이나';
  return `${init
    .slice(0, -1)
    .map((item) => `${item}, `)
    .join('')}${before}${or} ${last}`;
}
