/**
 * Content ids (docs/content-model.md): an entry's id is its path under its collection folder
 * without the extension; lowercase ASCII letters, digits and `-`, folders with `/`.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export function isContentId(value: string): boolean {
  return idPattern.test(value);
}

/** `gwangju/rent.mdx` (path under the collection folder) → `gwangju/rent`. */
export function idFromPath(path: string): string {
  return path
    .split('\\')
    .join('/')
    .replace(/\.[a-z]+$/, '');
}

/** Files whose name starts with `_` are drafts of the editor's own and never loaded. */
export function isIgnoredPath(path: string): boolean {
  return (path.split(/[\\/]/).at(-1) ?? '').startsWith('_');
}
