/**
 * The learner's progress, kept in localStorage under a versioned zod schema: steps visited, quiz
 * answers (with the first try's result), exercise states and a workspace draft per lesson. Pure
 * functions only: the page reads and writes the string. Reading never throws: older formats are
 * migrated, damaged parts are set aside with a notice, and everything else is kept.
 */
// zod/mini: this module loads on every page soon after load (lib/zod-mini.ts says why).
import * as z from '@/lib/zod-mini';
import { readSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot-schema';

export const PROGRESS_KEY = 'layerwise:progress';
/** Where unreadable data is kept (with a time suffix) so nothing is lost. */
export const SET_ASIDE_KEY = 'layerwise:progress:set-aside';
export const PROGRESS_VERSION = 1;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().check(z.regex(SLUG));
const time = z.string().check(z.minLength(1), z.maxLength(40));
const count = (min: number) => z.int().check(z.gte(min));

const quizRecordSchema = z.strictObject({
  /** The first try's result: what the progress and the exam statistics count. */
  firstTry: z.boolean(),
  attempts: count(1),
  /** Answered right at some point (or revealed after the second try: `revealed`). */
  solved: z.boolean(),
  revealed: z._default(z.boolean(), false),
  at: time,
});

const exerciseStateSchema = z.enum(['started', 'solved', 'revealed']);
const exerciseRecordSchema = z.strictObject({ state: exerciseStateSchema, hintsShown: z._default(count(0), 0), at: time });

/** A custom exercise (lib/exercises/custom.ts) belongs to no lesson: kept by its content id, with its title for the progress page. */
const CUSTOM_ID = /^custom-[0-9a-z]{1,16}$/;
const customRecordSchema = z.strictObject({ ...exerciseRecordSchema.shape, title: z._default(z.string().check(z.maxLength(200)), '') });

const draftSchema = z.strictObject({ snapshot: z.unknown(), savedAt: time });

export const lessonProgressSchema = z.strictObject({
  visited: z._default(z.array(slug), []),
  quiz: z._default(z.record(slug, quizRecordSchema), {}),
  exercises: z._default(z.record(slug, exerciseRecordSchema), {}),
  draft: z.optional(draftSchema),
});

const examsSchema = z._default(z.array(z.strictObject({ seed: z.int(), score: count(0), total: count(0), at: time })).check(z.maxLength(50)), []);
/** Added within version 1: data saved before it simply has none. */
const customSchema = z._default(z.record(z.string().check(z.regex(CUSTOM_ID)), customRecordSchema), {});

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  lessons: z._default(z.record(slug, lessonProgressSchema), {}),
  exams: examsSchema,
  custom: customSchema,
});

export type Progress = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type QuizRecord = z.infer<typeof quizRecordSchema>;
export type ExerciseState = z.infer<typeof exerciseStateSchema>;
export type CustomExerciseRecord = z.infer<typeof customRecordSchema>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, exams: [], custom: {} };
}

function emptyLesson(): LessonProgress {
  return { visited: [], quiz: {}, exercises: {} };
}

export interface ProgressRead {
  progress: Progress;
  /** Something the learner must be told (data migrated or set aside). */
  notice: string | null;
  /** Unreadable data to keep under SET_ASIDE_KEY before anything overwrites it. */
  setAside: string | null;
}

/**
 * Version 0 (before the schema had a version): `{ visited: { <slug>: [step ids] }, solved: { <slug>: [exercise ids] } }`.
 * Unknown fields are dropped; what can be read is kept.
 */
function migrateV0(value: Record<string, unknown>): unknown {
  const lessons: Record<string, unknown> = {};
  const visited = value.visited && typeof value.visited === 'object' ? (value.visited as Record<string, unknown>) : {};
  const solved = value.solved && typeof value.solved === 'object' ? (value.solved as Record<string, unknown>) : {};
  for (const [lesson, steps] of Object.entries(visited)) {
    if (Array.isArray(steps)) lessons[lesson] = { visited: steps.filter((s) => typeof s === 'string' && SLUG.test(s)) };
  }
  for (const [lesson, ids] of Object.entries(solved)) {
    if (!Array.isArray(ids)) continue;
    const entry = (lessons[lesson] ??= { visited: [] }) as { exercises?: Record<string, unknown> };
    entry.exercises = Object.fromEntries(ids.filter((id) => typeof id === 'string' && SLUG.test(id)).map((id) => [id, { state: 'solved', hintsShown: 0, at: 'migrated' }]));
  }
  return { version: 1, lessons };
}

const MIGRATIONS: Record<number, (value: Record<string, unknown>) => unknown> = { 0: migrateV0 };

