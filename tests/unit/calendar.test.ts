import { describe, expect, it } from 'vitest';
import {
  type CalendarSource,
  entryEvents,
  escapeText,
  foldLine,
  SUBSCRIPTION_MAX_EVENTS,
  serializeCalendar,
  subscriptionEvents,
} from '../../src/lib/calendar';

const policy: CalendarSource = {
  kind: 'policy',
  id: 'gwangju/rent-deposit-interest',
  title: '청년 주택임차보증금 이자 지원',
  period: { type: 'fixed', start: '2026-03-02', end: '2026-12-31' },
  updated: '2026-10-01',
  pageUrl: 'https://example.go.kr/youth/policies/gwangju/rent-deposit-interest/',
};

const program: CalendarSource = {
  kind: 'program',
  id: 'gunsan/unity',
  title: 'Unity 자격 과정',
  period: { type: 'closed' },
  sessions: [
    { start: '2026-12-02T19:00+09:00', end: '2026-12-02T21:00+09:00' },
    { start: '2026-12-04T19:00+09:00', end: '2026-12-04T21:00+09:00' },
  ],
  updated: '2026-11-01',
  pageUrl: 'https://example.go.kr/youth/programs/gunsan/unity/',
};

/** Undoes folding so assertions read whole content lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('entryEvents', () => {
  it('makes an opening and an all-day deadline event with reminders a week and a day before', () => {
    const [opens, deadline] = entryEvents(policy);
    expect(opens?.start).toEqual({ date: '2026-03-02' });
    expect(deadline).toMatchObject({
      uid: 'policy-gwangju-rent-deposit-interest-deadline@example.go.kr',
      summary: '[신청 마감] 청년 주택임차보증금 이자 지원',
      start: { date: '2026-12-31' },
      end: { date: '2027-01-01' },
      alarms: ['-P6DT15H', '-PT15H'],
    });
  });

  it('makes one timed event per program session and none for a closed registration', () => {
    const events = entryEvents(program);
    expect(events.map((event) => event.summary)).toEqual(['[1회차] Unity 자격 과정', '[2회차] Unity 자격 과정']);
    expect(events[1]?.uid).toBe('program-gunsan-unity-session-2@example.go.kr');
  });

  it('takes the UID domain from the page address, without a port, so every calendar of a site agrees', () => {
    const local = entryEvents({ ...policy, pageUrl: 'http://localhost:4321/policies/gwangju/rent-deposit-interest/' });
    expect(local[1]?.uid).toBe('policy-gwangju-rent-deposit-interest-deadline@localhost');
  });

  it('has no dated events for 상시 entries without sessions', () => {
    expect(entryEvents({ ...policy, period: { type: 'always' } })).toEqual([]);
  });
});

describe('serializeCalendar', () => {
  const ics = serializeCalendar('청년길잡이', [...entryEvents(policy), ...entryEvents(program)]);
  const lines = unfold(ics);

  it('writes a VCALENDAR with CRLF line endings and no line over 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('writes all-day deadlines as dates and sessions in UTC', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTSTART:20261202T100000Z');
    expect(lines).toContain('DTEND:20261202T120000Z');
  });

  it('stamps events with the day the entry was checked, so rebuilding changes nothing', () => {
    expect(lines).toContain('DTSTAMP:20261001T000000Z');
    expect(serializeCalendar('청년길잡이', entryEvents(policy))).toBe(
      serializeCalendar('청년길잡이', entryEvents(policy)),
    );
  });

  it('balances every BEGIN with an END and includes reminders', () => {
    const begins = lines.filter((line) => line.startsWith('BEGIN:')).length;
    expect(lines.filter((line) => line.startsWith('END:')).length).toBe(begins);
    expect(lines.filter((line) => line === 'BEGIN:VALARM')).toHaveLength(2 + 1 + 4);
  });
});

describe('text and folding', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('서류: 등본, 계약서; 끝\\\n다음')).toBe('서류: 등본\\, 계약서\\; 끝\\\\\\n다음');
  });

  it.each([
    ['a bare CR', '제목\rATTENDEE:mailto:x@example.org', '제목\\nATTENDEE:mailto:x@example.org'],
    ['CRLF', '제목\r\nURL:https://evil.example', '제목\\nURL:https://evil.example'],
    ['a Unicode line separator', '제목\u2028END:VEVENT', '제목\\nEND:VEVENT'],
    ['NUL, escape and other control characters', '제\u0000목\u001b[31m\u007f\u0085', '제목[31m'],
  ])('never lets %s start a line of its own', (_name, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    expect(escapeText(text)).not.toMatch(/(?!\t)\p{Cc}/u);
  });

  it('folds Korean text without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'가'.repeat(60)}`);
    const pieces = folded.split('\r\n ');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(`SUMMARY:${'가'.repeat(60)}`);
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  });

  it('fills each line to 75 bytes with 1-, 2-, 3- and 4-byte characters and never splits one', () => {
    const line = `DESCRIPTION:${'aé가😀'.repeat(20)}`;
    const pieces = foldLine(line).split('\r\n ');
    expect(pieces.join('')).toBe(line);
    const sizes = pieces.map((piece) => new TextEncoder().encode(piece).length);
    expect(sizes[0]).toBeGreaterThan(71);
    expect(sizes[0]).toBeLessThanOrEqual(75);
    for (const size of sizes.slice(1)) expect(size).toBeLessThanOrEqual(74);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('leaves a line of exactly 75 bytes whole', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}b`)).toBe(`${line}\r\n b`);
  });
});

describe('subscriptions', () => {
  const uids = (today: string) =>
    subscriptionEvents([...entryEvents(policy), ...entryEvents(program)], today).map(
      (event) => event.uid.split('@')[0],
    );

  it('keep every event that has not ended or ended within the last 30 days', () => {
    expect(uids('2026-12-20')).toEqual([
      'policy-gwangju-rent-deposit-interest-deadline',
      'program-gunsan-unity-session-1',
      'program-gunsan-unity-session-2',
    ]);
  });

  it('drop an event on the 31st day after it ended', () => {
    // The 2026-12-04 session ends that evening: still there on 2027-01-03, gone on 2027-01-04.
    expect(uids('2027-01-03')).toContain('program-gunsan-unity-session-2');
    expect(uids('2027-01-04')).not.toContain('program-gunsan-unity-session-2');
    expect(uids('2027-01-31')).toEqual(['policy-gwangju-rent-deposit-interest-deadline']);
    expect(uids('2027-02-01')).toEqual([]);
  });

  it('carry at most the events that start soonest, so a national catalogue’s file stays bounded', () => {
    const all = [...entryEvents(policy), ...entryEvents(program)];
    const kept = (max: number) =>
      subscriptionEvents(all, '2026-11-01', max).map((event) => event.uid.split('@')[0] ?? '');
    expect(kept(10)).toEqual(subscriptionEvents(all, '2026-11-01').map((event) => event.uid.split('@')[0]));
    const soonest = [...all].sort((a, b) => {
      const at = (event: (typeof all)[number]) => ('date' in event.start ? event.start.date : event.start.dateTime);
      return at(a) < at(b) ? -1 : 1;
    });
    const two = kept(2);
    expect(two).toHaveLength(2);
    expect(two).not.toContain(soonest.at(-1)?.uid.split('@')[0]);
    // In the order given, not re-sorted: the file of a scope reads entry by entry.
    expect(all.map((event) => event.uid.split('@')[0]).filter((uid) => two.includes(uid ?? ''))).toEqual(two);
    expect(SUBSCRIPTION_MAX_EVENTS * 650).toBeLessThan(300 * 1024); // scripts/file-budgets.ts
  });
});
