/**
 * The in-page panel is built with plain DOM rather than Preact: it is built on every VPN form load, and
 * Preact's first render in a fresh page cost about 4 ms of script there (npm run bench). Text goes in as
 * text nodes, never as markup.
 */

/** Attribute values: a string is set, `true` sets an empty attribute, `false` and undefined leave it out. */
export type Attributes = Record<string, string | boolean | undefined>;
export type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child || child === '') element.append(child);
  }
  return element;
}

/** `element` with `listener` on its `type` events: a builder can then place it in one expression. */
export function listening<E extends HTMLElement>(
  element: E,
  type: string,
  listener: (event: Event) => void,
): E {
  element.addEventListener(type, listener);
  return element;
}

/**
 * A new page-level host element with an open shadow root holding `css` (tests outside this repository reach
 * into it), replacing one of the same tag: one of each is ever in the page. Not yet attached.
 */
export function shadowHost(tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  document.querySelector(tag)?.remove();
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = h('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
