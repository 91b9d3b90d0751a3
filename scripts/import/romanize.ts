/**
 * A readable ASCII id from a Korean name, by the Revised Romanization of each syllable
 * (`경기도` → `gyeonggido`, `광주광역시 서구` → `gwangjugwangyeoksi-seogu`). Sound-change
 * rules are left out on purpose: an id needs to be stable and recognisable, not spoken.
 */
const initials = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const medials = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const finals = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

export function romanize(name: string): string {
  let out = '';
  for (const char of name.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xac00 && code <= 0xd7a3) {
      const index = code - 0xac00;
      out += `${initials[Math.floor(index / 588)]}${medials[Math.floor((index % 588) / 28)]}${finals[index % 28]}`;
    } else if (/[a-z0-9]/i.test(char)) {
      out += char.toLowerCase();
    } else {
      out += '-';
    }
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}
