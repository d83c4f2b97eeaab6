/**
 * What a question does while the learner answers it, as pure data: the blank answer of each type,
 * whether an answer is complete, the two-try flow (a wrong first try explains and allows a retry;
 * the second wrong try, or "Show the answer", reveals it) and moving ordering items. The quiz
 * components render this; the graders (grade.ts) stay out of the first load.
 */
import type { AnyQuizQuestion } from '@/lib/content/schema';
import type { QuizAnswer } from './choice';

export const MAX_TRIES = 2;

export type Phase = 'answering' | 'wrong' | 'right' | 'revealed';

export interface Attempt {
  phase: Phase;
  /** Graded tries so far. */
  tries: number;
}

export const FIRST_ATTEMPT: Attempt = { phase: 'answering', tries: 0 };

/** What progress is told after a graded try. */
export interface AttemptReport {
  correct: boolean;
  firstTry: boolean;
}

export function afterCheck(attempt: Attempt, correct: boolean): { attempt: Attempt; report: AttemptReport } {
  const tries = attempt.tries + 1;
  const phase: Phase = correct ? 'right' : tries >= MAX_TRIES ? 'revealed' : 'wrong';
  return { attempt: { phase, tries }, report: { correct, firstTry: attempt.tries === 0 } };
}

export function afterRetry(attempt: Attempt): Attempt {
  return attempt.phase === 'wrong' ? { ...attempt, phase: 'answering' } : attempt;
}

export function afterReveal(attempt: Attempt): Attempt {
  return attempt.phase === 'right' ? attempt : { ...attempt, phase: 'revealed' };
}

export function isFinished(attempt: Attempt): boolean {
  return attempt.phase === 'right' || attempt.phase === 'revealed';
}

/** The answer a question starts with: nothing chosen, nothing marked, no command; ordering in `order`. */
export function blankAnswer(question: AnyQuizQuestion, order: readonly string[] = []): QuizAnswer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: '' };
    case 'multiple':
      return { type: 'multiple', optionIds: [] };
    case 'ordering':
      return { type: 'ordering', order: order.length ? [...order] : question.items.map((i) => i.id) };
    case 'predict-cache':
      return { type: 'predict-cache', marks: [] };
    case 'command':
      return { type: 'command', commandLine: '' };
  }
}

/**
 * Why an answer cannot be graded yet (nothing chosen, a step unmarked, no command), or null. Such
 * a check does not count as a try. `steps` is the number of steps a predict-the-cache question has.
 */
export function incompleteAnswer(answer: QuizAnswer, steps = 0): string | null {
  switch (answer.type) {
    case 'single':
      return answer.optionId ? null : 'Choose an answer first.';
    case 'multiple':
      return answer.optionIds.length ? null : 'Choose at least one answer first.';
    case 'ordering':
      return null;
    case 'predict-cache': {
      const unmarked = Array.from({ length: steps }, (_, i) => i).filter((i) => !answer.marks[i]);
      return unmarked.length ? `Mark every step first (${unmarked.length} of ${steps} unmarked).` : null;
    }
    case 'command':
      return answer.commandLine.trim() ? null : 'Type a command first.';
  }
}

/** In an exam, whether the learner gave this answer at all (an ordering always is one). */
export function isAnswered(answer: QuizAnswer | undefined): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'single':
      return answer.optionId !== '';
    case 'multiple':
      return answer.optionIds.length > 0;
    case 'ordering':
      return true;
    case 'predict-cache':
      return answer.marks.some((m) => m !== null && m !== undefined);
    case 'command':
      return answer.commandLine.trim() !== '';
  }
}

/** `order` with the item at `from` moved to `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(order.length - 1, to));
  if (from < 0 || from >= order.length || from === target) return [...order];
  const out = [...order];
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/** What a screen reader hears after a move. */
export function moveAnnouncement(text: string, to: number, total: number): string {
  return `${text}: now ${to + 1} of ${total}.`;
}
