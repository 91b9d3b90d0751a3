import { phoneInText } from '../../src/lib/phone';
import { type ContactData, contactSchema } from '../../src/schemas/contact';
import { cleanText, oneLine, withoutBullets } from './text';

/**
 * 문의처 from the free text of a 온통청년 record. The API has no contact field: the number
 * is wherever the writer put it, most often 기타 사항 (`etcMttrCn`: "충청북도
 * 산업입지과(043-220-4394)"), else 신청 방법 or the support text. Only numbers written in
 * the record are taken, and only whole ones: "☎450-8354" has no area code, and guessing
 * it would be inventing a number.
 */

/** The numbers written in `text`, as `043-220-4394`: whole numbers only, read as pages link them (src/lib/phone.ts). */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(phoneInText)].map((match) =>
    match[1] === undefined ? `${match[4]}-${match[5]}` : `${match[1]}-${match[2]}-${match[3]}`,
  );
}

/** A number labelled as a fax number is not one to call. */
const faxBefore = /(?:팩스|fax|F)\s*[:：)]?\s*$/i;

/** Words that make a line about whom to ask. */
const contactWords = /문의|연락|전화|☎|☏|상담|접수처|담당|콜센터|고객센터|대표번호|기관/;

/** Fields in the order a contact is looked for; `contactOnly` fields count only lines that name a contact. */
const fields = [
  { name: 'etcMttrCn', contactOnly: false },
  { name: 'plcyAplyMthdCn', contactOnly: false },
  { name: 'srngMthdCn', contactOnly: true },
  { name: 'plcySprtCn', contactOnly: true },
  { name: 'plcyExplnCn', contactOnly: true },
  { name: 'addAplyQlfcCndCn', contactOnly: true },
  { name: 'sbmsnDcmntCn', contactOnly: true },
] as const;

interface Candidate {
  phone: string;
  line: string;
  /** Text before the number on its line: where the department's name is. */
  before: string;
  asksContact: boolean;
}

function candidatesIn(text: string, contactOnly: boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const line of text.split(/\r?\n|\\[nN]/).map((raw) => oneLine(raw))) {
    const asksContact = contactWords.test(line);
    if (contactOnly && !asksContact) continue;
    for (const match of line.matchAll(phoneInText)) {
      const before = line.slice(0, match.index);
      if (faxBefore.test(before)) continue;
      const phone = phoneNumbersIn(match[0])[0];
      if (phone !== undefined) found.push({ phone, line, before, asksContact });
    }
  }
  return found;
}

/** Labels in front of a name, and the words around it, that are not the name. */
const labelWords =
  /^(?:기타\s*)?(?:문\s*의\s*(?:처|사항|전화)?|교육\s*문의|접수\s*문의|세부사항\s*문의|접\s*수\s*처|연락처|전화(?:번호)?|유선\s*전화|대표\s*번호|수행\s*기관|운영\s*기관|주관\s*기관)(?:은|는)?\s*[:：]?\s*/;

/** The department or body named before the number, when the line names one. */
export function contactName(before: string): string | undefined {
  // The segment the number belongs to, when a line lists several (▹ 포항시 … ▹ 경주시 …).
  const segment = before.split(/[▹▸/]|,\s/).at(-1) ?? '';
  let name = withoutBullets(segment.trim())
    .replace(/[☎☏]/g, ' ')
    .replace(/[([（]\s*$/, '')
    .replace(/\s*[:：-]\s*$/, '')
    .trim();
  for (let bare = name.replace(labelWords, ''); bare !== name; bare = name.replace(labelWords, '')) name = bare.trim();
  name = oneLine(
    name
      .replace(/\s*[:：]\s*/g, ' ')
      .replace(/(?:으로|로)?\s*(?:문의|연락)\s*$/, '')
      // "… 상담 및", "… 또는 전화", "포항시 : 모집중": words around the name, not the name.
      .replace(/\s*(?:(?:상담|접수)\s*)?(?:및|또는)(?:\s*전화)?$|\s*(?:모집|접수)\s*중$/, ''),
  );
  // A sentence ("대관안내 청년작당소 홈페이지(하단 링크) 또는 전화") is not a name.
  if (!/\p{Script=Hangul}{2}/u.test(name) || [...name].length > 40 || /홈페이지|링크|신청\s*전|[()]/.test(name))
    return undefined;
  return name;
}

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The contact of a record: the first number on a line that asks people to call, the
 * provider's own number first when a line lists several bodies; the department named
 * before it; an e-mail address on that line or on a line about asking.
 */
export function contactOf(record: Record<string, unknown>, bodies: readonly string[]): ContactData | undefined {
  const candidates = fields.flatMap(({ name, contactOnly }) => candidatesIn(cleanText(record[name]), contactOnly));
  const asking = candidates.filter((candidate) => candidate.asksContact);
  const pool = asking.length > 0 ? asking : candidates;
  const named = bodies.filter((body) => body !== '');
  const chosen = pool.find((candidate) => named.some((body) => candidate.line.includes(body))) ?? pool[0];
  const name = chosen === undefined ? undefined : contactName(chosen.before);
  const emailLine =
    chosen !== undefined && emailPattern.test(chosen.line)
      ? chosen.line
      : fields
          .flatMap((field) => cleanText(record[field.name]).split(/\r?\n|\\[nN]/))
          .find((line) => emailPattern.test(line) && /문의|메일|e-?mail|접수/i.test(line));
  const email = emailLine === undefined ? undefined : emailPattern.exec(emailLine)?.[0]?.replace(/\.$/, '');
  const contact: ContactData = {
    ...(name === undefined ? {} : { name }),
    ...(chosen === undefined ? {} : { phone: chosen.phone }),
    ...(email === undefined ? {} : { email }),
  };
  // An address the schema would refuse is left out rather than stop the import.
  if (contact.email !== undefined && !contactSchema.safeParse(contact).success) delete contact.email;
  return Object.keys(contact).length === 0 ? undefined : contact;
}

/** A line of Markdown with every whole phone number made a `tel:` link. */
export function linkPhones(markdownLine: string): string {
  return markdownLine.replace(phoneInText, (text) => {
    const digits = phoneNumbersIn(text)[0]?.replace(/\D/g, '') ?? '';
    return `[${text}](tel:${digits})`;
  });
}
