// Small helpers for building DOM safely: text always goes in as textContent, never as HTML.

/**
 * el('a', { class: 'govuk-link', href: '/x' }, 'text', child) — attributes are set with
 * setAttribute (booleans add or leave out the attribute); children are nodes or text.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children (nodes, text, arrays of either; null and undefined are skipped). */
export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces everything inside node with the given children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, ...children);
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

export const show = (node, visible = true) => node.classList.toggle('tracker-hidden', !visible);

/** The numeric id in a path like /organisations/12/edit (the first number segment). */
export function idFromPath(path = location.pathname) {
  const match = path.match(/\/(\d+)(?:\/|$)/);
  return match ? Number(match[1]) : null;
}
