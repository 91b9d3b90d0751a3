/**
 * How an entry file splits into frontmatter and body, with the lines before each. No file
 * system here, so the CMS's file format (scripts/admin/kept-frontmatter.ts, bundled for
 * the browser) splits files exactly as the tools do.
 */

/** A Markdown/MDX entry split into frontmatter and body, with the lines before each. */
export interface EntryText {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  frontmatter: string | undefined;
  /** Lines before the frontmatter's first line (the opening `---`). */
  frontmatterLineOffset: number;
  body: string;
  /** Lines before the body's first line. */
  bodyLineOffset: number;
}

export function splitEntry(text: string): EntryText {
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLineOffset: 0, body: text, bodyLineOffset: 0 };
  const head = match[0];
  return {
    frontmatter: match[1] ?? '',
    frontmatterLineOffset: 1,
    body: text.slice(head.length),
    bodyLineOffset: head.split('\n').length - 1,
  };
}
