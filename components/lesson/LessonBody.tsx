import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { Lesson } from '@/lib/content/loader';
import { remarkCodeBlocks } from '@/lib/content/remark-code-blocks';
import { lessonComponents } from './mdx-components';

/** Compiles a lesson's MDX at build time (static export) and renders it with Layerwise's components. */
export async function LessonBody({ lesson }: { lesson: Lesson }) {
  const { default: Content } = await evaluate(lesson.body, {
    ...runtime,
    development: false,
    remarkPlugins: [remarkGfm, remarkCodeBlocks],
  });
  return <Content components={lessonComponents(lesson)} />;
}
