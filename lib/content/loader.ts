import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { ZodError } from 'zod';
import { ContentError } from './errors';
import { codeNodes, jsxElements, parseMdx, parseMeta, plainText, stringAttribute, type JsxElement } from './mdx-tree';
import { lessonFrontmatterSchema, quizSchema, type AnyQuizQuestion, type LessonFrontmatter, type Quiz } from './schema';
// Data only: the e2e suite loads the course in Node, where the engine's imports do not resolve.
import { PRELOADED_PROJECTS } from '@/lib/simulator/projects';

export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LessonStep {
  id: string;
  title: string;
  /** Plain text of the step, for search. */
  text: string;
  /** Lines of its opening and closing tag in the .mdx file (1-based). */
  line: number;
  endLine: number;
}

export interface LessonCodeBlock {
  lang: string;
  code: string;
  meta: Record<string, string | true>;
  /** Line of the opening fence in the .mdx file (1-based). */
  line: number;
  stepId: string | null;
}

export interface LessonExercise {
  id: string;
  stepId: string | null;
  start: string;
  startFile: string;
  solution: string | null;
  solutionFile: string | null;
  /** Diagnostic codes the start file is expected to produce (it may show mistakes on purpose). */
  expect: string[];
  line: number;
}

/** A <Workspace> in the lesson: a project for the workspace panel (the first one opens with the page). */
export interface LessonWorkspaceSpec {
  id: string;
  title: string;
  project: string;
  /** Text of the side file given as `dockerfile`, put into the project's main Dockerfile. */
  dockerfile: string | null;
  dockerfileFile: string | null;
  open: string | null;
  cwd: string | null;
  command: string | null;
  stepId: string | null;
  line: number;
}

export interface Lesson {
  /** Path relative to the repository root, for messages. */
  file: string;
  dir: string;
  frontmatter: LessonFrontmatter;
  /** MDX body without the frontmatter. */
  body: string;
  /** Lines taken by the frontmatter, to turn body lines into file lines. */
  bodyLineOffset: number;
  steps: LessonStep[];
  codeBlocks: LessonCodeBlock[];
  exercises: LessonExercise[];
  /** In text order; empty when the lesson has none (the page then opens the playground's project). */
  workspaces: LessonWorkspaceSpec[];
  /** The single-answer questions of quiz.json (what the current quiz component renders). */
  quiz: Quiz | null;
  /** Every question of quiz.json, all types, in file order (empty without a quiz). */
  questions: AnyQuizQuestion[];
  /** Text of the files beside the lesson that the workbench may open (by file name). */
  files: Record<string, string>;
}

export const CONTENT_ROOT = path.join(process.cwd(), 'content', 'lessons');

function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function readSideFile(dir: string, name: string, lessonFile: string, where: string): string {
  const file = path.join(dir, name);
  if (path.dirname(path.resolve(file)) !== path.resolve(dir)) {
    throw new ContentError(lessonFile, `${where}: "${name}" must be a file beside the lesson`);
  }
  if (!fs.existsSync(file)) throw new ContentError(lessonFile, `${where}: file "${name}" does not exist`);
  return fs.readFileSync(file, 'utf8');
}

/** The step a node belongs to: the nearest preceding <Step> by line. */
function stepAt(steps: Array<{ id: string; line: number; endLine: number }>, line: number): string | null {
  return steps.find((s) => line >= s.line && line <= s.endLine)?.id ?? null;
}

