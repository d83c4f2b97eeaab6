/**
 * Pure graders for every question type of quiz.json. Multiple choice reads the data; ordering by
 * cache, predict-the-cache and type-the-command are graded by the simulator: orders are built and
 * rebuilt, the rebuild after the change is replayed, the command line is run on the project.
 * Nothing here touches a learner's workspace: each grade builds in fresh workspaces of its own.
 */
import type {
  AnyQuizQuestion,
  CacheChange,
  CommandQuestion,
  OrderingQuestion,
  PredictCacheQuestion,
} from '@/lib/content/schema';
import { analyze } from '@/lib/engine/analyze';
import { errorLine, imageFilesOf, targetStage } from '@/lib/exercises/facts';
import type { Analysis } from '@/lib/engine/types';
import { normalizeTag } from '@/lib/docker/reference';
import { cleanPath, resolvePath } from '@/lib/simulator/paths';
import type { BuildResult, BuildStep } from '@/lib/simulator/types';
import { checkBuildContext, type ContextReport } from '@/lib/workspace/context-check';
import { contextInputFor } from '@/lib/workspace/context-input';
import { specSnapshot } from '@/lib/workspace/projects';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { gradeChoice, type Grade, type QuizAnswer } from './choice';

export { gradeChoice, type ChoiceGrade, type Grade, type QuizAnswer } from './choice';

// --- Ordering ----------------------------------------------------------------------------------

export interface OrderOutcome {
  dockerfile: string;
  built: boolean;
  error?: string;
  /** Steps the rebuild after the edit executed (labels). */
  rerun: string[];
  /** Seconds the rebuild took. */
  rebuildTime: number;
}

export interface OrderingGrade extends Grade {
  /** For cache grading: what the learner's order and the written order do after the edit. */
  yours?: OrderOutcome;
  reference?: OrderOutcome;
}

export function freshWorkspace(q: { project: string; files: Record<string, string>; cwd: string }): Workspace {
  const base = specSnapshot({ project: q.project, cwd: q.cwd });
  const files = { ...base.files };
  for (const [path, content] of Object.entries(q.files)) files[path] = { content, mode: files[path]?.mode ?? '0644' };
  return workspaceFromSnapshot({ ...base, files });
}

export function assembleOrder(question: OrderingQuestion, order: readonly string[]): string {
  const byId = new Map(question.items.map((i) => [i.id, i.text]));
  const body = order.map((id) => byId.get(id) ?? '').join('\n');
  if (question.grading.by !== 'cache') return body;
  const { prefix, suffix } = question.grading;
  return `${prefix}${prefix && !prefix.endsWith('\n') ? '\n' : ''}${body}\n${suffix}`;
}

function sameImage(a: BuildResult, b: BuildResult, filesA: Set<string>, filesB: Set<string>): string | null {
  const ca = a.image?.config;
  const cb = b.image?.config;
  if (!ca || !cb) return 'no image';
  if (JSON.stringify(ca.cmd) !== JSON.stringify(cb.cmd) || JSON.stringify(ca.entrypoint) !== JSON.stringify(cb.entrypoint)) return 'the container would start another command';
  if (cleanPath(ca.workdir || '/') !== cleanPath(cb.workdir || '/')) return `the working directory is ${ca.workdir || '/'}, not ${cb.workdir || '/'}`;
  if ([...ca.exposedPorts].sort().join() !== [...cb.exposedPorts].sort().join()) return 'the image documents other ports';
  const missing = [...filesB].filter((f) => !filesA.has(f));
  if (missing.length) return `the image has no ${missing.slice(0, 3).join(', ')}`;
  return null;
}

