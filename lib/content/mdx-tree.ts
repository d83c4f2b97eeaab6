import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Code } from 'mdast';

/** The parts of an MDX JSX element the content pipeline reads. */
export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: unknown[];
  position?: { start: { line: number } };
}

export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
}

/** A string attribute of a JSX element (`<Step id="x">`); null when absent or an expression. */
export function stringAttribute(node: JsxElement, name: string): string | null {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : null;
}

export function jsxElements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    const el = node as unknown as JsxElement;
    if ((el.type === 'mdxJsxFlowElement' || el.type === 'mdxJsxTextElement') && el.name === name) found.push(el);
  });
  return found;
}

export function codeNodes(tree: unknown): Code[] {
  const found: Code[] = [];
  visit(tree as Root, 'code', (node: Code) => {
    found.push(node);
  });
  return found;
}

/** Plain text of a subtree (for the search index); code blocks are left out. */
export function plainText(node: unknown): string {
  const withoutCode = JSON.parse(JSON.stringify(node)) as Root;
  visit(withoutCode, 'code', (c: Code) => {
    c.value = '';
  });
  return toString(withoutCode).replace(/\s+/g, ' ').trim();
}

/**
 * `dockerfile expect="lw-run-data-file" title="Dockerfile"` -> { expect: ..., title: ... }.
 * Bare words become `true` flags ("nocopy").
 */
export function parseMeta(meta: string | null | undefined): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  if (!meta) return out;
  const re = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
  for (const m of meta.matchAll(re)) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? true;
  return out;
}
