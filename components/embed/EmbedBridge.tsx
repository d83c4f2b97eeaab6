'use client';

/**
 * What an embed tells the page that holds its iframe (lib/embed/messages.ts): `ready` once it has
 * hydrated, `resize` with its height whenever that changes, `quiz-answered` and `exercise-solved`
 * from the page's own progress events. Nothing is posted when the embed is not in a frame.
 * In a frame, links that leave the embed (to a lesson, the playground, /progress/) open in a new
 * tab instead of replacing the embed inside the parent's page.
 */
import { useEffect } from 'react';
import { embedKindOf, exerciseSolvedMessage, quizAnsweredMessage, readyMessage, resizeMessage, type EmbedMessage } from '@/lib/embed/messages';
import { EXERCISE_CHANGED, QUIZ_ANSWERED } from '@/components/progress/events';

function post(message: EmbedMessage | null) {
  // '*': the embed does not know who holds it, and the messages carry nothing private.
  if (message && window.parent !== window) window.parent.postMessage(message, '*');
}

/** Same-site links out of /embed/ open in a new tab; fragment links stay in the embed. */
function retargetLinksOut(event: MouseEvent) {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target || link.origin !== window.location.origin) return;
  if (link.pathname.startsWith('/embed/') || (link.pathname === window.location.pathname && link.hash)) return;
  link.target = '_blank';
  link.rel = 'noopener';
}

export function EmbedBridge({ frameId }: { frameId: string }) {
  useEffect(() => {
    const framed = window.parent !== window;
    const onQuiz = (e: Event) => post(quizAnsweredMessage((e as CustomEvent).detail));
    const onExercise = (e: Event) => post(exerciseSolvedMessage((e as CustomEvent).detail));
    window.addEventListener(QUIZ_ANSWERED, onQuiz);
    window.addEventListener(EXERCISE_CHANGED, onExercise);
    if (framed) document.addEventListener('click', retargetLinksOut, true);

    const kind = embedKindOf(window.location.pathname);
    if (kind) post(readyMessage(kind, window.location.pathname));
    // The frame's content, not the document: a document is never shorter than its iframe.
    const frame = document.getElementById(frameId);
    let last = -1;
    const observer = new ResizeObserver(() => {
      const message = frame ? resizeMessage(frame.getBoundingClientRect().height) : null;
      if (!message || message.height === last) return;
      last = message.height;
      post(message);
    });
    if (frame) observer.observe(frame);
    return () => {
      window.removeEventListener(QUIZ_ANSWERED, onQuiz);
      window.removeEventListener(EXERCISE_CHANGED, onExercise);
      document.removeEventListener('click', retargetLinksOut, true);
      observer.disconnect();
    };
  }, [frameId]);
  return null;
}
