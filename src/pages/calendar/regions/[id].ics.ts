import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, scopeByKey, scopes } from '../../../feed-scopes';

export const getStaticPaths = (() =>
  scopes
    .filter((scope) => scope.key.startsWith('regions/'))
    .map((scope) => ({ params: { id: scope.key.slice('regions/'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => calendarResponse(scopeByKey(`regions/${params.id}`));