/** Builds `dockerfile`, edits the file, rebuilds: what re-ran. */
export function orderOutcome(question: OrderingQuestion, dockerfile: string): OrderOutcome & { first?: BuildResult; files?: Set<string> } {
  if (question.grading.by !== 'cache') throw new Error('orderOutcome: this question is not graded by the cache');
  const g = question.grading;
  const ws = freshWorkspace(g);
  ws.write(g.dockerfile, dockerfile, 'load');
  const first = ws.run(g.command);
  const result = first.build?.result;
  if (first.exitCode !== 0 || !result?.ok) return { dockerfile, built: false, error: errorLine({ output: first.output, result: result ?? null }), rerun: [], rebuildTime: 0 };
  const analysis = analyze(dockerfile);
  const report = checkBuildContext(analysis, dockerfile, contextInputFor(ws, first.build!.dockerfile));
  const files = imageFilesOf(analysis, report);
  const unread = missingInstallInput(analysis, report);
  if (unread) return { dockerfile, built: false, error: unread, rerun: [], rebuildTime: 0 };
  applyChange(ws, { kind: 'edit', file: g.edit, append: '# edited\n' });
  const rebuild = ws.run(g.command).build?.result;
  const rerun = (rebuild?.steps ?? []).filter((s) => s.status === 'EXECUTED').map((s) => s.label);
  return { dockerfile, built: true, rerun, rebuildTime: rebuild?.totalTime ?? 0, first: result, files };
}

const PIP_REQUIREMENTS = /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b[^&|;]*?(?:\s-r\s*|\s--requirement[=\s]+)(\S+)/;

/**
 * pip's error for a `pip install -r FILE` that runs before any COPY brought FILE in. The simulator
 * runs RUN commands without reading files, so an order that installs first would look fine.
 */
export function missingInstallInput(analysis: Analysis, report: ContextReport): string | null {
  const stage = targetStage(analysis);
  for (const step of stage?.steps ?? []) {
    const m = step.keyword === 'RUN' ? PIP_REQUIREMENTS.exec(step.instruction.text) : null;
    if (!m) continue;
    const path = resolvePath(step.config.workdir || '/', m[1]);
    const before = imageFilesOf(analysis, { ...report, copies: report.copies.filter((c) => c.line < step.line) });
    if (!before.has(path)) return `the RUN on line ${step.line} fails: pip reports "ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${m[1]}'" (nothing has copied it into the image yet).`;
  }
  return null;
}

export function gradeOrdering(question: OrderingQuestion, order: readonly string[]): OrderingGrade {
  const ids = question.items.map((i) => i.id);
  const explanation = question.explanation;
  if (order.length !== ids.length || new Set(order).size !== ids.length || !order.every((id) => ids.includes(id))) {
    return { correct: false, feedback: `Place every item exactly once (${ids.length} items).`, explanation };
  }
  if (question.grading.by === 'fixed') {
    const right = [ids, ...question.grading.accept].some((accepted) => accepted.join() === order.join());
    const firstWrong = order.findIndex((id, i) => id !== ids[i]);
    return {
      correct: right,
      feedback: right ? 'Correct.' : `Not quite: position ${firstWrong + 1} should hold "${question.items[firstWrong].text}".`,
      explanation,
    };
  }
  const reference = orderOutcome(question, assembleOrder(question, ids));
  if (!reference.built) throw new Error(`question "${question.id}": the written order does not build: ${reference.error}`);
  const yours = orderOutcome(question, assembleOrder(question, order));
  const strip = (o: OrderOutcome) => ({ dockerfile: o.dockerfile, built: o.built, error: o.error, rerun: o.rerun, rebuildTime: o.rebuildTime });
  if (!yours.built) return { correct: false, feedback: `This order does not build: ${yours.error}`, explanation, yours: strip(yours), reference: strip(reference) };
  const different = sameImage(yours.first!, reference.first!, yours.files!, reference.files!);
  if (different) return { correct: false, feedback: `This order builds another image: ${different}.`, explanation, yours: strip(yours), reference: strip(reference) };
  const edit = question.grading.edit;
  if (yours.rerun.length > reference.rerun.length || yours.rebuildTime > reference.rebuildTime + 1e-9) {
    return {
      correct: false,
      feedback: `It builds the same image, but after an edit of ${edit} it re-runs ${yours.rerun.length} step${yours.rerun.length === 1 ? '' : 's'} (${yours.rerun.join(', ')}); the best order re-runs ${reference.rerun.length}${reference.rerun.length ? ` (${reference.rerun.join(', ')})` : ''}.`,
      explanation,
      yours: strip(yours),
      reference: strip(reference),
    };
  }
  return {
    correct: true,
    feedback: `Correct: after an edit of ${edit} only ${yours.rerun.length ? yours.rerun.join(', ') : 'nothing'} re-runs.`,
    explanation,
    yours: strip(yours),
    reference: strip(reference),
  };
}

