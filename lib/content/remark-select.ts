import type { Root, RootContent } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { stringAttribute, type JsxElement } from './mdx-tree';

/** One element of a lesson: `<Step id="...">` or `<Exercise id="...">`. */
export interface MdxSelection {
  element: 'Step' | 'Exercise';
  id: string;
}

/**
 * Keeps only one element of a lesson's MDX (with its whole subtree) and any import/export, so an
 * embed renders exactly that step or exercise from the same source as the lesson page. Throws
 * when the element is not there: a missing step must fail the build, not render empty.
 */
export function remarkSelect(selection: MdxSelection) {
  return (tree: Root) => {
    let found: RootContent | null = null;
    visit(tree, (node) => {
      const el = node as unknown as JsxElement;
      if (el.type === 'mdxJsxFlowElement' && el.name === selection.element && stringAttribute(el, 'id') === selection.id) {
        found = node as RootContent;
        return EXIT;
      }
      return undefined;
    });
    if (!found) throw new Error(`<${selection.element} id="${selection.id}"> is not in this lesson`);
    tree.children = [...tree.children.filter((node) => node.type === 'mdxjsEsm'), found];
  };
}
