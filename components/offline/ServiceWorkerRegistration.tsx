'use client';

import { useEffect, useRef, useState } from 'react';
import { afterLoadIdle } from '@/components/layout/after-load';
import './update-notice.css';

/**
 * Registers /sw.js (built by scripts/build-sw.mjs over the static export) so that after the first
 * visit the whole site works with no network. Every failure is silent: a plain file server
 * without the worker, file://, an insecure origin or a browser without service workers simply
 * gets the site without offline support.
 *
 * When a new build has been installed and is waiting, a notice offers to reload: the button
 * tells the waiting worker to take over, and the page reloads once it controls the page.
 */
export function ServiceWorkerRegistration() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const reloading = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // An embed sits in an iframe on someone else's page: it must not install the whole site there.
    if (window.location.pathname.startsWith('/embed/')) return;
    const container = navigator.serviceWorker;
    if (process.env.NODE_ENV !== 'production') {
      // `next dev` has no sw.js; a worker left by a production build on the same port would serve stale pages.
      container.getRegistrations().then((all) => all.forEach((r) => void r.unregister()), () => {});
      return;
    }
    let registration: ServiceWorkerRegistration | null = null;
    let cancelled = false;
    const offer = (worker: ServiceWorker | null) => {
      // Only an update: the very first install has no controller yet and needs no reload.
      if (worker && container.controller && !cancelled) setWaiting(worker);
    };
    const track = (worker: ServiceWorker | null) => {
      if (!worker) return;
      if (worker.state === 'installed') offer(worker);
      else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    };
    const onControllerChange = () => {
      if (reloading.current) window.location.reload();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') registration?.update().catch(() => {});
    };

    // After load and idle: installing the offline copy (the whole site) must not slow the first visit.
    const cancelRegister = afterLoadIdle(() => {
      container
        .register('/sw.js', { scope: '/' })
        .then((reg) => {
          registration = reg;
          offer(reg.waiting);
          track(reg.installing);
          reg.addEventListener('updatefound', () => track(reg.installing));
        })
        .catch(() => {});
    });
    container.addEventListener('controllerchange', onControllerChange);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      cancelRegister();
      container.removeEventListener('controllerchange', onControllerChange);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  function reload() {
    reloading.current = true;
    if (waiting?.state !== 'installed') {
      window.location.reload(); // already activated (by another tab) or gone: the next load gets the new version
      return;
    }
    waiting.postMessage({ type: 'SKIP_WAITING' });
    window.setTimeout(() => window.location.reload(), 4000); // in case controllerchange never comes
  }

  return (
    <div className="update-notice" role="status" data-visible={waiting ? 'true' : undefined}>
      {waiting ? (
        <p>
          A new version of Layerwise is available.{' '}
          <button type="button" className="button button-small" onClick={reload}>
            Reload
          </button>
        </p>
      ) : null}
    </div>
  );
}
