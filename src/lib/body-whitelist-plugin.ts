import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastNode, HastVisitorContext, HastVisitorInstance, MdxJsxFlowElementHast } from 'satteri';
import { elementProblems, forbiddenHtmlTags, imageProblem, linkProblem, rawHtmlProblems } from './body-markup';

/**
 * The build's half of the body whitelist (body-markup.ts): a Sätteri hast plugin, run on
 * every .md and .mdx body (astro.config.mjs), that publishes as text whatever the
 * validator should have refused. Raw HTML that is incomplete or not allowed is shown as
 * the characters the editor typed, never parsed as markup; links and images keep to the
 * same rules as the validator's; MDX elements outside the whitelist are unwrapped.
 */

type Context = HastVisitorContext;
const asText = (value: string): Text => ({ type: 'text', value });

/** Child indexes of a parent's raw nodes that break the whitelist, computed once per parent. */
const badRawIndexes = new WeakMap<object, Set<number>>();
function badRawChildren(parent: Parents): Set<number> {
  const known = badRawIndexes.get(parent);
  if (known !== undefined) return known;
  const raws = parent.children.flatMap((child, index) =>
    child.type === 'raw' ? [{ index, value: (child as { value: string }).value }] : [],
  );
  const bad = new Set(rawHtmlProblems(raws.map((raw) => raw.value)).map((problem) => raws[problem.index]?.index ?? -1));
  badRawIndexes.set(parent, bad);
  return bad;
}

function visitRaw(node: Readonly<HastNode>, ctx: Context): void {
  const index = ctx.indexOf(node);
  if (index !== undefined && badRawChildren(ctx.parent(node) as Parents).has(index)) {
    ctx.replaceNode(node, asText((node as { value: string }).value));
  }
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
  raw: visitRaw,
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