export function loadLesson(dir: string): Lesson {
  const absFile = path.join(dir, 'index.mdx');
  const file = relative(absFile);
  if (!fs.existsSync(absFile)) throw new ContentError(relative(dir), 'missing index.mdx');
  const source = fs.readFileSync(absFile, 'utf8');

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = lessonFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) throw new ContentError(file, `frontmatter ${describeZodError(result.error)}`);
  const frontmatter = result.data;
  const dirName = path.basename(dir);
  if (!dirName.endsWith(frontmatter.slug)) {
    throw new ContentError(file, `frontmatter slug: "${frontmatter.slug}" must match the folder name "${dirName}" (NN-<slug>)`);
  }

  const body = parsed.content;
  const bodyLineOffset = source.slice(0, source.length - body.length).split('\n').length - 1;
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    throw new ContentError(`${file}:${(e.line ?? 0) + bodyLineOffset}`, `MDX syntax: ${e.reason ?? e.message}`);
  }

  const stepNodes = jsxElements(tree, 'Step');
  const stepRanges: Array<{ id: string; line: number; endLine: number }> = [];
  const steps: LessonStep[] = [];
  const seen = new Map<string, number>();
  for (const node of stepNodes) {
    const line = (node.position?.start.line ?? 0) + bodyLineOffset;
    const id = stringAttribute(node, 'id');
    const title = stringAttribute(node, 'title');
    if (!id) throw new ContentError(`${file}:${line}`, 'step id: every <Step> needs id="..."');
    if (!STEP_ID.test(id)) throw new ContentError(`${file}:${line}`, `step id: "${id}" must be lowercase words joined by hyphens`);
    if (!title) throw new ContentError(`${file}:${line}`, `step title: <Step id="${id}"> needs title="..."`);
    if (seen.has(id)) throw new ContentError(`${file}:${line}`, `step id: duplicate "${id}" (first used on line ${seen.get(id)})`);
    seen.set(id, line);
    const pos = (node as JsxElement & { position?: { end: { line: number } } }).position;
    stepRanges.push({ id, line: pos?.start.line ?? 0, endLine: pos?.end.line ?? 0 });
    steps.push({ id, title, text: plainText(node), line, endLine: (pos?.end.line ?? 0) + bodyLineOffset });
  }
  if (steps.length === 0) throw new ContentError(file, 'steps: a lesson needs at least one <Step id="..." title="...">');

  const codeBlocks: LessonCodeBlock[] = codeNodes(tree).map((node) => ({
    lang: (node.lang ?? 'text').toLowerCase(),
    code: node.value,
    meta: parseMeta(node.meta),
    line: (node.position?.start.line ?? 0) + bodyLineOffset,
    stepId: stepAt(stepRanges, node.position?.start.line ?? 0),
  }));

  const files: Record<string, string> = {};
  const exercises: LessonExercise[] = jsxElements(tree, 'Exercise').map((node) => {
    const line = (node.position?.start.line ?? 0) + bodyLineOffset;
    const id = stringAttribute(node, 'id');
    const startFile = stringAttribute(node, 'start');
    const solutionFile = stringAttribute(node, 'solution');
    if (!id || !STEP_ID.test(id)) throw new ContentError(`${file}:${line}`, 'exercise id: <Exercise> needs id="lowercase-words"');
    if (!startFile) throw new ContentError(`${file}:${line}`, `exercise start: <Exercise id="${id}"> needs start="<file beside the lesson>"`);
    const start = readSideFile(dir, startFile, `${file}:${line}`, 'exercise start');
    files[startFile] = start;
    let solution: string | null = null;
    if (solutionFile) {
      solution = readSideFile(dir, solutionFile, `${file}:${line}`, 'exercise solution');
      files[solutionFile] = solution;
    }
    const expect = (stringAttribute(node, 'expect') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return { id, stepId: stepAt(stepRanges, node.position?.start.line ?? 0), start, startFile, solution, solutionFile, expect, line };
  });
  for (const ex of exercises) {
    if (seen.has(ex.id)) throw new ContentError(`${file}:${ex.line}`, `exercise id: "${ex.id}" is already a step id`);
  }
  const workspaces: LessonWorkspaceSpec[] = jsxElements(tree, 'Workspace').map((node) => {
    const line = (node.position?.start.line ?? 0) + bodyLineOffset;
    const where = `${file}:${line}`;
    const id = stringAttribute(node, 'id');
    const project = stringAttribute(node, 'project');
    if (!id || !STEP_ID.test(id)) throw new ContentError(where, 'workspace id: <Workspace> needs id="lowercase-words"');
    if (!project || !Object.hasOwn(PRELOADED_PROJECTS, project)) {
      throw new ContentError(where, `workspace project: "${project ?? ''}" is not a preloaded project (known: ${Object.keys(PRELOADED_PROJECTS).join(', ')})`);
    }
    const dockerfileFile = stringAttribute(node, 'dockerfile') ?? null;
    const dockerfile = dockerfileFile ? readSideFile(dir, dockerfileFile, where, 'workspace dockerfile') : null;
    if (dockerfileFile && dockerfile !== null) files[dockerfileFile] = dockerfile;
    const open = stringAttribute(node, 'open') ?? null;
    if (open && !Object.hasOwn(PRELOADED_PROJECTS[project].files, open)) throw new ContentError(where, `workspace open: project "${project}" has no file "${open}"`);
    return {
      id,
      title: stringAttribute(node, 'title') ?? `Workspace: ${project}`,
      project,
      dockerfile,
      dockerfileFile,
      open,
      cwd: stringAttribute(node, 'cwd') ?? null,
      command: stringAttribute(node, 'command') ?? null,
      stepId: stepAt(stepRanges, node.position?.start.line ?? 0),
      line,
    };
  });
  const workspaceIds = new Set<string>();
  for (const w of workspaces) {
    if (workspaceIds.has(w.id)) throw new ContentError(`${file}:${w.line}`, `workspace id: duplicate "${w.id}"`);
    workspaceIds.add(w.id);
  }

  let quiz: Quiz | null = null;
  let questions: AnyQuizQuestion[] = [];
  const quizFile = path.join(dir, 'quiz.json');
  if (fs.existsSync(quizFile)) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(quizFile, 'utf8'));
    } catch (error) {
      throw new ContentError(relative(quizFile), `not valid JSON: ${(error as Error).message}`);
    }
    const q = quizSchema.safeParse(raw);
    if (!q.success) throw new ContentError(relative(quizFile), describeZodError(q.error));
    const ids = new Set<string>();
    for (const question of q.data.questions) {
      if (ids.has(question.id)) throw new ContentError(relative(quizFile), `questions id: duplicate "${question.id}"`);
      ids.add(question.id);
    }
    for (const question of q.data.questions) {
      if (question.teaches && !seen.has(question.teaches)) {
        throw new ContentError(relative(quizFile), `questions "${question.id}" teaches: "${question.teaches}" is not a step of this lesson`);
      }
    }
    questions = q.data.questions;
    const single = questions.filter((question) => question.type === 'single');
    quiz = single.length > 0 ? { questions: single } : null;
  }

  return { file, dir, frontmatter, body, bodyLineOffset, steps, codeBlocks, exercises, workspaces, quiz, questions, files };
}

/** Every lesson under `root`, in course order. Throws ContentError on any invalid or duplicate content. */
export function loadCourse(root: string = CONTENT_ROOT): Lesson[] {
  const dirs = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => path.join(root, d.name))
    .sort();
  const lessons = dirs.map(loadLesson);
  const bySlug = new Map<string, Lesson>();
  const byOrder = new Map<number, Lesson>();
  for (const lesson of lessons) {
    const { slug, order } = lesson.frontmatter;
    const other = bySlug.get(slug);
    if (other) throw new ContentError(lesson.file, `frontmatter slug: duplicate "${slug}" (also in ${other.file})`);
    bySlug.set(slug, lesson);
    const sameOrder = byOrder.get(order);
    if (sameOrder) throw new ContentError(lesson.file, `frontmatter order: duplicate ${order} (also in ${sameOrder.file})`);
    byOrder.set(order, lesson);
  }
  return lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

let cached: Lesson[] | null = null;
/** The course, loaded once per process (build-time only). */
export function getCourse(): Lesson[] {
  cached ??= loadCourse();
  return cached;
}

export function getLesson(slug: string): Lesson | undefined {
  return getCourse().find((l) => l.frontmatter.slug === slug);
}