/** Validates lesson by lesson: a damaged lesson (or draft) is set aside, the others are kept. */
function salvage(value: Record<string, unknown>): { progress: Progress; damaged: Record<string, unknown> } {
  const progress = emptyProgress();
  const damaged: Record<string, unknown> = {};
  const lessons = value.lessons && typeof value.lessons === 'object' && !Array.isArray(value.lessons) ? (value.lessons as Record<string, unknown>) : {};
  if (value.lessons !== undefined && lessons !== value.lessons) damaged.lessons = value.lessons;
  for (const [key, lesson] of Object.entries(lessons)) {
    const parsed = slug.safeParse(key).success ? lessonProgressSchema.safeParse(lesson) : null;
    if (parsed?.success) {
      progress.lessons[key] = parsed.data;
      continue;
    }
    // Keep the parts that are fine: a bad draft should not cost the visited steps.
    const partial = lesson && typeof lesson === 'object' ? (lesson as Record<string, unknown>) : {};
    const kept = emptyLesson();
    let any = false;
    for (const field of ['visited', 'quiz', 'exercises'] as const) {
      const one = z.pick(lessonProgressSchema, { [field]: true } as { visited: true }).safeParse({ [field]: partial[field] });
      if (one.success && partial[field] !== undefined) {
        Object.assign(kept, one.data);
        any = true;
      }
    }
    if (any && slug.safeParse(key).success) progress.lessons[key] = kept;
    damaged[key] = lesson;
  }
  const exams = examsSchema.safeParse(value.exams);
  if (exams.success) progress.exams = exams.data;
  else damaged.exams = value.exams;
  // Custom exercises one by one: a damaged record costs only itself.
  const custom = value.custom && typeof value.custom === 'object' && !Array.isArray(value.custom) ? (value.custom as Record<string, unknown>) : {};
  if (value.custom !== undefined && custom !== value.custom) damaged.custom = value.custom;
  for (const [key, record] of Object.entries(custom)) {
    const parsed = CUSTOM_ID.test(key) ? customRecordSchema.safeParse(record) : null;
    if (parsed?.success) progress.custom[key] = parsed.data;
    else damaged[`custom.${key.slice(0, 40)}`] = record;
  }
  return { progress, damaged };
}

/** Drafts are workspace snapshots: one that does not read is dropped (and set aside). */
function checkDrafts(progress: Progress, damaged: Record<string, unknown>): void {
  for (const [key, lesson] of Object.entries(progress.lessons)) {
    if (!lesson.draft) continue;
    const read = readSnapshot(lesson.draft.snapshot);
    if (read.ok) lesson.draft = { snapshot: read.snapshot, savedAt: lesson.draft.savedAt };
    else {
      damaged[`${key}.draft`] = lesson.draft;
      delete lesson.draft;
    }
  }
}

export function parseProgress(raw: string | null): ProgressRead {
  if (raw === null || raw === '') return { progress: emptyProgress(), notice: null, setAside: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), notice: 'Your saved progress could not be read (the stored data is damaged), so it starts afresh. A copy of the old data was kept in this browser.', setAside: raw };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { progress: emptyProgress(), notice: 'Your saved progress was not in a format Layerwise knows, so it starts afresh. A copy of the old data was kept in this browser.', setAside: raw };
  }
  let record = value as Record<string, unknown>;
  let migrated = false;
  const version = record.version === undefined ? 0 : record.version;
  if (typeof version !== 'number' || version > PROGRESS_VERSION || (version !== PROGRESS_VERSION && !MIGRATIONS[version])) {
    return {
      progress: emptyProgress(),
      notice: `Your saved progress was stored by a version of Layerwise this page does not know (version ${String(version).slice(0, 12)}). It was kept aside, not deleted.`,
      setAside: raw,
    };
  }
  for (let v = version; v < PROGRESS_VERSION; v++) {
    record = MIGRATIONS[v](record) as Record<string, unknown>;
    migrated = true;
  }
  const whole = progressSchema.safeParse(record);
  const { progress, damaged } = whole.success ? { progress: whole.data, damaged: {} as Record<string, unknown> } : salvage(record);
  checkDrafts(progress, damaged);
  const lost = Object.keys(damaged);
  if (lost.length > 0) {
    return {
      progress,
      notice: `Part of your saved progress could not be read (${lost.slice(0, 4).join(', ')}${lost.length > 4 ? ', …' : ''}) and was kept aside; everything else is as you left it.`,
      setAside: JSON.stringify(damaged),
    };
  }
  return { progress, notice: migrated ? 'Your saved progress was brought up to date with this version of Layerwise.' : null, setAside: null };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

