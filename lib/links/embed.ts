/**
 * Addresses instructors paste into a course: plain links to a lesson place, and the embed routes
 * (app/embed: a step, a quiz question, an exercise or the playground without the site's chrome)
 * with the <iframe> snippet that shows one. Paths only; the page adds its own origin.
 */

export type EmbedTarget =
  | { kind: 'step'; slug: string; stepId: string }
  | { kind: 'quiz'; slug: string; questionId: string }
  | { kind: 'exercise'; slug: string; exerciseId: string }
  | { kind: 'playground' };

const seg = encodeURIComponent;

export function embedPath(target: EmbedTarget): string {
  switch (target.kind) {
    case 'step':
      return `/embed/step/${seg(target.slug)}/${seg(target.stepId)}/`;
    case 'quiz':
      return `/embed/quiz/${seg(target.slug)}/${seg(target.questionId)}/`;
    case 'exercise':
      return `/embed/exercise/${seg(target.slug)}/${seg(target.exerciseId)}/`;
    case 'playground':
      return '/embed/playground/';
  }
}

/** A lesson place as a plain link: `/learn/<slug>/#<anchor>` (quiz questions are `quiz-<id>`). */
export function lessonAnchorPath(slug: string, anchor: string): string {
  return `/learn/${seg(slug)}/#${seg(anchor)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The snippet an LMS or a web page takes: a titled, lazily loaded iframe of an absolute URL. */
export function iframeSnippet(absoluteUrl: string, what: string): string {
  return `<iframe src="${escapeAttribute(absoluteUrl)}" title="Layerwise: ${escapeAttribute(what)}" width="100%" height="640" loading="lazy"></iframe>`;
}
