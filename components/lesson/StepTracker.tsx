'use client';

import { useEffect } from 'react';

/**
 * Marks the step named in the URL hash as current (in the text and in the table of contents),
 * and keeps following the hash as the learner follows links. Opening /learn/x#step scrolls
 * there natively; this adds the "you are here" marking.
 */
export function StepTracker({ stepIds }: { stepIds: string[] }) {
  useEffect(() => {
    const ids = new Set(stepIds);
    function mark() {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      const stepId = ids.has(hash) ? hash : hash.startsWith('quiz-') && ids.has('quiz') ? 'quiz' : null;
      document.querySelectorAll('[data-current-step]').forEach((el) => el.removeAttribute('data-current-step'));
      document.querySelectorAll('[data-step-link][aria-current]').forEach((el) => el.removeAttribute('aria-current'));
      if (!stepId) return;
      const target = document.getElementById(hash);
      document.getElementById(stepId)?.setAttribute('data-current-step', 'true');
      document.querySelector(`[data-step-link="${CSS.escape(stepId)}"]`)?.setAttribute('aria-current', 'step');
      // Hydration can run after the browser's own jump to the anchor: make sure the step is in view.
      if (target && Math.abs(target.getBoundingClientRect().top) > window.innerHeight / 2) target.scrollIntoView();
    }
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, [stepIds]);
  return null;
}