// --- Predict the cache -------------------------------------------------------------------------

export interface PredictedStep {
  label: string;
  keyword: string;
  status: 'CACHED' | 'EXECUTED';
  /** Why the step is CACHED or EXECUTED. */
  reason: string;
}

export function applyChange(ws: Workspace, change: CacheChange, dockerfilePath = 'Dockerfile'): void {
  switch (change.kind) {
    case 'edit': {
      const content = ws.read(change.file) ?? '';
      ws.write(change.file, `${content}${content.endsWith('\n') || content === '' ? '' : '\n'}${change.append}`, 'files');
      return;
    }
    case 'chmod':
      ws.chmod(change.file, change.mode);
      return;
    case 'touch':
      ws.touch(change.file);
      return;
    case 'instruction': {
      const lines = (ws.read(dockerfilePath) ?? '').split('\n');
      lines[change.line - 1] = change.text;
      ws.write(dockerfilePath, lines.join('\n'), 'files');
    }
  }
}

function cachedReason(step: BuildStep): string {
  switch (step.keyword) {
    case 'COPY':
    case 'ADD':
      return 'CACHED: the same instruction on the same parent, and the files it copies have the same content and mode (modification times do not count).';
    case 'RUN':
      return 'CACHED: the same command, environment and parent; RUN never looks at the files in the image.';
    default:
      return 'CACHED: the same instruction on the same parent.';
  }
}

function executedReason(step: BuildStep): string {
  const miss = step.missReason;
  if (!miss) return 'EXECUTED.';
  if (miss.kind === 'previous-step') return 'EXECUTED: an earlier step of the stage re-ran, so every step after it runs again.';
  return `EXECUTED: ${miss.text}.`;
}

export interface PredictCacheReplay {
  /** What the terminal printed for the first build and for the rebuild after the change. */
  firstLog: string;
  rebuildLog: string;
  /** The rebuild, step by step (FROM left out), with the reasons. */
  steps: PredictedStep[];
}

/** Builds the question's Dockerfile, applies its one change and rebuilds: both logs and every step. */
export function replayPredictCache(question: PredictCacheQuestion): PredictCacheReplay {
  const ws = freshWorkspace(question);
  const path = ws.mainDockerfile() ?? 'Dockerfile';
  ws.write(path, question.dockerfile, 'load');
  const first = ws.run(question.command);
  if (first.exitCode !== 0) throw new Error(`question "${question.id}": the first build fails: ${first.output.split('\n').slice(-1)[0]}`);
  applyChange(ws, question.change, path);
  const again = ws.run(question.command);
  const rebuild = again.build?.result;
  if (!rebuild?.ok) throw new Error(`question "${question.id}": the rebuild fails`);
  const steps = rebuild.steps
    .filter((s) => s.status !== 'BASE')
    .map((s) => ({ label: s.label, keyword: s.keyword, status: s.status as 'CACHED' | 'EXECUTED', reason: s.status === 'CACHED' ? cachedReason(s) : executedReason(s) }));
  return { firstLog: first.output, rebuildLog: again.output, steps };
}

/** The rebuild after the question's change, step by step (FROM left out), with the reasons. */
export function predictCacheSteps(question: PredictCacheQuestion): PredictedStep[] {
  return replayPredictCache(question).steps;
}

export interface PredictCacheGrade extends Grade {
  steps: Array<PredictedStep & { marked: 'CACHED' | 'EXECUTED' | null; right: boolean }>;
  /** What the terminal printed for the rebuild after the change. */
  rebuildLog: string;
}

