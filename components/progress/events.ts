// What the page tells the progress store (components/progress/): quiz answers, exercise states
// and step visits travel as DOM events, so quizzes and exercises need none of the store's code
// and the store can live in one small module that listens.
import type { QuizAnswer } from '@/lib/quiz/choice';

export const QUIZ_ANSWERED = 'layerwise:quiz-answered';
export const EXERCISE_CHANGED = 'layerwise:exercise-changed';
export const STEP_VISITED = 'layerwise:step-visited';
export const CUSTOM_EXERCISE_CHANGED = 'layerwise:custom-exercise-changed';

export interface QuizAnsweredDetail {
  lesson: string;
  question: string;
  correct: boolean;
  /** True for the learner's first answer to this question (progress keeps first-try results). */
  firstTry: boolean;
  /** The answer as checked (embeds pass it on to their parent page; progress does not keep it). */
  answer?: QuizAnswer;
}

export interface ExerciseChangedDetail {
  lesson: string;
  exercise: string;
  state: 'unsolved' | 'solved';
}

/** A custom exercise (/exercise): it belongs to no lesson and is kept by its content id. */
export interface CustomExerciseChangedDetail {
  id: string;
  title: string;
  state: 'unsolved' | 'solved';
}

export interface StepVisitedDetail {
  lesson: string;
  step: string;
}

export function reportQuizAnswer(detail: QuizAnsweredDetail): void {
  window.dispatchEvent(new CustomEvent<QuizAnsweredDetail>(QUIZ_ANSWERED, { detail }));
}

export function reportExercise(detail: ExerciseChangedDetail): void {
  window.dispatchEvent(new CustomEvent<ExerciseChangedDetail>(EXERCISE_CHANGED, { detail }));
}

export function reportStepVisit(detail: StepVisitedDetail): void {
  window.dispatchEvent(new CustomEvent<StepVisitedDetail>(STEP_VISITED, { detail }));
}

export function reportCustomExercise(detail: CustomExerciseChangedDetail): void {
  window.dispatchEvent(new CustomEvent<CustomExerciseChangedDetail>(CUSTOM_EXERCISE_CHANGED, { detail }));
}
