import type { Root, Code, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { parseMeta, stringAttribute, type JsxElement } from './mdx-tree';

function attr(name: string, value: string) {
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * Turns every fenced code block into `<CodeBlock code lang title origin />` so the React side
 * can highlight it at build time and give Dockerfiles an "Open in editor" button. `origin` is the
 * id of the enclosing <Step>, so the workbench knows which step a Dockerfile came from.
 */
export function remarkCodeBlocks() {
  return (tree: Root) => {
    const replace = (node: Code, index: number | undefined, parent: Parent | undefined, stepId: string | null) => {
      if (!parent || index === undefined) return;
      const meta = parseMeta(node.meta);
      const attributes = [attr('code', node.value), attr('lang', (node.lang ?? 'text').toLowerCase())];
      if (typeof meta.title === 'string') attributes.push(attr('title', meta.title));
      if (stepId) attributes.push(attr('origin', stepId));
      parent.children[index] = { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes, children: [] } as never;
    };
    visit(tree, (node, index, parent) => {
      const el = node as unknown as JsxElement;
      if (el.type === 'mdxJsxFlowElement' && el.name === 'Step') {
        const stepId = stringAttribute(el, 'id');
        visit(node as Root, 'code', (code: Code, i, p) => replace(code, i, p as Parent, stepId));
        return SKIP;
      }
      if (node.type === 'code') replace(node as Code, index, parent as Parent, null);
      return undefined;
    });
  };
}