export function gradePredictCache(question: PredictCacheQuestion, marks: ReadonlyArray<'CACHED' | 'EXECUTED' | null>): PredictCacheGrade {
  const replay = replayPredictCache(question);
  const steps = replay.steps.map((step, i) => {
    const marked = marks[i] ?? null;
    return { ...step, marked, right: marked === step.status };
  });
  const wrong = steps.filter((s) => !s.right);
  const correct = wrong.length === 0 && marks.length === steps.length;
  return {
    correct,
    feedback: correct ? 'Correct: every step as the rebuild shows it.' : `${steps.length - wrong.length} of ${steps.length} steps right. ${wrong.map((s) => `${s.label}: ${s.reason}`).join(' ')}`,
    explanation: question.explanation,
    steps,
    rebuildLog: replay.rebuildLog,
  };
}

// --- Type the command --------------------------------------------------------------------------

export interface CommandGrade extends Grade {
  /** What the simulated terminal printed. */
  output: string;
  exitCode: number;
}

export function gradeCommand(question: CommandQuestion, commandLine: string): CommandGrade {
  const explanation = question.explanation;
  const line = commandLine.trim();
  if (!line) return { correct: false, feedback: 'Type a command first.', explanation, output: '', exitCode: 0 };
  const ws = freshWorkspace(question);
  const result = ws.run(line);
  const base = { explanation, output: result.output, exitCode: result.exitCode };
  if (result.exitCode !== 0) {
    const lines = result.output.split('\n').filter((l) => l.trim());
    const docker = lines.filter((l) => /^ERROR:/.test(l)).pop() ?? lines.find((l) => /^docker:|error|unknown|requires|invalid/i.test(l)) ?? lines[lines.length - 1] ?? `exit code ${result.exitCode}`;
    return { ...base, correct: false, feedback: `Docker answers: ${docker}` };
  }
  const build = result.build;
  if (!build) return { ...base, correct: false, feedback: 'That command builds no image: the question asks for docker build.' };
  const want = question.expect;
  const problems: string[] = [];
  if (cleanPath(build.dockerfile) !== cleanPath(want.dockerfile)) problems.push(`it reads ${build.dockerfile}, not ${want.dockerfile}`);
  if (cleanPath(build.context) !== cleanPath(want.context)) problems.push(`its context is ${build.context === '.' ? 'the project root' : build.context}, not ${want.context === '.' ? 'the project root' : want.context}`);
  if (want.tag) {
    const full = (t: string) => {
      const n = normalizeTag(t);
      return n.ok ? n.ref.full : t;
    };
    if (!build.tags.map(full).includes(full(want.tag))) problems.push(`it does not name the image ${want.tag} (-t ${want.tag})`);
  }
  if (problems.length) return { ...base, correct: false, feedback: `That builds, but ${problems.join(', and ')}.` };
  return { ...base, correct: true, feedback: 'Correct: the simulated build reads the right Dockerfile with the right context.' };
}

// --- Any question ------------------------------------------------------------------------------

export function gradeQuestion(question: AnyQuizQuestion, answer: QuizAnswer): Grade {
  switch (question.type) {
    case 'single':
      return gradeChoice(question, answer.type === 'single' ? [answer.optionId] : []);
    case 'multiple':
      return gradeChoice(question, answer.type === 'multiple' ? answer.optionIds : []);
    case 'ordering':
      return gradeOrdering(question, answer.type === 'ordering' ? answer.order : []);
    case 'predict-cache':
      return gradePredictCache(question, answer.type === 'predict-cache' ? answer.marks : []);
    case 'command':
      return gradeCommand(question, answer.type === 'command' ? answer.commandLine : '');
  }
}

/** The answer that is right (for "reveal" and tests). Ordering: the written order. */
export function correctAnswer(question: AnyQuizQuestion): QuizAnswer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((i) => i.id) };
    case 'predict-cache':
      return { type: 'predict-cache', marks: predictCacheSteps(question).map((s) => s.status) };
    case 'command':
      return { type: 'command', commandLine: question.answer };
  }
}

/** A stable shuffled start order for an ordering question (never the answer when avoidable). */
export function initialOrder(question: OrderingQuestion): string[] {
  const ids = question.items.map((i) => i.id);
  let seed = [...question.id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) | 0;
    return ((seed >>> 0) % 1_000_003) / 1_000_003;
  };
  const out = [...ids];
  for (let attempt = 0; attempt < 5; attempt++) {
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    if (out.join() !== ids.join()) return out;
  }
  return [...ids.slice(1), ids[0]];
}
