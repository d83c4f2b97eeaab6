'use client';

/**
 * The link builder holds a whole workspace (the editor, the analysis, the simulator): it loads
 * after the page's text has rendered, in the browser only.
 */
import dynamic from 'next/dynamic';
import type { BuilderLesson } from './builder-data';

const LinkBuilder = dynamic(() => import('./LinkBuilder').then((m) => m.LinkBuilder), {
  ssr: false,
  loading: () => <p className="instructors-loading">Loading the link builder…</p>,
});

export function LinkBuilderLoader({ lessons }: { lessons: BuilderLesson[] }) {
  return <LinkBuilder lessons={lessons} />;
}
