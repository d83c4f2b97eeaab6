'use client';

import { useEffect } from 'react';
import { parseStepHash } from '@/lib/links/step-hash';
import { reportStepVisit } from '@/components/progress/events';

/** How long after a deep link we keep its target in place while lazy panels above it load. */
const SETTLE_MS = 4000;
/** A step counts as seen once part of it is in the reading band: below the top fifth of the viewport, above its lower 40%. */
const SEEN_BAND = '-20% 0px -40% 0px';

/**
 * Marks the step named in the URL hash as current (in the text and in the table of contents),
 * and keeps following the hash as the learner follows links. Opening /learn/x#step scrolls
 * there natively; this adds the "you are here" marking, and keeps the step in view while
 * content above it (a lab, the workbench on narrow screens) grows as it loads, until the
 * learner scrolls on their own. Each step reports a visit (STEP_VISITED, once per page) when it
 * becomes current or is scrolled into the reading band, for the progress store.
 */
export function StepTracker({ lesson, stepIds }: { lesson: string; stepIds: string[] }) {
  useEffect(() => {
    const ids = new Set(stepIds);
    let release: (() => void) | null = null;
    const reported = new Set<string>();
    const visit = (step: string) => {
      if (reported.has(step)) return;
      reported.add(step);
      reportStepVisit({ lesson, step });
    };
    const seen = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && ids.has(entry.target.id) && visit(entry.target.id)),
      { rootMargin: SEEN_BAND },
    );
    stepIds.forEach((id) => {
      const section = document.getElementById(id);
      if (section) seen.observe(section);
    });

    function keepInView(target: HTMLElement) {
      release?.();
      const realign = () => {
        if (Math.abs(target.getBoundingClientRect().top - parseFloat(getComputedStyle(target).scrollMarginTop || '0')) > 2) target.scrollIntoView();
      };
      const observer = new ResizeObserver(realign);
      observer.observe(document.body);
      const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
      const timer = window.setTimeout(() => release?.(), SETTLE_MS);
      const stop = () => release?.();
      release = () => {
        observer.disconnect();
        window.clearTimeout(timer);
        userEvents.forEach((e) => window.removeEventListener(e, stop));
        release = null;
      };
      userEvents.forEach((e) => window.addEventListener(e, stop, { passive: true }));
      realign();
    }

    function mark() {
      // A link may carry a workspace after its target (`#step&ws=...&workspace=...`, lib/links):
      // the browser then finds no element to scroll to, so the target is scrolled to here.
      const { target: hash, workspace } = parseStepHash(window.location.hash);
      const stepId = hash === null ? null : ids.has(hash) ? hash : hash.startsWith('quiz-') && ids.has('quiz') ? 'quiz' : null;
      document.querySelectorAll('[data-current-step]').forEach((el) => el.removeAttribute('data-current-step'));
      document.querySelectorAll('[data-step-link][aria-current]').forEach((el) => el.removeAttribute('aria-current'));
      const target = hash === null ? null : document.getElementById(hash);
      if (!stepId) {
        if (target && workspace !== null) keepInView(target);
        return;
      }
      document.getElementById(stepId)?.setAttribute('data-current-step', 'true');
      document.querySelector(`[data-step-link="${CSS.escape(stepId)}"]`)?.setAttribute('aria-current', 'step');
      visit(stepId);
      if (target) keepInView(target);
    }
    mark();
    window.addEventListener('hashchange', mark);
    return () => {
      window.removeEventListener('hashchange', mark);
      seen.disconnect();
      release?.();
    };
  }, [lesson, stepIds]);
  return null;
}
