import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, openDataFile, openDataNames } from '../../open-data-files';
import type { OpenDataName } from '../../schemas/open-data';

export const getStaticPaths = (() => openDataNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(openDataFile(params.name as OpenDataName, site));
