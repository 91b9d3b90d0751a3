// Ports for the embed tests, moved by E2E_PORT_OFFSET like the others: the sample site
// served with its _headers (CSP and frame-ancestors), and a "municipal" host page on
// another origin that pastes the snippet.
import { e2eSites } from './sites.mjs';

export const embedSitePort = e2eSites.root.port + 7;
export const embedHostPort = e2eSites.root.port + 8;
