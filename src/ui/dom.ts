// A tiny element builder for extension pages: every string goes in as textContent or as an
// attribute value, never as markup, because names, headlines and notes come from LinkedIn's page.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The children that are present, for replaceChildren(...) with optional parts. */
export function present(...children: Child[]): Array<Node | string> {
  return children.filter((child): child is Node | string => Boolean(child));
}
