'use client';

import Link from '@/components/layout/Link';
import { useEffect } from 'react';
import { afterLoadIdle } from '@/components/layout/after-load';
import { progressStore } from './store';
import { useProgress } from './useProgress';

/**
 * Mounted once in the layout: starts the progress store after hydration (so every page listens
 * to quiz, exercise and step events) and tells the learner when saved progress was damaged,
 * brought up to date or cannot be saved. The status region is always in the page so a polite
 * notice is announced; a problem is an alert.
 */
export function ProgressRoot() {
  // Reading saved progress (zod and the core load as their own chunk) waits for load and idle.
  useEffect(() => {
    let disconnect: (() => void) | void;
    const cancel = afterLoadIdle(() => {
      disconnect = progressStore.connect();
    }, 1500);
    return () => {
      cancel();
      if (typeof disconnect === 'function') disconnect();
    };
  }, []);
  const { notice } = useProgress();
  const box = notice ? (
    <div className={`progress-notice progress-notice-${notice.kind}`}>
      <p>
        <strong>{notice.kind === 'alert' ? 'Your progress: ' : 'Progress updated: '}</strong>
        {notice.text} Nothing crashed and nothing else was lost. <Link href="/progress/">Your progress</Link>
      </p>
      <button type="button" className="button button-secondary button-small" onClick={progressStore.dismissNotice}>
        Dismiss
      </button>
    </div>
  ) : null;
  return (
    <>
      <div role="status" className="progress-notice-region">
        {notice?.kind === 'status' ? box : null}
      </div>
      {notice?.kind === 'alert' ? <div role="alert">{box}</div> : null}
    </>
  );
}
