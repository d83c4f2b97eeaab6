import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { Lesson } from '@/lib/content/loader';
import { remarkCodeBlocks } from '@/lib/content/remark-code-blocks';
import { remarkSelect, type MdxSelection } from '@/lib/content/remark-select';
import { lessonComponents } from './mdx-components';

/**
 * Compiles a lesson's MDX at build time (static export) and renders it with Layerwise's
 * components; `only` renders one <Step> or <Exercise> of it (the embeds), from the same source.
 */
export async function LessonBody({ lesson, only }: { lesson: Lesson; only?: MdxSelection }) {
  const { default: Content } = await evaluate(lesson.body, {
    ...runtime,
    development: false,
    // After remarkCodeBlocks, so a code block keeps the id of its step as its origin.
    remarkPlugins: only ? [remarkGfm, remarkCodeBlocks, [remarkSelect, only]] : [remarkGfm, remarkCodeBlocks],
  });
  return <Content components={lessonComponents(lesson)} />;
}
