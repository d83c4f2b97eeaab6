'use client';

/**
 * When to load the interactive workbench (and with it the editor). Not during the page's first
 * paint: at once when asked (`immediate`, e.g. a share link to open), when the learner reaches for
 * it (pointer, touch, focus), or, on a device with a fine pointer, when the browser is idle and the
 * workbench is on screen. A phone that only reads never pays for an editor it does not use.
 */
import { type RefObject, useEffect, useState } from 'react';

export function useDeferredLoad(hostRef: RefObject<HTMLElement | null>, immediate: () => boolean) {
  const [load, setLoad] = useState(false);
  const [focusInside, setFocusInside] = useState(false);

  useEffect(() => {
    const host = hostRef.current;
    // Tells tests (and curious readers of the DOM) that the page is hydrated and listening.
    if (host) host.dataset.loader = load ? 'loaded' : 'listening';
    if (load) return;
    let cancelled = false;
    if (immediate()) {
      // After this commit (the static rendering has hydrated), never inside it.
      queueMicrotask(() => {
        if (!cancelled) setLoad(true);
      });
      return () => {
        cancelled = true;
      };
    }
    let idle: number | null = null;
    let observer: IntersectionObserver | null = null;
    const fine = window.matchMedia?.('(pointer: fine)').matches ?? true;
    if (fine && host && 'IntersectionObserver' in window) {
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer?.disconnect();
        const start = () => setLoad(true);
        idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(start, { timeout: 3000 }) : (globalThis.setTimeout(start, 1200) as unknown as number);
      });
      observer.observe(host);
    }
    return () => {
      observer?.disconnect();
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
        else globalThis.clearTimeout(idle);
      }
    };
  }, [hostRef, immediate, load]);

  /** Handlers for the element around the static rendering. */
  const reach = {
    onPointerEnter: () => setLoad(true),
    onTouchStart: () => setLoad(true),
    onFocusCapture: () => {
      // The static code a keyboard user tabbed to is about to be replaced: hand focus to the editor.
      if (!load) setFocusInside(true);
      setLoad(true);
    },
  };
  return { load, setLoad, focusInside, reach };
}
