/**
 * The exercise builder's form state and how it becomes a custom exercise: the form holds text
 * (file paths and contents, goal parameters as typed), the schema (lib/exercises/custom.ts) says
 * what is wrong, field by field. Pure (no React), so the builder stays a thin view.
 */
import { CUSTOM_FORMAT, customExerciseSchema, issueMessage, readCustomExercise, type CustomExercise } from '@/lib/exercises/custom';
import { goalCatalog, goalFromValues, initialValues, valuesFromGoal, type FieldValue, type GoalField } from '@/lib/exercises/goal-fields';
import type { GoalKind } from '@/lib/exercises/schema';
import { projectSnapshot } from '@/lib/workspace/projects';

export interface FileEntry {
  key: number;
  path: string;
  content: string;
}

export interface GoalEntry {
  key: number;
  kind: GoalKind;
  values: Record<string, FieldValue>;
}

export interface BuilderDraft {
  title: string;
  project: string;
  /** Offered in the terminal (never run by itself); empty for none. */
  command: string;
  startFiles: FileEntry[];
  solutionFiles: FileEntry[];
  goals: GoalEntry[];
  /** One hint a line. */
  hints: string;
  /** The file open in the editor at the start; empty: the one the exercise changes, else the project's. */
  open: string;
  /** The terminal's working directory at the start; empty: the project root. */
  cwd: string;
  /** Project files the exercise takes away. */
  remove: string[];
  /** The Dockerfile the analysis goals read; empty: the one the command builds, else the main one. */
  dockerfile: string;
}

export const CATALOG = goalCatalog();
export const fieldsOf = (kind: GoalKind): GoalField[] => CATALOG.find((c) => c.kind === kind)!.fields;

let nextKey = 1;
export const newKey = () => nextKey++;

/** The project's main Dockerfile (what a new exercise most often changes). */
export function mainDockerfileOf(project: string): FileEntry {
  const snapshot = projectSnapshot(project);
  const path = snapshot.openFile ?? 'Dockerfile';
  return { key: newKey(), path, content: snapshot.files[path]?.content ?? '' };
}

export function emptyDraft(project = 'python-app'): BuilderDraft {
  return { title: '', project, command: 'docker build -t app .', startFiles: [mainDockerfileOf(project)], solutionFiles: [mainDockerfileOf(project)], goals: [], hints: '', open: '', cwd: '', remove: [], dockerfile: '' };
}

export function newGoal(kind: GoalKind): GoalEntry {
  return { key: newKey(), kind, values: initialValues(fieldsOf(kind)) };
}

function fileMap(entries: readonly FileEntry[], where: string, problems: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    if (Object.prototype.hasOwnProperty.call(out, entry.path)) problems.set(`${where}.${entry.path}`, `two files are named "${entry.path}"`);
    out[entry.path] = entry.content;
  }
  return out;
}

/** The value the form describes, before validation. */
export function draftToInput(draft: BuilderDraft, problems = new Map<string, string>()): Record<string, unknown> {
  const command = draft.command.trim();
  const cwd = draft.cwd.trim();
  return {
    layerwise: CUSTOM_FORMAT,
    title: draft.title.trim(),
    start: {
      project: draft.project,
      files: fileMap(draft.startFiles, 'start.files', problems),
      ...(draft.remove.length ? { remove: draft.remove } : {}),
      ...(draft.open ? { open: draft.open } : {}),
      ...(cwd ? { cwd } : {}),
      ...(command ? { command } : {}),
    },
    ...(draft.dockerfile ? { dockerfile: draft.dockerfile } : {}),
    goals: draft.goals.map((g) => goalFromValues(g.kind, fieldsOf(g.kind), g.values)),
    hints: draft.hints
      .split('\n')
      .map((h) => h.trim())
      .filter(Boolean),
    solution: { files: fileMap(draft.solutionFiles, 'solution.files', problems) },
  };
}

export type Validation = { ok: true; custom: CustomExercise; problems: Map<string, string> } | { ok: false; problems: Map<string, string> };

/** The files of the start workspace: the project's, less those taken away, plus the start files. */
export function startPaths(draft: BuilderDraft): string[] {
  const paths = new Set(Object.keys(projectSnapshot(draft.project).files).filter((p) => !draft.remove.includes(p)));
  for (const entry of draft.startFiles) if (entry.path) paths.add(entry.path);
  return [...paths].sort();
}

/** Every problem keyed by the field's path (`goals.0.port`), or the valid exercise. */
export function validateDraft(draft: BuilderDraft): Validation {
  const problems = new Map<string, string>();
  const input = draftToInput(draft, problems);
  const parsed = customExerciseSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || '(the whole exercise)';
      if (!problems.has(path)) problems.set(path, issueMessage(issue));
    }
    return { ok: false, problems };
  }
  if (problems.size > 0) return { ok: false, problems };
  const read = readCustomExercise(input);
  if (!read.ok) {
    problems.set('start', read.message.replace(/^This exercise is not valid: start: /, ''));
    return { ok: false, problems };
  }
  return { ok: true, custom: read.custom, problems };
}

/** A file read back into the form (to change an exercise made earlier). */
export function draftFromCustom(custom: CustomExercise): BuilderDraft {
  const entries = (files: Record<string, string>) => Object.entries(files).map(([path, content]) => ({ key: newKey(), path, content }));
  return {
    title: custom.title,
    project: custom.start.project,
    command: custom.start.command ?? '',
    startFiles: entries(custom.start.files),
    solutionFiles: entries(custom.solution.files),
    goals: custom.goals.map((goal) => ({ key: newKey(), kind: goal.kind, values: valuesFromGoal(goal, fieldsOf(goal.kind)) })),
    hints: custom.hints.join('\n'),
    open: custom.start.open ?? '',
    cwd: custom.start.cwd ?? '',
    remove: custom.start.remove,
    dockerfile: custom.dockerfile ?? '',
  };
}
