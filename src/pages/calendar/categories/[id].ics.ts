import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, scopeByKey, scopes } from '../../../feed-scopes';

export const getStaticPaths = (() =>
  scopes
    .filter((scope) => scope.key.startsWith('categories/'))
    .map((scope) => ({ params: { id: scope.key.slice('categories/'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => calendarResponse(scopeByKey(`categories/${params.id}`));
