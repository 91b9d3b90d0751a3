import type { Element, ElementContent, Root, Text } from 'hast';
import type { HastNode, HastVisitorContext, HastVisitorInstance, MdxJsxFlowElementHast } from 'satteri';
import { parseBodyHtml } from './body-html';
import { elementProblems, forbiddenHtmlTags, imageProblem, linkProblem } from './body-markup';

/**
 * The build's half of the body whitelist (body-markup.ts): a Sätteri hast plugin, run on
 * every .md and .mdx body (astro.config.mjs). Raw HTML is parsed with a real HTML parser
 * and cut to the whitelist (body-html.ts), so the page carries what the parser made of
 * it, never the bytes as written; links and images keep to the same rules as the
 * validator's; MDX elements outside the whitelist are unwrapped.
 */

type Context = HastVisitorContext;
const asText = (value: string): Text => ({ type: 'text', value });
const HAS_RAW = 'bodyWhitelistHasRaw';

/** After the visitors: a body with raw HTML is replaced by its parsed, whitelisted tree. */
function parseRawHtml(root: Readonly<Root>, ctx: Context): void {
  if (ctx.data[HAS_RAW] !== true) return;
  ctx.replaceNode(root as HastNode, parseBodyHtml(JSON.parse(JSON.stringify(root)) as Root) as HastNode);
}

function visitLink(node: Readonly<Element>, ctx: Context): void {
  const href = typeof node.properties.href === 'string' ? node.properties.href : '';
  const text = ctx.textContent(node);
  if (linkProblem(href) === undefined) return;
  // A `www.` literal became an http:// link: keep the link, over https.
  if (href === `http://${text}` && /^www\.[^\s/]+/i.test(text)) {
    ctx.setProperty(node, 'href', `https://${text}`);
    return;
  }
  ctx.replaceNode(node, [...(node.children as ElementContent[])]);
}

function visitImage(node: Readonly<Element>, ctx: Context): void {
  const src = typeof node.properties.src === 'string' ? node.properties.src : '';
  if (imageProblem(src) !== undefined) ctx.replaceNode(node, asText(String(node.properties.alt ?? '')));
}

function visitJsx(node: Readonly<MdxJsxFlowElementHast>, ctx: Context): void {
  if (node.name === null) {
    ctx.replaceNode(node, [...node.children]);
    return;
  }
  const attributes = node.attributes.map((attribute) => ({
    name: attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}',
    value:
      attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value === null)
        ? attribute.value
        : undefined,
  }));
  if (elementProblems(node.name, attributes, true).length === 0) return;
  if (forbiddenHtmlTags.has(node.name.toLowerCase())) ctx.removeNode(node);
  else ctx.replaceNode(node, [...node.children]);
}

const remove = (node: Readonly<HastNode>, ctx: Context) => ctx.removeNode(node);

export const bodyWhitelist: HastVisitorInstance & { name: string } = {
  name: 'body-whitelist',
  raw: (_node, ctx) => {
    ctx.data[HAS_RAW] = true;
  },
  after: parseRawHtml,
  element: [
    { filter: ['a'], visit: visitLink },
    { filter: ['img'], visit: visitImage },
  ],
  mdxJsxFlowElement: { filter: [], visit: visitJsx },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => visitJsx(node as unknown as MdxJsxFlowElementHast, ctx) },
  // Code in a body never runs: the validator refuses it, and the build drops what slipped by.
  mdxFlowExpression: remove,
  mdxTextExpression: remove,
  mdxjsEsm: remove,
};
