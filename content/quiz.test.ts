// Every question of the course, every type: the right answer grades as right, the simulator can
// grade it (orders build, the rebuild replays, the command runs), and the type counts of issue 10.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import { correctAnswer, gradeQuestion, initialOrder, predictCacheSteps } from '@/lib/quiz/grade';

const lessons = loadCourse();
const questions = lessons.flatMap((l) => l.questions.map((q) => ({ lesson: l, q })));

describe('quiz questions of the course', () => {
  it('has at least 6 ordering, 4 predict-the-cache and some type-the-command questions', () => {
    const count = (type: string) => questions.filter(({ q }) => q.type === type).length;
    expect(count('ordering')).toBeGreaterThanOrEqual(6);
    expect(count('predict-cache')).toBeGreaterThanOrEqual(4);
    expect(count('command')).toBeGreaterThanOrEqual(3);
    expect(count('multiple')).toBeGreaterThanOrEqual(2);
  });

  it('ids are unique across the course (exam answers and progress key on them)', () => {
    const ids = questions.map(({ q }) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(questions.map(({ lesson, q }) => [`${lesson.frontmatter.slug}/${q.id}`, q] as const))('%s: the right answer is graded right', (_name, q) => {
    const grade = gradeQuestion(q, correctAnswer(q));
    expect(grade.correct, grade.feedback).toBe(true);
    if (q.type === 'ordering') expect(initialOrder(q)).not.toEqual(q.items.map((i) => i.id));
    if (q.type === 'predict-cache') {
      const steps = predictCacheSteps(q);
      // A prediction question where everything is the same answer is still fine (touch), but it must have steps.
      expect(steps.length).toBeGreaterThan(0);
    }
  });
});
