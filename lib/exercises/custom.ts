/**
 * Custom exercises: an instructor's exercise as one self-contained JSON document, the same data
 * as a course exercise file (lib/exercises/schema.ts) with every file inline, no lesson and a
 * format tag. It travels as a downloadable `exercise.json` or in a link
 * (`#exercise=x1.<checksum>.<lz-string payload>`, the packed-hash format of share links), and
 * opens on /exercise with the same Check, hints and solution as a built-in exercise.
 *
 * Nothing here runs anything: a file or link is data, validated by the schema, and every problem
 * is reported with the field that is wrong (`goals.0.port: ...`).
 */
import LZString from 'lz-string';
import { z } from 'zod';
import { checksum, readPackedHash } from '@/lib/workbench/share';
import { isProjectId, PROJECT_IDS } from '@/lib/workspace/projects';
import { exerciseFileSchema, exerciseSchema, goalSchema, projectPath, type Exercise } from './schema';
import { startSnapshot } from './start';

/** The format tag of a downloadable file: `"layerwise": "exercise/1"`. */
export const CUSTOM_FORMAT = 'exercise/1';
export const CUSTOM_LINK_KEY = 'exercise';
export const CUSTOM_LINK_VERSION = 'x1';
/** The lesson slug custom exercises carry inside the pure functions (they belong to no lesson). */
export const CUSTOM_LESSON = 'custom';
/** A file (or a link's decompressed JSON) larger than this is refused: it is an exercise, not a file store. */
export const CUSTOM_MAX_LENGTH = 500_000;
/** Links longer than this may be cut by chat apps and mail clients (as for share links). */
export const CUSTOM_LINK_WARN_LENGTH = 2000;

const inlineFiles = z.record(projectPath, z.string().max(200_000)).refine((f) => Object.keys(f).length <= 50, 'at most 50 files');
const fileShape = exerciseFileSchema.shape;

/** A custom exercise: the exercise file schema, every file inline, no id, lesson or content-test fields. */
export const customExerciseSchema = z
  .object({
    layerwise: z.literal(CUSTOM_FORMAT).describe(`The format: "${CUSTOM_FORMAT}"`),
    title: fileShape.title.max(200).describe('The exercise title'),
    start: fileShape.start
      .omit({ expect: true })
      .extend({
        project: z
          .string()
          .refine(isProjectId, { message: `a preloaded project: one of ${PROJECT_IDS.join(', ')}` })
          .describe('The project the exercise starts from'),
        files: inlineFiles.default({}).describe('Files laid over the project (added or replaced)'),
      })
      .strict(),
    dockerfile: fileShape.dockerfile,
    goals: z.array(goalSchema).min(1).max(30),
    hints: z.array(z.string().min(3).max(2000)).max(20).default([]),
    solution: z.object({ files: inlineFiles.refine((f) => Object.keys(f).length > 0, 'the solution changes at least one file') }).strict(),
  })
  .strict();

/** As written (defaults may be left out). */
export type CustomExerciseInput = z.input<typeof customExerciseSchema>;
/** As validated (defaults filled in). */
export type CustomExercise = z.infer<typeof customExerciseSchema>;

export type CustomRead = { ok: true; custom: CustomExercise; exercise: Exercise } | { ok: false; message: string };

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
}

/** The JSON every copy of the same exercise shares (sorted keys, defaults filled in). */
export function canonicalJson(custom: CustomExercise): string {
  return JSON.stringify(sortKeys(custom));
}

/** A stable id for progress: the same exercise, from a link or a file, is the same id. */
export function customExerciseId(custom: CustomExercise): string {
  return `custom-${checksum(canonicalJson(custom))}`;
}

/** The exercise the pure functions (check, hints, start) take. */
export function toExercise(custom: CustomExercise): Exercise {
  const { layerwise: _format, ...data } = custom;
  void _format;
  return exerciseSchema.parse({ ...data, id: customExerciseId(custom), lesson: CUSTOM_LESSON, start: { ...data.start, expect: [] } });
}

