import type { APIRoute } from 'astro';
import { centerDirectory } from '../../content';

/**
 * What the finder and the search page need to point a person to the centres near them:
 * region id -> [region whose centre list to link, how many centres it holds]. The same
 * file for everyone, so fetching it says nothing about the person.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(centerDirectory.nearMap()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
