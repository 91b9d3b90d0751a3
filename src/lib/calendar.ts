import type { Period } from './status';
import { type EntryKind, entryKindInfo } from './vocabulary';

/**
 * iCalendar (RFC 5545) for application deadlines and program sessions: the static
 * site's answer to SMS and KakaoTalk reminders. UIDs are derived from the entry id, so
 * a calendar app that re-downloads a file or a subscription updates events instead of
 * duplicating them.
 */

export type CalendarTime = { date: string } | { dateTime: string };

export interface CalendarEvent {
  /** Stable across builds: the same entry and occasion always has the same UID. */
  uid: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
  start: CalendarTime;
  end: CalendarTime;
  /** When the entry was last checked (YYYY-MM-DD), used as DTSTAMP so unchanged events stay byte-identical. */
  stamp: string;
  /** Reminders as RFC 5545 durations before the start, e.g. `-PT15H`. */
  alarms: readonly string[];
}

/** What the calendar needs to know about a policy or program. */
export interface CalendarSource {
  kind: EntryKind;
  id: string;
  title: string;
  period: Period;
  sessions?: readonly { start: string; end: string }[] | undefined;
  updated: string;
  /** Absolute URL of the entry's page. */
  pageUrl: string;
}

/** All-day reminders: 09:00 a week before and 09:00 the day before (the event starts at 00:00). */
const dayReminders = ['-P6DT15H', '-PT15H'];
/** Session reminders: a day before and an hour before. */
const sessionReminders = ['-P1D', '-PT1H'];

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The UID's domain is the host name of the entry's page, so a file per entry and a
 * subscription of the same site always agree and a calendar app never shows an event twice.
 */
export function entryEvents(source: CalendarSource): CalendarEvent[] {
  const host = new URL(source.pageUrl).hostname;
  const uid = (occasion: string) => `${source.kind}-${source.id.replaceAll('/', '-')}-${occasion}@${host}`;
  const base = { url: source.pageUrl, stamp: source.updated };
  const events: CalendarEvent[] = [];
  if (source.period.type === 'fixed') {
    const { start, end } = source.period;
    const what = entryKindInfo[source.kind].periodVerb;
    events.push({
      ...base,
      uid: uid('opens'),
      summary: `[${what} 시작] ${source.title}`,
      description: `${source.title} ${what}이 시작됩니다.\n${source.pageUrl}`,
      start: { date: start },
      end: { date: nextDay(start) },
      alarms: ['-PT15H'],
    });
    events.push({
      ...base,
      uid: uid('deadline'),
      summary: `[${what} 마감] ${source.title}`,
      description: `오늘이 ${source.title} ${what} 마감일입니다. 신청 전에 공식 공고를 확인하세요.\n${source.pageUrl}`,
      start: { date: end },
      end: { date: nextDay(end) },
      alarms: dayReminders,
    });
  }
  for (const [index, session] of (source.sessions ?? []).entries()) {
    events.push({
      ...base,
      uid: uid(`session-${index + 1}`),
      summary: `[${index + 1}회차] ${source.title}`,
      description: source.pageUrl,
      start: { dateTime: session.start },
      end: { dateTime: session.end },
      alarms: sessionReminders,
    });
  }
  return events;
}

/**
 * TEXT values: backslash, semicolon, comma and line breaks (CRLF, LF or a bare CR) are
 * escaped (RFC 5545 3.3.11); other control characters are not allowed in TEXT and are
 * dropped, so no content can start a property line of its own.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '');
}

/** How long a subscription keeps an event after it ended. */
export const SUBSCRIPTION_PAST_DAYS = 30;

/**
 * The most events one subscription carries (about 650 bytes each with two reminders: a file stays under the
 * 300 KB of scripts/file-budgets.ts at any catalogue size). A phone calendar refreshes a
 * subscription daily, so later dates arrive as nearer ones pass.
 */
export const SUBSCRIPTION_MAX_EVENTS = 400;

/**
 * The events a calendar subscription carries: those that end no more than
 * SUBSCRIPTION_PAST_DAYS before `today`, and of those the SUBSCRIPTION_MAX_EVENTS that
 * start soonest, in the order given. A subscription is for what is coming; a national
 * catalogue's past deadlines, or a year of its future ones, would otherwise make the file
 * grow without end. The file of each entry keeps all its events.
 */
export function subscriptionEvents(
  events: readonly CalendarEvent[],
  today: string,
  max = SUBSCRIPTION_MAX_EVENTS,
): CalendarEvent[] {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - SUBSCRIPTION_PAST_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const current = events.filter((event) => calendarDate(event.end) >= cutoff);
  if (current.length <= max) return current;
  const soonest = new Set(
    [...current].sort((a, b) => instant(a.start) - instant(b.start) || (a.uid < b.uid ? -1 : 1)).slice(0, max),
  );
  return current.filter((event) => soonest.has(event));
}

/** A time's moment, for ordering: an all-day date counts from its midnight in Seoul. */
function instant(time: CalendarTime): number {
  return 'date' in time ? Date.parse(`${time.date}T00:00:00+09:00`) : Date.parse(time.dateTime);
}

/** The calendar day of a time as written (`2026-12-01T14:00:00+09:00` is 2026-12-01). */
function calendarDate(time: CalendarTime): string {
  return ('date' in time ? time.date : time.dateTime).slice(0, 10);
}

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 bytes of UTF-8, so short lines never need folding.
  if (line.length * 3 <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = utf8Length(character.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Bytes of one code point in UTF-8; counted, not encoded, because calendars of a large catalogue have millions of characters. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

function formatTime(name: 'DTSTART' | 'DTEND', time: CalendarTime): string {
  if ('date' in time) return `${name};VALUE=DATE:${time.date.replaceAll('-', '')}`;
  const utc = new Date(time.dateTime)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `${name}:${utc}`;
}

export function serializeCalendar(name: string, events: readonly CalendarEvent[]): string {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//cheongnyeon-giljabi//youth policy directory//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Seoul',
  ].map(foldLine);
  return `${[...head, ...events.map(serializeEvent), 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

// A nationwide entry's deadline is in the subscription of every region: each event is
// written once per build and reused (events are never changed after entryEvents).
const serializedEvents = new WeakMap<CalendarEvent, string>();

/** One VEVENT with its alarms, folded, without the final line break. */
function serializeEvent(event: CalendarEvent): string {
  const cached = serializedEvents.get(event);
  if (cached !== undefined) return cached;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${event.stamp.replaceAll('-', '')}T000000Z`,
    formatTime('DTSTART', event.start),
    formatTime('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  for (const trigger of event.alarms) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:${trigger}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  const serialized = lines.map(foldLine).join('\r\n');
  serializedEvents.set(event, serialized);
  return serialized;
}
