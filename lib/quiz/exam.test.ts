import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import { buildExam, examCourse, scoreExam } from './exam';
import { correctAnswer } from './grade';

const lessons = loadCourse();
const course = examCourse(lessons);

describe('buildExam', () => {
  it('at least 20 questions, every lesson represented, no repeats', () => {
    const exam = buildExam(course, 42);
    expect(exam.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(exam.questions.map((q) => q.lesson))).toEqual(new Set(course.map((l) => l.slug)));
    expect(new Set(exam.questions.map((q) => q.key)).size).toBe(exam.questions.length);
  });

  it('the same seed gives the same exam; another seed a different order', () => {
    const keys = (seed: number) => buildExam(course, seed).questions.map((q) => q.key);
    expect(keys(7)).toEqual(keys(7));
    expect(keys(8)).not.toEqual(keys(7));
  });

  it('every link resolves to a step or a quiz question of its lesson', () => {
    for (const q of buildExam(course, 1, 1000).questions) {
      const lesson = lessons.find((l) => l.frontmatter.slug === q.lesson)!;
      const anchor = q.link.split('#')[1];
      const anchors = [...lesson.steps.map((s) => s.id), ...lesson.questions.map((x) => `quiz-${x.id}`)];
      expect(anchors, q.link).toContain(anchor);
      if (q.question.teaches) expect(q.link).toBe(`/learn/${q.lesson}#${q.question.teaches}`);
    }
  });

  it('a small course gives what it has', () => {
    const tiny = course.slice(0, 2).map((l) => ({ ...l, questions: l.questions.slice(0, 2) }));
    expect(buildExam(tiny, 3).questions.length).toBe(4);
  });
});

describe('scoreExam', () => {
  it('scores right, wrong and unanswered, linking each miss to its step', () => {
    const exam = buildExam(course, 5, 20);
    const answers = Object.fromEntries(exam.questions.map((q) => [q.key, correctAnswer(q.question)]));
    expect(scoreExam(exam, answers)).toMatchObject({ score: exam.questions.length, percent: 100, misses: [] });

    const [first, second] = exam.questions;
    delete answers[first.key];
    answers[second.key] = second.question.type === 'command' ? { type: 'command', commandLine: 'ls' } : { type: 'ordering', order: [] };
    const result = scoreExam(exam, answers);
    expect(result.score).toBe(exam.questions.length - 2);
    expect(result.misses.map((m) => [m.key, m.answered, m.link])).toEqual([
      [first.key, false, first.link],
      [second.key, true, second.link],
    ]);
  });
});

describe('exam links', () => {
  it('the seed comes from the hash or the query; a retake gets another', async () => {
    const { newExamSeed, pageHref, parseExamSeed } = await import('./exam-plan');
    expect(parseExamSeed('#seed=123')).toBe(123);
    expect(parseExamSeed('', '?seed=9')).toBe(9);
    expect(parseExamSeed('#seed=abc')).toBeNull();
    expect(parseExamSeed('#quiz-x')).toBeNull();
    const values = [0.5, 0.5, 0.25];
    expect(newExamSeed(() => values.shift()!, 500000)).toBe(250000);
    expect(pageHref('/learn/from#before-from')).toBe('/learn/from/#before-from');
    expect(pageHref('/learn/from')).toBe('/learn/from/');
  });
});