/** zod's message, with "expected number, received undefined" said as what it means: the field is missing. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  return missing ? `required (${missing[1] === 'number' ? 'a number' : `a ${missing[1]}`}) but missing` : issue.message;
}

/** One line per problem, each naming the field: `goals.0.port: Invalid input: expected number, received string`. */
export function schemaMessage(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(the whole file)'}: ${issueMessage(i)}`);
  return lines.join('; ') + (error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '');
}

/** Validates a parsed value: the schema, then the start workspace (files to remove or open must exist). */
export function readCustomExercise(value: unknown): CustomRead {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'This is not a Layerwise exercise: it is not a JSON object.' };
  const format = (value as Record<string, unknown>).layerwise;
  if (format === undefined) return { ok: false, message: `This is not a Layerwise exercise: it has no "layerwise": "${CUSTOM_FORMAT}" field.` };
  if (format !== CUSTOM_FORMAT) return { ok: false, message: `This exercise is in a format this version of Layerwise does not know ("layerwise": ${JSON.stringify(format).slice(0, 40)}; expected "${CUSTOM_FORMAT}").` };
  const parsed = customExerciseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `This exercise is not valid: ${schemaMessage(parsed.error)}` };
  const exercise = toExercise(parsed.data);
  try {
    startSnapshot(exercise);
  } catch (error) {
    return { ok: false, message: `This exercise is not valid: start: ${(error as Error).message.replace(/^exercise "[^"]*": /, '')}` };
  }
  return { ok: true, custom: parsed.data, exercise };
}

/** A file the user picked (its text). */
export function parseCustomExerciseFile(text: string): CustomRead {
  if (text.length > CUSTOM_MAX_LENGTH) return { ok: false, message: `This file is too large for an exercise (${Math.round(text.length / 1000)} kB; at most ${CUSTOM_MAX_LENGTH / 1000} kB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not a Layerwise exercise: it is not valid JSON (${(error as Error).message.slice(0, 120)}).` };
  }
  return readCustomExercise(value);
}

/** The downloadable file's text (pretty-printed, defaults filled in). */
export function customExerciseFileText(custom: CustomExercise): string {
  return `${JSON.stringify(custom, null, 2)}\n`;
}

/** `#exercise=x1.<checksum>.<payload>` for an exercise. */
export function encodeCustomHash(custom: CustomExercise): string {
  const json = canonicalJson(custom);
  return `#${CUSTOM_LINK_KEY}=${CUSTOM_LINK_VERSION}.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
}

export function customExerciseUrl(page: { origin: string; pathname?: string }, custom: CustomExercise): string {
  return `${page.origin}${page.pathname ?? '/exercise/'}${encodeCustomHash(custom)}`;
}

const DAMAGED = 'This exercise link is damaged or incomplete (it may have been cut off when it was copied), so the exercise could not be opened.';

/** Reads an exercise from a location hash: `none` for any other hash. */
export function decodeCustomHash(hash: string): { kind: 'none' } | CustomRead {
  const read = readPackedHash(hash, {
    key: CUSTOM_LINK_KEY,
    version: CUSTOM_LINK_VERSION,
    maxPayload: CUSTOM_MAX_LENGTH * 2,
    damaged: DAMAGED,
    unknownVersion: (v) => `This exercise link uses a format this version of Layerwise does not know ("${v}"), so the exercise could not be opened.`,
  });
  if (read.kind === 'none') return read;
  if (read.kind === 'invalid') return { ok: false, message: read.message };
  if (read.text.length > CUSTOM_MAX_LENGTH) return { ok: false, message: 'The exercise in this link is too large to open here.' };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const result = readCustomExercise(value);
  return result.ok ? result : { ok: false, message: result.message.replace(/^This exercise/, 'The exercise in this link') };
}

/** A course exercise (files already read) as a custom one: what an instructor could start from. */
export function customFromExercise(exercise: Exercise): CustomExercise {
  const { start, dockerfile, goals, hints, solution, title } = exercise;
  const { expect: _expect, ...rest } = start;
  void _expect;
  return customExerciseSchema.parse({ layerwise: CUSTOM_FORMAT, title, start: rest, ...(dockerfile ? { dockerfile } : {}), goals, hints, solution });
}
