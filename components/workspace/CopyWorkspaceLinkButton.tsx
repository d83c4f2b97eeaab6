'use client';

/**
 * "Copy link with this workspace": a link to the step the learner is at (the one marked current,
 * else the first on screen) that carries the workspace as it is now (lib/links/step-link.ts), so
 * an instructor or a learner can hand someone the exact place and project.
 */
import { useState } from 'react';
import { LINK_WARN_LENGTH, stepLinkHash } from '@/lib/links/step-link';
import type { LinkBase } from '@/lib/workbench/workspace-link';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot';

function currentTarget(): { id: string; title: string } | null {
  const steps = Array.from(document.querySelectorAll<HTMLElement>('section.step[id]'));
  const current = steps.find((s) => s.hasAttribute('data-current-step')) ?? steps.find((s) => s.getBoundingClientRect().bottom > 80) ?? steps[0];
  if (!current) return null;
  const heading = current.querySelector('h2');
  return { id: current.id, title: heading?.textContent?.trim() || current.id };
}

export function CopyWorkspaceLinkButton({ getLink }: { getLink(): { workspaceId: string; snapshot: WorkspaceSnapshot; base: LinkBase } }) {
  const [result, setResult] = useState<{ text: string; url: string | null; long: boolean } | null>(null);

  async function copy() {
    const target = currentTarget();
    const { workspaceId, snapshot, base } = getLink();
    const hash = target ? stepLinkHash(target.id, workspaceId, snapshot, base) : stepLinkHash('', workspaceId, snapshot, base).replace(/^#&/, '#');
    const url = `${window.location.origin}${window.location.pathname}${hash}`;
    const where = target ? `“${target.title}”` : 'this lesson';
    const long = url.length > LINK_WARN_LENGTH;
    try {
      await navigator.clipboard.writeText(url);
      setResult({ text: `Copied a link to ${where} with this workspace (${url.length.toLocaleString('en')} characters).`, url: null, long });
    } catch {
      setResult({ text: `Could not copy; select the link to ${where} below (${url.length.toLocaleString('en')} characters).`, url, long });
    }
  }

  return (
    <span className="copy-workspace-link">
      <button type="button" className="button button-small button-secondary" onClick={copy}>
        Copy link with this workspace
      </button>
      <span role="status" className="copy-workspace-link-status">
        {result ? result.text : ''}
        {result?.long ? ` Over ${LINK_WARN_LENGTH.toLocaleString('en')} characters: some LMSs and chat tools cut links this long; the Download .zip button is an alternative.` : ''}
      </span>
      {result?.url ? <input type="text" readOnly value={result.url} aria-label="Link with this workspace" onFocus={(e) => e.currentTarget.select()} /> : null}
    </span>
  );
}
