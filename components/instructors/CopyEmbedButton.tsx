'use client';

import { useCopy } from '@/components/lesson/use-copy';
import { iframeSnippet } from '@/lib/links/embed';

/** Copies the <iframe> snippet of an embed route (made absolute for this site's origin). */
export function CopyEmbedButton({ path, what, label }: { path: string; what: string; label: string }) {
  const [status, copyText] = useCopy();
  const copy = () => copyText(iframeSnippet(new URL(path, window.location.origin).href, what));

  return (
    <span className="copy-link">
      <button type="button" className="copy-link-button" onClick={copy} aria-label={`Copy embed code for “${label}”`}>
        <span aria-hidden="true">&lt;/&gt;</span>
        <span>Copy embed code</span>
      </button>
      <span role="status" className="copy-link-status">
        {status === 'copied' ? 'Embed code copied' : status === 'failed' ? 'Could not copy: use the link builder' : ''}
      </span>
    </span>
  );
}
