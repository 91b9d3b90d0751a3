/**
 * The components editors may use in MDX bodies (CONTENT-MODEL.md, "MDX in content") and
 * the literal values each attribute accepts. Mirrors `src/components/editor/index.ts`;
 * a unit test fails when the two drift apart.
 */
export const editorComponentRules: Record<string, Record<string, readonly string[]>> = {
  /** `<Callout type="info|warning">…</Callout>` */
  Callout: { type: ['info', 'warning'] },
  /** `<Steps>` around an ordered list */
  Steps: {},
};

/** Harmless inline HTML an editor may still write, with no attribute but `title`. */
export const allowedHtmlTags = new Set([
  'br',
  'sup',
  'sub',
  'abbr',
  'mark',
  'kbd',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'small',
]);

/** Elements that run code, restyle or embed other pages: refused with their own message. */
export const forbiddenHtmlTags = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'form',
  'input',
  'button',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
]);
