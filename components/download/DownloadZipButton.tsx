'use client';

import { useState } from 'react';
import type { ZipFiles } from '@/lib/workspace/zip';

export interface DownloadableWorkspace {
  /** Workspace.files(): every file with its mode. */
  files: ZipFiles;
  /** The command the workspace suggests (Workspace.command), or null. */
  command: string | null;
  /** Names the zip, its folder and the README's heading (the lesson's workspace title, "Playground"). */
  title: string;
  /** The terminal's directory (Workspace.cwd), for the README's `cd`. */
  cwd?: string;
}

/**
 * "Download .zip": the whole workspace as a zip to build with a real Docker (fflate, loaded on
 * the first click so it costs nothing before). The getter is read at click time, so the zip
 * holds what the editor holds at that moment.
 */
export function DownloadZipButton({ getWorkspace, className = 'button button-small button-secondary' }: { getWorkspace: () => DownloadableWorkspace; className?: string }) {
  const [status, setStatus] = useState('');

  async function download() {
    try {
      const { workspaceZip, workspaceReadme, slugName } = await import('@/lib/workspace/zip');
      const { files, command, title, cwd } = getWorkspace();
      const name = `layerwise-${slugName(title)}`;
      const bytes = workspaceZip(files, { folder: name, readme: workspaceReadme({ title, files, command, cwd }) });
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${name}.zip`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const count = Object.keys(files).length;
      setStatus(`Downloaded ${name}.zip (${count} ${count === 1 ? 'file' : 'files'} and a README).`);
    } catch {
      setStatus('Could not make the zip in this browser.');
    }
    window.setTimeout(() => setStatus(''), 4000);
  }

  return (
    <span className="download-zip">
      <button type="button" className={className} onClick={download} title="Every file of the workspace, with a README on building it with Docker">
        Download .zip
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </span>
  );
}
