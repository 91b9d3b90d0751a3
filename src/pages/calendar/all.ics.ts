import type { APIRoute } from 'astro';
import { calendarResponse, scopeByKey } from '../../feeds';

export const GET: APIRoute = () => calendarResponse(scopeByKey('all'));
