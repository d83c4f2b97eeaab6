/**
 * /exam: questions from every lesson in a seeded order (exam-plan.ts: the same seed gives the same
 * exam, a new seed a retake), and a score that links each miss to the step that teaches it.
 */
import { gradeQuestion, type Grade, type QuizAnswer } from './grade';
import type { Exam } from './exam-plan';

export { buildExam, examCourse, questionLink, seededRandom, EXAM_SIZE, type Exam, type ExamLesson, type ExamQuestion } from './exam-plan';

export interface ExamResult {
  score: number;
  total: number;
  /** 0..100, rounded. */
  percent: number;
  results: Array<{ key: string; correct: boolean; grade: Grade | null }>;
  /** Each question answered wrongly or not at all, with the step that teaches it. */
  misses: Array<{ key: string; lesson: string; lessonTitle: string; questionId: string; prompt: string; link: string; answered: boolean }>;
}

export function scoreExam(exam: Exam, answers: Readonly<Record<string, QuizAnswer | undefined>>): ExamResult {
  const results = exam.questions.map((q) => {
    const answer = answers[q.key];
    let grade: Grade | null = null;
    if (answer) {
      try {
        grade = gradeQuestion(q.question, answer);
      } catch (error) {
        grade = { correct: false, feedback: `This answer could not be graded (${(error as Error).message.slice(0, 120)}).`, explanation: '' };
      }
    }
    return { key: q.key, correct: grade?.correct ?? false, grade };
  });
  const score = results.filter((r) => r.correct).length;
  const total = exam.questions.length;
  const misses = exam.questions
    .filter((_q, i) => !results[i].correct)
    .map((q) => ({ key: q.key, lesson: q.lesson, lessonTitle: q.lessonTitle, questionId: q.question.id, prompt: q.question.prompt, link: q.link, answered: answers[q.key] !== undefined }));
  return { score, total, percent: total ? Math.round((score / total) * 100) : 0, results, misses };
}
