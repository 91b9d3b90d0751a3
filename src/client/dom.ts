/**
 * Builds DOM nodes from data. Text always goes in as text nodes, never as HTML, so an
 * entry title or a URL parameter can never become markup or script.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Required element of a page; a missing one is a programming error worth a clear message. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

/** Hides the notes that say a feature needs JavaScript, now that it runs. */
export function hideScriptNotes(root: ParentNode = document) {
  for (const note of root.querySelectorAll<HTMLElement>('[data-needs-script]')) note.hidden = true;
}
