import type { Lesson, LessonWorkspaceSpec } from './loader';

/**
 * The workspace a step works in, as on the lesson page: the last <Workspace> placed before the
 * step or inside it, else the lesson's first (what the panel opens with), else null (the lesson
 * has none: the page then opens the playground's project).
 */
export function workspaceForStep(lesson: Pick<Lesson, 'steps' | 'workspaces'>, stepId: string): LessonWorkspaceSpec | null {
  const step = lesson.steps.find((s) => s.id === stepId);
  if (!step) return null;
  const before = lesson.workspaces.filter((w) => w.line <= step.endLine);
  return before.at(-1) ?? lesson.workspaces[0] ?? null;
}
