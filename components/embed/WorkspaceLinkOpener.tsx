'use client';

/**
 * A step embed opens the workspace of a link (`#workspace=w1...`, lib/workbench/workspace-link.ts)
 * when its address has one, so an instructor can embed a step with a prepared project. The link
 * is read against the step's own project; a damaged one leaves the step's workspace and says so.
 */
import { useEffect, useState } from 'react';
import { switchWorkspace } from '@/components/lesson/workbench-events';

export function WorkspaceLinkOpener({ project }: { project: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const hash = window.location.hash;
    if (!/^#(workspace|dockerfile)=/.test(hash)) return;
    let cancelled = false;
    // Loaded only when there is a link: the parser and its validation are not on a plain step's first load.
    void Promise.all([import('@/lib/workbench/workspace-link'), import('@/lib/workspace/projects')]).then(([link, projects]) => {
      if (cancelled) return;
      const baseOf = (id: string) => (projects.isProjectId(id) ? { id, snapshot: projects.projectSnapshot(id) } : null);
      const read = link.decodeWorkspaceHash(hash, baseOf(project)!, baseOf);
      if (read.kind === 'invalid') return setProblem(`${read.message} The step's own workspace is shown instead.`);
      if (read.kind !== 'ok') return;
      const { snapshot } = read;
      switchWorkspace({ id: 'from-link', project, snapshot, label: 'The workspace from the link', terminal: snapshot.command !== null, focus: false });
    });
    return () => {
      cancelled = true;
    };
  }, [project]);
  return problem ? (
    <p className="wb-notice wb-notice-error" role="alert">
      {problem}
    </p>
  ) : null;
}
