import { describe, expect, it } from 'vitest';
import { parseMdx, jsxElements, stringAttribute } from './mdx-tree';
import { remarkSelect } from './remark-select';

const body = `Intro text.

<Step id="one" title="One">
First step.

<Exercise id="fix-it" start="a.Dockerfile">
Do the thing.
</Exercise>
</Step>

<Step id="two" title="Two">
Second step.
</Step>
`;

function select(element: 'Step' | 'Exercise', id: string) {
  const tree = parseMdx(body);
  remarkSelect({ element, id })(tree);
  return tree;
}

describe('remarkSelect', () => {
  it('keeps one step with its whole subtree and nothing else', () => {
    const tree = select('Step', 'two');
    expect(tree.children).toHaveLength(1);
    expect(jsxElements(tree, 'Step').map((s) => stringAttribute(s, 'id'))).toEqual(['two']);
    expect(JSON.stringify(tree)).not.toContain('Intro text');
  });

  it('keeps an exercise nested in a step, without the step around it', () => {
    const tree = select('Exercise', 'fix-it');
    expect(jsxElements(tree, 'Step')).toEqual([]);
    expect(jsxElements(tree, 'Exercise')).toHaveLength(1);
    expect(JSON.stringify(tree)).toContain('Do the thing.');
    expect(JSON.stringify(tree)).not.toContain('First step.');
  });

  it('fails loudly when the element is not in the lesson', () => {
    expect(() => select('Step', 'three')).toThrow('<Step id="three"> is not in this lesson');
  });
});
