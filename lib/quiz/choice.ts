/**
 * The answer shapes, the grade every grader returns, and multiple choice: light enough for the
 * first load of a page (no simulator), unlike the graders in grade.ts.
 */
import type { ChoiceQuestion } from '@/lib/content/schema';

export type QuizAnswer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'ordering'; order: string[] }
  | { type: 'predict-cache'; marks: Array<'CACHED' | 'EXECUTED' | null> }
  | { type: 'command'; commandLine: string };

export interface Grade {
  correct: boolean;
  /** A sentence on the answer as a whole. */
  feedback: string;
  /** The question's explanation (shown with the feedback or on reveal). */
  explanation: string;
}

// --- Multiple choice ---------------------------------------------------------------------------

export interface ChoiceGrade extends Grade {
  /** One row per option the learner chose or should have chosen, with its explanation. */
  options: Array<{ id: string; text: string; chosen: boolean; correct: boolean; explanation: string }>;
}

export function gradeChoice(question: ChoiceQuestion, chosenIds: readonly string[]): ChoiceGrade {
  const chosen = new Set(chosenIds);
  const options = question.options.map((o) => ({ id: o.id, text: o.text, chosen: chosen.has(o.id), correct: o.correct, explanation: o.explanation }));
  const unknown = chosenIds.filter((id) => !question.options.some((o) => o.id === id));
  const correct = unknown.length === 0 && options.every((o) => o.chosen === o.correct) && (question.type === 'multiple' || chosen.size === 1);
  const wrongPicks = options.filter((o) => o.chosen && !o.correct);
  const missed = options.filter((o) => !o.chosen && o.correct);
  const feedback = correct
    ? 'Correct.'
    : chosen.size === 0
      ? 'Choose an answer first.'
      : wrongPicks.length > 0
        ? `Not quite: ${wrongPicks.map((o) => o.explanation).join(' ')}`
        : `Not all: ${missed.length} more option${missed.length === 1 ? ' is' : 's are'} right.`;
  const relevant = options.filter((o) => o.chosen || o.correct);
  const explanation = question.options.filter((o) => o.correct).map((o) => o.explanation).join(' ');
  return { correct, feedback, explanation, options: correct ? relevant : options.filter((o) => o.chosen) };
}
