import type { APIRoute, GetStaticPaths } from 'astro';
import { type FeedFormat, feedPath, renderFeed, type Scope, scopes } from '../../feed-scopes';

export const getStaticPaths = (() =>
  scopes.flatMap((scope) =>
    (['rss', 'atom'] as const).map((format) => ({
      params: { feed: feedPath(scope, format).replace(/^\/feeds\//, '') },
      props: { scope, format },
    })),
  )) satisfies GetStaticPaths;

const types: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export const GET: APIRoute = ({ props, site }) => {
  const { scope, format } = props as { scope: Scope; format: FeedFormat };
  return new Response(renderFeed(scope, format, site), { headers: { 'Content-Type': types[format] } });
};
