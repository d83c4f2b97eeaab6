import { z } from 'zod';

/** Lesson frontmatter. `.strict()` so a typo in a key fails loudly instead of being ignored. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(3).describe('Lesson title shown in the course map and the page heading'),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens')
      .describe('URL segment: /learn/<slug>'),
    order: z.number().int().positive().describe('Position in the course, 1-based'),
    summary: z.string().min(10).describe('One or two sentences for the course map'),
    objectives: z
      .array(z.string().min(3))
      .min(1)
      .describe('"You will learn" bullet points'),
    sources: z
      .array(z.string().url())
      .default([])
      .describe('Docker reference pages that back the lesson’s claims'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const optionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    correct: z.boolean().default(false),
    explanation: z.string().min(3).describe('Why this option is right or wrong'),
  })
  .strict();

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields every question type shares. */
const questionBase = {
  id: z.string().regex(QUESTION_ID).describe('Stable id; deep link #quiz-<id>'),
  prompt: z.string().min(3),
  /** Optional code (e.g. a Dockerfile) shown with the question. */
  code: z.string().optional(),
  codeLang: z.enum(['dockerfile', 'shell', 'text']).optional(),
  /** Diagnostic codes a Dockerfile in `code` is expected to produce (checked by the tests). */
  codeExpect: z.array(z.string()).optional(),
  /** The step of this lesson that teaches the answer (exam misses link to it). */
  teaches: z.string().regex(QUESTION_ID).optional(),
};

/** Multiple choice, one answer (the default when `type` is absent: every older question). */
export const singleChoiceSchema = z
  .object({ ...questionBase, type: z.literal('single').default('single'), options: z.array(optionSchema).min(2) })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { message: 'exactly one option must be correct', path: ['options'] });

/** Multiple choice, every correct option must be chosen. */
export const multipleChoiceSchema = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(optionSchema).min(3) })
  .strict()
  .refine((q) => q.options.some((o) => o.correct), { message: 'at least one option must be correct', path: ['options'] });

/** A project the simulator grades on: a preloaded project, with files laid over it. */
const projectFields = {
  project: z.string().min(1).describe('A preloaded project id (lib/simulator/projects.ts)'),
  files: z.record(z.string(), z.string()).default({}).describe('Files laid over the project'),
  cwd: z.string().default('.'),
};

const itemSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(1) }).strict();

/**
 * Put items in order. `items` are written in a correct order. With `grading.by: "cache"` the
 * items are Dockerfile lines and any order is right that builds, makes the same image and re-runs
 * no more after an edit of `grading.edit` than the written order (so equally good orders pass).
 */
export const orderingSchema = z
  .object({
    ...questionBase,
    type: z.literal('ordering'),
    items: z.array(itemSchema).min(3).max(10),
    grading: z.discriminatedUnion('by', [
      z.object({ by: z.literal('fixed'), accept: z.array(z.array(z.string())).default([]).describe('Other orders that are also right') }).strict(),
      z
        .object({
          by: z.literal('cache'),
          ...projectFields,
          dockerfile: z.string().default('Dockerfile').describe('Where the assembled Dockerfile goes'),
          command: z.string().min(1),
          edit: z.string().min(1).describe('The source file edited before the rebuild'),
          prefix: z.string().default('').describe('Lines before the items (not moved)'),
          suffix: z.string().default('').describe('Lines after the items (not moved)'),
        })
        .strict(),
    ]),
    explanation: z.string().min(3),
  })
  .strict()
  .refine((q) => new Set(q.items.map((i) => i.id)).size === q.items.length, { message: 'item ids must be unique', path: ['items'] });

export const cacheChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('edit'), file: z.string().min(1), append: z.string().default('# edited\n') }).strict(),
  z.object({ kind: z.literal('chmod'), file: z.string().min(1), mode: z.string().regex(/^([0-7]{3,4}|[+-]x)$/) }).strict(),
  z.object({ kind: z.literal('touch'), file: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('instruction'), line: z.number().int().min(1), text: z.string().min(1) }).strict(),
]);

/** A Dockerfile, a first build, one change; the learner marks each step of the rebuild CACHED or EXECUTED. */
export const predictCacheSchema = z
  .object({
    ...questionBase,
    type: z.literal('predict-cache'),
    ...projectFields,
    dockerfile: z.string().min(1).describe('The Dockerfile built (it replaces the main Dockerfile)'),
    command: z.string().min(1),
    change: cacheChangeSchema,
    /** How the change is told to the learner, e.g. "You add a line to main.py." */
    changeText: z.string().min(3),
    explanation: z.string().min(3),
  })
  .strict();

/** Type a command; graded by running the simulated CLI on the project. */
export const commandQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('command'),
    ...projectFields,
    expect: z
      .object({
        dockerfile: z.string().min(1).describe('Project path of the Dockerfile the build must read'),
        context: z.string().min(1).describe('Project path of the context ("." = the root)'),
        tag: z.string().optional().describe('A tag the image must get, e.g. img_name (normalised like docker does)'),
      })
      .strict(),
    /** One right answer, shown on reveal. */
    answer: z.string().min(1),
    explanation: z.string().min(3),
  })
  .strict();

/** Any question of quiz.json: `type` is single (default), multiple, ordering, predict-cache or command. */
export const quizQuestionSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) && !('type' in value) ? { ...value, type: 'single' } : value),
  z.discriminatedUnion('type', [singleChoiceSchema, multipleChoiceSchema, orderingSchema, predictCacheSchema, commandQuestionSchema]),
);

export const quizSchema = z.object({ questions: z.array(quizQuestionSchema).min(1) }).strict();

/** Any question (the union). */
export type AnyQuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizQuestionType = AnyQuizQuestion['type'];
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;
export type OrderingQuestion = z.infer<typeof orderingSchema>;
export type PredictCacheQuestion = z.infer<typeof predictCacheSchema>;
export type CommandQuestion = z.infer<typeof commandQuestionSchema>;
export type CacheChange = z.infer<typeof cacheChangeSchema>;
/** quiz.json as parsed: every question type. */
export type QuizFile = z.infer<typeof quizSchema>;

/**
 * The single-answer questions, for the current quiz component (it renders radio buttons). The
 * full list, every type, is `Lesson.questions`.
 */
export type QuizQuestion = SingleChoiceQuestion;
export type Quiz = { questions: QuizQuestion[] };
