import type { LessonWorkspaceSpec } from '@/lib/content/loader';
import { PRELOADED_PROJECTS } from '@/lib/simulator/projects';
import { specSnapshot } from '@/lib/workspace/projects';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import { ShowWorkspaceButton } from './ShowWorkspaceButton';

/**
 * A <Workspace> in the lesson text: what the workspace panel holds for this part of the lesson
 * (project, open file, directory, suggested command), with a button that switches the panel to
 * it. The first one of a lesson is what the panel opens with.
 */
export function WorkspaceCard({ spec, first }: { spec: LessonWorkspaceSpec; first: boolean }) {
  const snapshot = specSnapshot(spec);
  const open = workspaceFromSnapshot(snapshot).openFile;
  const project = PRELOADED_PROJECTS[spec.project];
  const terminal = spec.command !== null;
  return (
    <div className="workspace-card" role="group" aria-label={spec.title}>
      <p className="workspace-card-title">{spec.title}</p>
      <p className="workspace-card-text">
        {first ? 'The workspace beside this lesson holds ' : 'This part of the lesson uses '}
        {project.title}
        {open ? (
          <>
            , with <code>{open}</code> open in the editor
          </>
        ) : null}
        {spec.cwd && spec.cwd !== '.' ? (
          <>
            {' '}
            and the terminal in <code>{spec.cwd}</code>
          </>
        ) : null}
        .
        {spec.command ? (
          <>
            {' '}
            Try <code>{spec.command}</code> in its terminal.
          </>
        ) : null}
      </p>
      <ShowWorkspaceButton detail={{ id: spec.id, project: spec.project, snapshot, label: spec.title, terminal }} />
    </div>
  );
}
