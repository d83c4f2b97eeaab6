// The graders run the simulator, so they load only when a learner checks an answer (or asks for
// it): a lesson's first load carries none of their code.
import type { AnyQuizQuestion } from '@/lib/content/schema';
import type { Grade, QuizAnswer } from '@/lib/quiz/choice';

export interface GradeOutcome {
  grade: Grade | null;
  /** Set when grading itself failed (a bug, not a wrong answer). */
  error?: string;
}

export async function grade(question: AnyQuizQuestion, answer: QuizAnswer): Promise<GradeOutcome> {
  try {
    const { gradeQuestion } = await import('@/lib/quiz/grade');
    return { grade: gradeQuestion(question, answer) };
  } catch (error) {
    return { grade: null, error: `This answer could not be graded (${(error as Error).message.slice(0, 160)}).` };
  }
}

/** The right answer graded: what "Show the answer" shows (a predict-the-cache rebuild needs the simulator). */
export async function gradeRightAnswer(question: AnyQuizQuestion): Promise<GradeOutcome> {
  try {
    const { correctAnswer, gradeQuestion } = await import('@/lib/quiz/grade');
    return { grade: gradeQuestion(question, correctAnswer(question)) };
  } catch (error) {
    return { grade: null, error: `The answer could not be shown (${(error as Error).message.slice(0, 160)}).` };
  }
}
