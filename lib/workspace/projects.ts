/**
 * Starting workspaces: a preloaded project (lib/simulator/projects.ts), optionally with another
 * Dockerfile in it, the file to open, the terminal's directory and a suggested command. Lessons
 * describe theirs with <Workspace project="..." ...>; the playground uses "python-app".
 */
import { PRELOADED_PROJECTS } from '@/lib/simulator/projects';
import { snapshotOf, type WorkspaceSnapshot } from './snapshot';
import { Workspace } from './workspace';

export interface WorkspaceSpec {
  /** A preloaded project id, e.g. "hello-world". */
  project: string;
  /** Text for the project's main Dockerfile (the one `command` builds), e.g. a lesson's example. */
  dockerfile?: string | null;
  /** The file the editor opens (default: the main Dockerfile). */
  open?: string | null;
  cwd?: string | null;
  command?: string | null;
}

export const PROJECT_IDS = Object.keys(PRELOADED_PROJECTS);

export function isProjectId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(PRELOADED_PROJECTS, id);
}

/** The workspace a spec describes; throws on an unknown project or file (content errors fail the site build). */
export function specSnapshot(spec: WorkspaceSpec): WorkspaceSnapshot {
  const project = PRELOADED_PROJECTS[spec.project];
  if (!project) throw new Error(`unknown project "${spec.project}" (known: ${PROJECT_IDS.join(', ')})`);
  const ws = new Workspace({ files: project.files, cwd: spec.cwd ?? project.cwd, command: spec.command ?? null });
  const main = ws.mainDockerfile() ?? 'Dockerfile';
  if (spec.dockerfile != null) ws.write(main, spec.dockerfile, 'load');
  if (spec.open) {
    if (!ws.has(spec.open)) throw new Error(`project "${spec.project}" has no file "${spec.open}" to open`);
    ws.openInEditor(spec.open);
  } else ws.openInEditor(main);
  return snapshotOf(ws);
}

/** The project exactly as preloaded: what workspace links are relative to. */
export function projectSnapshot(id: string): WorkspaceSnapshot {
  return specSnapshot({ project: id });
}
