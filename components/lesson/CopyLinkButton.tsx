'use client';

import { useCopy } from './use-copy';

/** Copies the absolute URL of a step (or quiz question) so instructors can send an exact place. */
/** `href` (a path, e.g. on /instructors) links elsewhere than this page's `#targetId`. */
export function CopyLinkButton({ targetId, label, href }: { targetId: string; label: string; href?: string }) {
  const [status, copyText] = useCopy();
  const copy = () => copyText(href ? new URL(href, window.location.origin).href : `${window.location.origin}${window.location.pathname}#${targetId}`);

  return (
    <span className="copy-link">
      <button type="button" className="copy-link-button" onClick={copy} aria-label={`Copy link to “${label}”`}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path fill="currentColor" d="M7.8 4.3 9.6 2.5a3 3 0 0 1 4.2 4.2l-2.6 2.6a3 3 0 0 1-4.2 0l-.5-.5 1-1 .5.5a1.6 1.6 0 0 0 2.2 0l2.6-2.6a1.6 1.6 0 0 0-2.2-2.2L8.8 5.3zm.4 7.4-1.8 1.8a3 3 0 0 1-4.2-4.2l2.6-2.6a3 3 0 0 1 4.2 0l.5.5-1 1-.5-.5a1.6 1.6 0 0 0-2.2 0L3.2 10.3a1.6 1.6 0 0 0 2.2 2.2l1.8-1.8z" />
        </svg>
        <span>Copy link</span>
      </button>
      <span role="status" className="copy-link-status">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </span>
  );
}
