/**
 * The messages an embedded Layerwise page (`/embed/...`) posts to the page that holds its iframe,
 * with `window.parent.postMessage(message, '*')`. Every message is plain data (structured-clone
 * safe) and carries `source: 'layerwise'` and `version: 1`, so a parent page that also hears
 * other frames can tell them apart; a change of shape gets a new version.
 *
 * The events they are built from are the page's own progress events (quiz answers, exercise
 * checks); their details are checked here, so a malformed one never reaches the parent.
 */
import type { QuizAnswer } from '@/lib/quiz/choice';

export const MESSAGE_SOURCE = 'layerwise';
export const MESSAGE_VERSION = 1;

export const EMBED_KINDS = ['step', 'quiz', 'exercise', 'playground'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

interface Envelope {
  source: typeof MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
}

/** The embed has loaded and listens: `kind` of embed, `path` is its address inside Layerwise. */
export interface ReadyMessage extends Envelope {
  type: 'ready';
  kind: EmbedKind;
  path: string;
}

/** The embed's document is `height` CSS pixels tall (sent on load and whenever it changes). */
export interface ResizeMessage extends Envelope {
  type: 'resize';
  height: number;
}

/** A quiz answer was checked (every graded try; `firstTry` marks the first). */
export interface QuizAnsweredMessage extends Envelope {
  type: 'quiz-answered';
  lesson: string;
  question: string;
  correct: boolean;
  firstTry: boolean;
  answer: QuizAnswer | null;
}

/** Check found every goal of an exercise met. */
export interface ExerciseSolvedMessage extends Envelope {
  type: 'exercise-solved';
  lesson: string;
  exercise: string;
}

export type EmbedMessage = ReadyMessage | ResizeMessage | QuizAnsweredMessage | ExerciseSolvedMessage;

const envelope: Envelope = { source: MESSAGE_SOURCE, version: MESSAGE_VERSION };
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 120 && ID.test(v);

export function readyMessage(kind: EmbedKind, path: string): ReadyMessage {
  return { ...envelope, type: 'ready', kind, path };
}

/** Whole pixels, rounded up so the parent never cuts off the last line; null for nonsense. */
export function resizeMessage(height: number): ResizeMessage | null {
  if (!Number.isFinite(height) || height < 0) return null;
  return { ...envelope, type: 'resize', height: Math.ceil(height) };
}

/** From a quiz-answered progress event's detail, or null when it is not one. */
export function quizAnsweredMessage(detail: unknown): QuizAnsweredMessage | null {
  if (!detail || typeof detail !== 'object') return null;
  const d = detail as Record<string, unknown>;
  if (!isId(d.lesson) || !isId(d.question) || typeof d.correct !== 'boolean') return null;
  const answer = isAnswer(d.answer) ? structuredCopy(d.answer) : null;
  return { ...envelope, type: 'quiz-answered', lesson: d.lesson, question: d.question, correct: d.correct, firstTry: d.firstTry !== false, answer };
}

/** From an exercise-changed progress event's detail: a message only when it says solved. */
export function exerciseSolvedMessage(detail: unknown): ExerciseSolvedMessage | null {
  if (!detail || typeof detail !== 'object') return null;
  const d = detail as Record<string, unknown>;
  if (!isId(d.lesson) || !isId(d.exercise) || d.state !== 'solved') return null;
  return { ...envelope, type: 'exercise-solved', lesson: d.lesson, exercise: d.exercise };
}

/** For a parent page: is this `event.data` a Layerwise message of a version it knows? */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.source === MESSAGE_SOURCE && d.version === MESSAGE_VERSION && ['ready', 'resize', 'quiz-answered', 'exercise-solved'].includes(d.type as string);
}

/** The embed kind of a path under /embed/ (`/embed/quiz/copy/q1/` → quiz), else null. */
export function embedKindOf(pathname: string): EmbedKind | null {
  const kind = /^\/embed\/([a-z]+)(?:\/|$)/.exec(pathname)?.[1];
  return (EMBED_KINDS as readonly string[]).includes(kind ?? '') ? (kind as EmbedKind) : null;
}

function isAnswer(v: unknown): v is QuizAnswer {
  if (!v || typeof v !== 'object') return false;
  const type = (v as { type?: unknown }).type;
  return type === 'single' || type === 'multiple' || type === 'ordering' || type === 'predict-cache' || type === 'command';
}

/** A plain copy: the answer object belongs to the quiz's React state. */
function structuredCopy(answer: QuizAnswer): QuizAnswer {
  return JSON.parse(JSON.stringify(answer)) as QuizAnswer;
}
