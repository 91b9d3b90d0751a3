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

/** Names Windows keeps for devices (`con`, `aux`, `nul`, `com1`…): a file so named cannot be checked out there. */
const windowsReserved = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
/** Characters in one file or folder name: file systems stop at 255 bytes, and addresses get long. */
export const MAX_NAME_LENGTH = 100;

/** Why an id's file or folder names are not safe on every system, in Korean; undefined when they are. */
export function idNameProblem(id: string): string | undefined {
  for (const name of id.split('/')) {
    if (windowsReserved.test(name)) {
      return `'${name}'은(는) Windows에서 파일·폴더 이름으로 쓸 수 없는 이름입니다. 이름을 바꾸세요.`;
    }
    if (name.length > MAX_NAME_LENGTH) {
      return `파일·폴더 이름이 너무 깁니다(${name.length}자). ${MAX_NAME_LENGTH}자 안으로 줄이세요.`;
    }
  }
  return undefined;
}
