/**
 * Exercises as data: `content/lessons/NN-slug/exercises/<id>.json` beside the lesson. An exercise
 * names a start workspace (a preloaded project, files laid over it, the open file, the terminal's
 * directory), goals, hints and a solution. Goals are checks on results (the analysis, a simulated
 * build, what `docker run` would start), never a comparison of texts: any Dockerfile that meets
 * them passes.
 */
import { z } from 'zod';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const projectPath = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !p.split('/').some((part) => part === '' || part === '.' || part === '..'), 'a path inside the project, like python/hello_world/main.py');

/** A file's content: inline text, or `{ "file": "<name>" }` read from the lesson folder. */
export const fileSourceSchema = z.union([
  z.string(),
  z.object({ file: z.string().min(1).describe('a file in the lesson folder (or its exercises/ folder)') }).strict(),
]);
export type FileSource = z.infer<typeof fileSourceSchema>;

const label = z.string().min(3).optional().describe('What the learner is asked for, when the generated sentence does not fit');
const command = z.string().min(1).regex(/^docker (buildx )?build\b|^docker image build\b/, 'a docker build command line').describe('A docker build command line, run in a copy of the workspace');

/** Goal kinds: parameterised checks shared by every lesson. */
export const goalSchema = z.discriminatedUnion('kind', [
  // --- From analyze() of the Dockerfile ------------------------------------------------------
  z.object({ kind: z.literal('base-image'), image: z.string().min(1).describe('Repository, e.g. "python"'), pinned: z.boolean().default(true).describe('A tag other than latest (or a digest) is required'), tag: z.string().optional().describe('This exact tag') , label }).strict(),
  z.object({ kind: z.literal('workdir'), path: z.string().startsWith('/'), label }).strict(),
  z.object({ kind: z.literal('cmd-exec-form'), runs: z.array(z.string()).min(1).optional().describe('The argv the CMD must hold (paths compared after resolving against WORKDIR)'), label }).strict(),
  z.object({ kind: z.literal('exposes'), port: z.number().int().min(1).max(65535), protocol: z.enum(['tcp', 'udp', 'sctp']).default('tcp'), only: z.boolean().default(false).describe('No other port is exposed'), label }).strict(),
  z.object({ kind: z.literal('no-diagnostic'), codes: z.array(z.string().min(1)).min(1), label }).strict(),
  z.object({ kind: z.literal('deps-before-source'), manifest: z.string().min(1).default('requirements.txt').describe('File name of the dependency list'), label }).strict(),
  z.object({ kind: z.literal('max-layers'), max: z.number().int().min(1), label }).strict(),
  // --- From the simulated build (in a copy of the workspace, never the learner's) -------------
  z.object({ kind: z.literal('build-succeeds'), command, cwd: z.string().default('.'), label }).strict(),
  z
    .object({
      kind: z.literal('deps-cached-after-edit'),
      command,
      cwd: z.string().default('.'),
      edit: projectPath.describe('The file edited between the two builds'),
      step: z.string().min(1).default('pip install').describe('Text that identifies the dependency step (a RUN)'),
      label,
    })
    .strict(),
  z.object({ kind: z.literal('image-has-files'), command, cwd: z.string().default('.'), paths: z.array(z.string().startsWith('/')).min(1), label }).strict(),
  // --- From docker run ---------------------------------------------------------------------------
  z
    .object({
      kind: z.literal('container-runs'),
      argv: z.array(z.string()).min(1).describe('The process docker run starts, e.g. ["python", "hello_world/main.py"]'),
      workdir: z.string().startsWith('/'),
      command: command.optional().describe('Build first and read the built image; without it, the analysis'),
      cwd: z.string().default('.'),
      label,
    })
    .strict(),
]);
export type Goal = z.infer<typeof goalSchema>;
export type GoalKind = Goal['kind'];

const fileMapSchema = z.record(projectPath, fileSourceSchema);

/** The data file as written. */
export const exerciseFileSchema = z
  .object({
    id: z.string().regex(ID),
    title: z.string().min(3),
    /** The step of this lesson that teaches what the exercise practises. */
    teaches: z.string().regex(ID).optional(),
    start: z
      .object({
        project: z.string().min(1).describe('A preloaded project id (lib/simulator/projects.ts)'),
        files: fileMapSchema.default({}).describe('Files laid over the project (added or replaced)'),
        remove: z.array(projectPath).default([]).describe('Project files the exercise takes away'),
        open: projectPath.optional(),
        cwd: z.string().optional(),
        command: z.string().optional().describe('Offered in the terminal, never run by itself'),
        /** Diagnostic codes the start Dockerfile shows on purpose (checked by the content tests). */
        expect: z.array(z.string()).default([]),
      })
      .strict(),
    /** The Dockerfile the analysis goals read (default: the one the start command builds, else the main one). */
    dockerfile: projectPath.optional(),
    goals: z.array(goalSchema).min(1),
    hints: z.array(z.string().min(3)).default([]),
    solution: z.object({ files: fileMapSchema.refine((f) => Object.keys(f).length > 0, 'the solution changes at least one file') }).strict(),
  })
  .strict();
export type ExerciseFile = z.input<typeof exerciseFileSchema>;

/** An exercise with every file read: what the pure functions take. */
export const exerciseSchema = exerciseFileSchema.extend({
  lesson: z.string().regex(ID).describe('The lesson slug'),
  start: exerciseFileSchema.shape.start.extend({ files: z.record(projectPath, z.string()) }),
  solution: z.object({ files: z.record(projectPath, z.string()) }).strict(),
});
export type Exercise = z.infer<typeof exerciseSchema>;

/**
 * Reads every `{ "file": ... }` of a parsed data file with `read` (a loader's file reader), and
 * validates the result. Throws an Error naming the field on any problem.
 */
export function resolveExercise(raw: unknown, lesson: string, read: (name: string) => string): Exercise {
  const parsed = exerciseFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  const data = parsed.data;
  const resolve = (files: Record<string, FileSource>) => Object.fromEntries(Object.entries(files).map(([p, src]) => [p, typeof src === 'string' ? src : read(src.file)]));
  return exerciseSchema.parse({ ...data, lesson, start: { ...data.start, files: resolve(data.start.files) }, solution: { files: resolve(data.solution.files) } });
}
