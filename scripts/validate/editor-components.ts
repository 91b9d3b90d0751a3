/**
 * The components editors may use in MDX bodies and the inline HTML they may write live with
 * the rest of the body whitelist in src/lib/body-markup.ts (the build enforces it too).
 * `editorComponentRules` mirrors `src/components/editor/index.ts`; a unit test fails when
 * the two drift apart.
 */
export { allowedHtmlTags, editorComponentRules, forbiddenHtmlTags } from '../../src/lib/body-markup';
