import { allListings, calendarSourceOf } from './content';
import { cacheKeyOf } from './lib/cache-key';
import { type CalendarEvent, entryEvents } from './lib/calendar';
import { entryCalendarPath } from './lib/paths';
import type { EntryKind } from './lib/vocabulary';
import { leanBuild } from './site';

/**
 * One `.ics` file per entry that has dated events (opening, deadline, program sessions),
 * computed once per build. Entries that are always open or closed without sessions have
 * nothing to remind of, so they get no file and no "캘린더에 추가" link.
 */

export interface EntryCalendar {
  kind: EntryKind;
  id: string;
  title: string;
  /** Site route of the file, without the base path. */
  path: string;
  events: CalendarEvent[];
}

const site = new URL(import.meta.env.SITE);

export const entryCalendars: EntryCalendar[] = allListings
  .map((listing) => ({
    kind: listing.kind,
    id: listing.id,
    title: listing.title,
    path: entryCalendarPath(listing.kind, listing.id),
    events: entryEvents(calendarSourceOf(listing, site)),
  }))
  .filter((calendar) => calendar.events.length > 0);

const byEntry = new Map(entryCalendars.map((calendar) => [`${calendar.kind}:${calendar.id}`, calendar]));

/** The dated events of an entry, for calendar subscriptions. */
export function entryEventsOf(kind: EntryKind, id: string): readonly CalendarEvent[] {
  return byEntry.get(`${kind}:${id}`)?.events ?? [];
}

/** The entry's own `.ics` file, to link to; none in a lean build (src/site.ts). */
export function entryCalendarOf(kind: EntryKind, id: string): EntryCalendar | undefined {
  return leanBuild ? undefined : byEntry.get(`${kind}:${id}`);
}

/** Static paths for one kind's `.ics` endpoint. */
export function entryCalendarPaths(kind: EntryKind) {
  if (leanBuild) return [];
  return (
    entryCalendars
      .filter((calendar) => calendar.kind === kind)
      // The file is made from the calendar alone, so the calendar is its cache key.
      .map((calendar) => ({ params: { id: calendar.id }, props: { calendar }, cacheKey: cacheKeyOf(calendar) }))
  );
}
