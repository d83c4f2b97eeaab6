/**
 * A lesson's workspaces as the panel and the instructors' link builder need them: the
 * <Workspace> blocks in text order (the first opens with the page), or the playground's project
 * for a lesson without any.
 */
import type { Lesson } from '@/lib/content/loader';
import type { WorkspaceSpec } from '@/lib/workspace/projects';

export interface LessonWorkspaceOption extends WorkspaceSpec {
  id: string;
  title: string;
  project: string;
}

export function lessonWorkspaceOptions(lesson: Pick<Lesson, 'workspaces'>): LessonWorkspaceOption[] {
  if (lesson.workspaces.length === 0) return [{ id: 'workspace', title: 'A small Flask app', project: 'python-app', dockerfile: null, open: null, cwd: null, command: null }];
  return lesson.workspaces.map(({ id, title, project, dockerfile, open, cwd, command }) => ({ id, title, project, dockerfile, open, cwd, command }));
}
