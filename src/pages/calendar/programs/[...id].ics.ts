import type { APIRoute } from 'astro';
import { type EntryCalendar, entryCalendarPaths } from '../../../entry-calendars';
import { serializeCalendar } from '../../../lib/calendar';

export const getStaticPaths = () => entryCalendarPaths('program');

export const GET: APIRoute = ({ props }) => {
  const { calendar } = props as { calendar: EntryCalendar };
  return new Response(serializeCalendar(calendar.title, calendar.events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
