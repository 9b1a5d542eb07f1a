// Reads what a badge shows inside its *closed* shadow root, the way only the browser itself can:
// CDP's DOM.getDocument with pierce. LinkedIn's page cannot do this; a test must, to prove what the
// user sees.
import type { BrowserContext, Page } from 'playwright-core';

type DomNode = {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
};

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The visible text of `profile`'s badge (from inside its closed shadow root), or null if there is none. */
export async function badgeShadowText(context: BrowserContext, page: Page, profile: string): Promise<string | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let found: string | null = null;
    const walk = (node: DomNode) => {
      if (found !== null) return;
      if (attr(node, 'data-know-trust-profile') === profile) {
        const shadow = (node.shadowRoots ?? []).find((s) => s.shadowRootType === 'closed');
        found = shadow ? textOf(shadow) : '';
        return;
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
