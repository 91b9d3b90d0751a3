import type { APIRoute } from 'astro';
import { calendarResponse, scopeByKey } from '../../feed-scopes';

export const GET: APIRoute = () => calendarResponse(scopeByKey('all'));
