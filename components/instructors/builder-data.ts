import type { LessonWorkspaceOption } from '@/lib/links/lesson-workspaces';

/** What the link builder needs of a lesson (plain data, handed from the page to the client). */
export interface BuilderLesson {
  slug: string;
  title: string;
  steps: { id: string; title: string }[];
  workspaces: LessonWorkspaceOption[];
}