// --- Recording -------------------------------------------------------------------------------------

function withLesson(progress: Progress, lesson: string, change: (l: LessonProgress) => LessonProgress): Progress {
  const current = progress.lessons[lesson] ?? emptyLesson();
  return { ...progress, lessons: { ...progress.lessons, [lesson]: change(structuredClone(current)) } };
}

export function recordVisit(progress: Progress, lesson: string, stepId: string): Progress {
  if (progress.lessons[lesson]?.visited.includes(stepId)) return progress;
  return withLesson(progress, lesson, (l) => ({ ...l, visited: [...l.visited, stepId] }));
}

/** One graded answer: the first one sets `firstTry` for good. `revealed` when the learner asked for the answer. */
export function recordQuizAnswer(progress: Progress, lesson: string, questionId: string, correct: boolean, at: string, revealed = false): Progress {
  return withLesson(progress, lesson, (l) => {
    const before = l.quiz[questionId];
    const record: QuizRecord = before
      ? { ...before, attempts: before.attempts + (revealed ? 0 : 1), solved: before.solved || correct, revealed: before.revealed || revealed }
      : { firstTry: correct && !revealed, attempts: 1, solved: correct, revealed, at };
    return { ...l, quiz: { ...l.quiz, [questionId]: record } };
  });
}

const EXERCISE_RANK: Record<ExerciseState, number> = { started: 0, revealed: 1, solved: 2 };

/** An exercise's state only moves forward (started, then revealed or solved; solved wins). */
export function recordExercise(progress: Progress, lesson: string, exerciseId: string, state: ExerciseState, at: string, hintsShown?: number): Progress {
  return withLesson(progress, lesson, (l) => {
    const before = l.exercises[exerciseId];
    const next = before && EXERCISE_RANK[before.state] >= EXERCISE_RANK[state] ? before.state : state;
    return { ...l, exercises: { ...l.exercises, [exerciseId]: { state: next, hintsShown: Math.max(before?.hintsShown ?? 0, hintsShown ?? 0), at: before && next === before.state ? before.at : at } } };
  });
}

/** A custom exercise's state, moving forward only like a lesson exercise's. */
export function recordCustomExercise(progress: Progress, id: string, title: string, state: ExerciseState, at: string): Progress {
  const before = progress.custom[id];
  const next = before && EXERCISE_RANK[before.state] >= EXERCISE_RANK[state] ? before.state : state;
  const record: CustomExerciseRecord = { state: next, hintsShown: before?.hintsShown ?? 0, at: before && next === before.state ? before.at : at, title: title.slice(0, 200) };
  if (before && before.state === record.state && before.title === record.title) return progress;
  return { ...progress, custom: { ...progress.custom, [id]: record } };
}

export function saveDraft(progress: Progress, lesson: string, snapshot: WorkspaceSnapshot, savedAt: string): Progress {
  return withLesson(progress, lesson, (l) => ({ ...l, draft: { snapshot, savedAt } }));
}

export function clearDraft(progress: Progress, lesson: string): Progress {
  if (!progress.lessons[lesson]?.draft) return progress;
  return withLesson(progress, lesson, (l) => {
    const { draft: _draft, ...rest } = l;
    void _draft;
    return rest;
  });
}

export function draftOf(progress: Progress, lesson: string): WorkspaceSnapshot | null {
  const draft = progress.lessons[lesson]?.draft;
  if (!draft) return null;
  const read = readSnapshot(draft.snapshot);
  return read.ok ? read.snapshot : null;
}

export function recordExam(progress: Progress, seed: number, score: number, total: number, at: string): Progress {
  return { ...progress, exams: [...progress.exams, { seed, score, total, at }].slice(-50) };
}

// --- Another tab -----------------------------------------------------------------------------------

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const visited = [...a.visited, ...b.visited.filter((s) => !a.visited.includes(s))];
  const quiz: LessonProgress['quiz'] = { ...b.quiz };
  for (const [id, mine] of Object.entries(a.quiz)) {
    const theirs = b.quiz[id];
    if (!theirs) quiz[id] = mine;
    else {
      // The earlier first try is the first try.
      const first = mine.at <= theirs.at ? mine : theirs;
      quiz[id] = { firstTry: first.firstTry, at: first.at, attempts: Math.max(mine.attempts, theirs.attempts), solved: mine.solved || theirs.solved, revealed: mine.revealed || theirs.revealed };
    }
  }
  const exercises: LessonProgress['exercises'] = { ...b.exercises };
  for (const [id, mine] of Object.entries(a.exercises)) {
    const theirs = b.exercises[id];
    const winner = !theirs || EXERCISE_RANK[mine.state] > EXERCISE_RANK[theirs.state] ? mine : theirs;
    exercises[id] = { ...winner, hintsShown: Math.max(mine.hintsShown, theirs?.hintsShown ?? 0) };
  }
  const draft = !a.draft ? b.draft : !b.draft ? a.draft : a.draft.savedAt >= b.draft.savedAt ? a.draft : b.draft;
  return { visited, quiz, exercises, ...(draft ? { draft } : {}) };
}

