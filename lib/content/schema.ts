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

export const quizQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('Stable id; deep link #quiz-<id>'),
    prompt: z.string().min(3),
    /** Optional code (e.g. a Dockerfile) shown with the question. */
    code: z.string().optional(),
    codeLang: z.enum(['dockerfile', 'shell', 'text']).optional(),
    /** Diagnostic codes a Dockerfile in `code` is expected to produce (checked by the tests). */
    codeExpect: z.array(z.string()).optional(),
    options: z.array(optionSchema).min(2),
  })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'exactly one option must be correct',
    path: ['options'],
  });

export const quizSchema = z.object({ questions: z.array(quizQuestionSchema).min(1) }).strict();

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
