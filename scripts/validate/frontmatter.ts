/**
 * Splits a Markdown/MDX entry into its frontmatter and body, remembering on which line of
 * the file each starts so positions inside them can be reported as file positions.
 */
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
