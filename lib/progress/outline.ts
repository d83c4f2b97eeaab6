import type { Lesson } from '@/lib/content/loader';
import type { LessonOutline } from './progress';

/** What the course map needs of a lesson to say whether it is done (every question of quiz.json counts, all types). */
export function lessonOutline(lesson: Pick<Lesson, 'frontmatter' | 'steps' | 'exercises' | 'questions'>): LessonOutline {
  return {
    slug: lesson.frontmatter.slug,
    stepIds: lesson.steps.map((s) => s.id),
    exerciseIds: lesson.exercises.map((e) => e.id),
    questionIds: lesson.questions.map((q) => q.id),
  };
}
