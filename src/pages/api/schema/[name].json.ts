import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, openDataNames } from '../../../open-data-files';
import { type OpenDataName, openDataJsonSchema } from '../../../schemas/open-data';

export const getStaticPaths = (() => openDataNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(openDataJsonSchema(params.name as OpenDataName));