/**
 * `local` and the value another tab just stored (a `storage` event's newValue), combined: nothing
 * either tab recorded is lost; the newer draft of a lesson wins. An unreadable `incomingRaw`
 * changes nothing.
 */
export function mergeProgress(local: Progress, incomingRaw: string | null): Progress {
  if (incomingRaw === null) return local;
  const incoming = parseProgress(incomingRaw);
  if (incoming.setAside !== null && Object.keys(incoming.progress.lessons).length === 0) return local;
  const lessons: Progress['lessons'] = { ...incoming.progress.lessons };
  for (const [key, mine] of Object.entries(local.lessons)) lessons[key] = incoming.progress.lessons[key] ? mergeLesson(mine, incoming.progress.lessons[key]) : mine;
  const seen = new Set(local.exams.map((e) => `${e.seed}|${e.at}`));
  const exams = [...local.exams, ...incoming.progress.exams.filter((e) => !seen.has(`${e.seed}|${e.at}`))].sort((x, y) => x.at.localeCompare(y.at)).slice(-50);
  const custom: Progress['custom'] = { ...incoming.progress.custom };
  for (const [id, mine] of Object.entries(local.custom)) {
    const theirs = custom[id];
    custom[id] = !theirs || EXERCISE_RANK[mine.state] > EXERCISE_RANK[theirs.state] ? mine : theirs;
  }
  return { version: PROGRESS_VERSION, lessons, exams, custom };
}

// --- Export, import, reset -------------------------------------------------------------------------

export const EXPORT_FORMAT = 'layerwise-progress';

export function exportProgress(progress: Progress, now: string): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now, progress }, null, 2);
}

export type ImportResult = { ok: true; progress: Progress; notice: string | null } | { ok: false; message: string };

/** A file the learner picked. Anything but a valid export is refused whole, with a clear message. */
export function importProgress(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Layerwise progress export (it is not JSON). Nothing was changed.' };
  }
  const v = value as { format?: unknown; progress?: unknown } | null;
  if (!v || typeof v !== 'object' || v.format !== EXPORT_FORMAT) return { ok: false, message: 'This file is not a Layerwise progress export. Nothing was changed.' };
  const read = parseProgress(JSON.stringify(v.progress ?? null));
  if (read.setAside !== null || v.progress === null || v.progress === undefined) {
    return { ok: false, message: `This progress file is damaged or from an unknown version${read.notice ? ` (${read.notice.replace(/ It was kept aside, not deleted\.| A copy of the old data was kept in this browser\./, '')})` : ''}. Nothing was changed.` };
  }
  return { ok: true, progress: read.progress, notice: read.notice };
}

/** Everything forgotten (the page asks for confirmation first). */
export function resetProgress(): Progress {
  return emptyProgress();
}

// --- Course map ------------------------------------------------------------------------------------

export type LessonStatus = 'done' | 'in-progress' | 'not-started';

export interface LessonOutline {
  slug: string;
  stepIds: string[];
  exerciseIds: string[];
  questionIds: string[];
}

/** Done: every step visited, every exercise solved, every question answered right. In progress: anything recorded. */
export function lessonStatus(progress: Progress, lesson: LessonOutline): LessonStatus {
  const p = progress.lessons[lesson.slug];
  if (!p || (p.visited.length === 0 && Object.keys(p.quiz).length === 0 && Object.keys(p.exercises).length === 0 && !p.draft)) return 'not-started';
  const stepsDone = lesson.stepIds.every((s) => p.visited.includes(s));
  const exercisesDone = lesson.exerciseIds.every((e) => p.exercises[e]?.state === 'solved');
  const quizDone = lesson.questionIds.every((q) => p.quiz[q]?.solved);
  return stepsDone && exercisesDone && quizDone ? 'done' : 'in-progress';
}

export function courseMap(progress: Progress, lessons: readonly LessonOutline[]): Array<{ slug: string; status: LessonStatus }> {
  return lessons.map((l) => ({ slug: l.slug, status: lessonStatus(progress, l) }));
}
