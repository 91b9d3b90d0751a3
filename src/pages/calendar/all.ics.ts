import type { APIRoute } from 'astro';
import { calendarResponse, scopeByKey } from '../../feeds';

export const GET: APIRoute = ({ site }) => calendarResponse(scopeByKey('all'), site);
