/**
 * The progress store: one per page, over localStorage (`layerwise:progress`).
 *
 * It is deliberately tiny in the first-load bundle (about 3 kB gzipped with <ProgressRoot/>): this
 * module has no zod and no core. It listens from the moment it runs (before hydration, so no event
 * is missed) and queues what it hears; after hydration <ProgressRoot/> (in the layout) calls
 * connect(), which loads the pure core (`lib/progress/progress.ts`, zod) as a separate chunk, reads
 * storage, applies the queue and from then on writes back, debounced (and at once on pagehide).
 *
 * What it listens to (components/progress/events.ts): QUIZ_ANSWERED, EXERCISE_CHANGED,
 * CUSTOM_EXERCISE_CHANGED and STEP_VISITED on window, and the `storage` event, so a change made in another tab is merged in
 * (`mergeProgress`: nothing either tab recorded is lost). Reset and import in one tab replace the
 * progress in every tab (a generation key says so; a merge would bring the old data back).
 *
 * Safety: stored data that does not read is set aside under `SET_ASIDE_KEY:<time>` before anything
 * is written; if that copy cannot be kept, the store never writes over the original. Event details
 * are checked before they are recorded (a bad id must not damage the saved data).
 *
 * API for the rest of the site (the workspace owner included):
 *
 *   import { progressStore } from '@/components/progress/store';
 *   import { useProgress } from '@/components/progress/useProgress';
 *
 *   const { loaded, progress, notice } = useProgress();   // React; `loaded` is false on the server
 *                                                          // and during hydration
 *   await progressStore.ready();                           // resolves once storage was read
 *   progressStore.draftOf('from');                         // WorkspaceSnapshot | null
 *   progressStore.saveDraft('from', snapshot);             // debounced write; call it as often as you like
 *   progressStore.clearDraft('from');
 *   progressStore.recordExam(seed, score, total);
 *   progressStore.statuses(outlines);                      // course map: Map slug -> status, or null before load
 *
 * Quizzes and exercises do not import this module: they call reportQuizAnswer / reportExercise.
 */
import type { ImportResult, LessonOutline, LessonStatus, Progress } from '@/lib/progress/progress';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot-schema';
import { CUSTOM_EXERCISE_CHANGED, EXERCISE_CHANGED, QUIZ_ANSWERED, STEP_VISITED, type CustomExerciseChangedDetail, type ExerciseChangedDetail, type QuizAnsweredDetail, type StepVisitedDetail } from './events';

export type ProgressCore = typeof import('@/lib/progress/progress');

// Kept here as literals (the core is loaded later); store.test.ts checks they match the core's.
export const STORAGE_KEY = 'layerwise:progress';
export const SET_ASIDE_PREFIX = 'layerwise:progress:set-aside';
/** Changed by reset and import: other tabs replace their progress instead of merging. */
export const GENERATION_KEY = 'layerwise:progress:generation';

export interface ProgressNotice {
  /** `alert`: data was set aside or cannot be saved; `status`: it was only brought up to date. */
  kind: 'alert' | 'status';
  text: string;
}

export interface ProgressState {
  loaded: boolean;
  progress: Progress | null;
  notice: ProgressNotice | null;
}

export interface StoreEnv {
  /** null when the browser refuses storage (privacy mode, blocked cookies). */
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | null;
  target: EventTarget;
  now: () => string;
  loadCore: () => Promise<ProgressCore>;
  debounceMs: number;
  newGeneration: () => string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length <= 120 && SLUG.test(v);

type Change = (core: ProgressCore, progress: Progress, at: string) => Progress;

/** Turns an event into a change, or null when its detail is not one we can record safely. */
export function changeFromEvent(type: string, detail: unknown): Change | null {
  if (!detail || typeof detail !== 'object') return null;
  if (type === STEP_VISITED) {
    const d = detail as Partial<StepVisitedDetail>;
    if (!isSlug(d.lesson) || !isSlug(d.step)) return null;
    return (core, p) => core.recordVisit(p, d.lesson!, d.step!);
  }
  if (type === QUIZ_ANSWERED) {
    const d = detail as Partial<QuizAnsweredDetail>;
    if (!isSlug(d.lesson) || !isSlug(d.question) || typeof d.correct !== 'boolean') return null;
    return (core, p, at) => {
      const known = !!p.lessons[d.lesson!]?.quiz[d.question!];
      const next = core.recordQuizAnswer(p, d.lesson!, d.question!, d.correct!, at);
      // The page knows better than us when this was not the first answer (say, the progress was
      // reset mid-quiz): then it must not count as a first-try success.
      if (!known && d.firstTry === false) next.lessons[d.lesson!].quiz[d.question!].firstTry = false;
      return next;
    };
  }
  if (type === EXERCISE_CHANGED) {
    const d = detail as Partial<ExerciseChangedDetail>;
    if (!isSlug(d.lesson) || !isSlug(d.exercise) || (d.state !== 'solved' && d.state !== 'unsolved')) return null;
    return (core, p, at) => core.recordExercise(p, d.lesson!, d.exercise!, d.state === 'solved' ? 'solved' : 'started', at);
  }
  if (type === CUSTOM_EXERCISE_CHANGED) {
    const d = detail as Partial<CustomExerciseChangedDetail>;
    if (typeof d.id !== 'string' || !/^custom-[0-9a-z]{1,16}$/.test(d.id) || typeof d.title !== 'string' || (d.state !== 'solved' && d.state !== 'unsolved')) return null;
    return (core, p, at) => core.recordCustomExercise(p, d.id!, d.title!, d.state === 'solved' ? 'solved' : 'started', at);
  }
  return null;
}

const NOT_LOADED: ProgressState = { loaded: false, progress: null, notice: null };

export class ProgressStore {
  private state: ProgressState = NOT_LOADED;
  private readonly listeners = new Set<() => void>();
  private queue: Change[] = [];
  private core: ProgressCore | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** False when storage is unavailable or a damaged value could not be set aside. */
  private writable = true;
  /** The stored value as we last read or wrote it: anything else there came from another tab. */
  private lastRaw: string | null = null;
  private generation: string | null = null;
  private listening = false;
  private loading = false;
  private readyWaiters: Array<() => void> = [];

  constructor(private readonly env: StoreEnv) {}

  // --- React (useSyncExternalStore) -----------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): ProgressState => this.state;
  getServerSnapshot = (): ProgressState => NOT_LOADED;

  // --- Life cycle -------------------------------------------------------------------------------

  /**
   * Listens to the page's events (idempotent). The page's store does this as soon as its module
   * runs, before hydration, so no event a component dispatches in its first effect is missed;
   * they wait in a queue until storage has been read.
   */
  listen() {
    if (this.listening) return;
    this.listening = true;
    const { target } = this.env;
    const onEvent = (event: Event) => {
      const change = changeFromEvent(event.type, (event as CustomEvent).detail);
      if (change) this.apply(change);
    };
    for (const type of [QUIZ_ANSWERED, EXERCISE_CHANGED, CUSTOM_EXERCISE_CHANGED, STEP_VISITED]) target.addEventListener(type, onEvent);
    target.addEventListener('storage', (event) => this.onStorage(event as StorageEvent));
    target.addEventListener('pagehide', () => this.flush());
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') this.flush();
      });
    }
  }

  /** Reads storage (once, after hydration: <ProgressRoot/> calls it from an effect). */
  connect = (): void => {
    this.listen();
    if (this.loading) return;
    this.loading = true;
    this.env.loadCore().then(
      (core) => {
        this.core = core;
        this.load();
      },
      () => {
        this.loading = false;
        this.setState({ ...this.state, notice: { kind: 'alert', text: 'Your progress could not be loaded on this page (a part of the site did not load). Reload the page to try again; nothing was changed.' } });
      },
    );
  };

  /** Resolves once storage has been read (at once if it has). */
  ready(): Promise<void> {
    if (this.state.loaded) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  // --- Reading and writing storage ----------------------------------------------------------------

  private storage() {
    try {
      return this.env.storage();
    } catch {
      return null;
    }
  }

  /** Reads storage (setting aside what does not read), then applies what was heard meanwhile. */
  private load() {
    const core = this.core!;
    const storage = this.storage();
    let raw: string | null = null;
    let notice: ProgressNotice | null = null;
    if (!storage) {
      this.writable = false;
      notice = { kind: 'alert', text: 'This browser does not let Layerwise keep your progress (site storage is blocked), so it will not be remembered after you leave.' };
    } else {
      try {
        raw = storage.getItem(STORAGE_KEY);
        this.generation = storage.getItem(GENERATION_KEY);
      } catch {
        this.writable = false;
        notice = { kind: 'alert', text: 'Your saved progress could not be read from this browser, so it is left as it was and nothing new will be saved on this page.' };
      }
    }
    const read = core.parseProgress(raw);
    let progress = read.progress;
    if (read.setAside !== null && !this.keepAside(read.setAside)) {
      this.writable = false;
      notice = { kind: 'alert', text: `${read.notice} The browser's storage is full, so the saved data is left exactly as it was and nothing new will be saved until there is room.` };
    } else if (read.notice) {
      notice = { kind: read.setAside !== null ? 'alert' : 'status', text: read.notice };
    }
    this.lastRaw = raw;
    const at = this.env.now();
    for (const change of this.queue) progress = change(core, progress, at);
    this.queue = [];
    this.setState({ loaded: true, progress, notice });
    // Migrated or cleaned data is written back at once, so the notice is shown once, not on every page.
    if (read.notice !== null || progress !== read.progress) this.write();
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private keepAside(value: string): boolean {
    try {
      this.storage()!.setItem(`${SET_ASIDE_PREFIX}:${this.env.now()}`, value);
      return true;
    } catch {
      return false;
    }
  }

  private onStorage(event: StorageEvent) {
    if (!this.core || !this.state.progress) return; // load() reads the latest value anyway
    if (event.key === GENERATION_KEY) {
      // Another tab reset or imported: take its progress as it is.
      this.generation = event.newValue;
      this.cancelWrite();
      this.replaceFromStorage();
    } else if (event.key === STORAGE_KEY) {
      this.lastRaw = event.newValue;
      const merged = this.core.mergeProgress(this.state.progress, event.newValue);
      if (merged !== this.state.progress) this.setState({ ...this.state, progress: merged });
    }
  }

  private replaceFromStorage() {
    let raw: string | null = null;
    try {
      raw = this.storage()?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return;
    }
    const read = this.core!.parseProgress(raw);
    if (read.setAside !== null) return; // not ours to judge here: load() in the next page sets it aside
    this.lastRaw = raw;
    this.setState({ ...this.state, progress: read.progress });
  }

  private schedule() {
    this.dirty = true;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.env.debounceMs);
  }

  private cancelWrite() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }

  /** Writes now if anything is waiting (also on pagehide). */
  flush = () => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirty && this.state.progress) this.write();
  };

  /** Merges in what another tab stored since we last looked, then stores the result. */
  private write() {
    this.dirty = false;
    const core = this.core;
    const storage = this.storage();
    if (!core || !storage || !this.writable || !this.state.progress) return;
    let progress = this.state.progress;
    try {
      const generation = storage.getItem(GENERATION_KEY);
      const stored = storage.getItem(STORAGE_KEY);
      if (generation !== this.generation) {
        // Reset or import elsewhere, and we have not heard yet: theirs stands.
        this.generation = generation;
        this.replaceFromStorage();
        return;
      }
      if (stored !== this.lastRaw && stored !== null) {
        const read = core.parseProgress(stored);
        if (read.setAside !== null && !this.keepAside(read.setAside)) return;
        progress = core.mergeProgress(progress, stored);
      }
      const raw = core.serializeProgress(progress);
      if (raw !== stored) storage.setItem(STORAGE_KEY, raw);
      this.lastRaw = raw;
      if (progress !== this.state.progress) this.setState({ ...this.state, progress });
    } catch {
      this.setState({ ...this.state, notice: { kind: 'alert', text: 'Your latest progress could not be saved: the browser refused (its storage may be full). What was saved before is unchanged.' } });
    }
  }

  // --- Changes ----------------------------------------------------------------------------------

  private setState(next: ProgressState) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  private apply(change: Change) {
    if (!this.core || !this.state.progress) {
      this.queue.push(change);
      return;
    }
    const next = change(this.core, this.state.progress, this.env.now());
    if (next === this.state.progress) return;
    this.setState({ ...this.state, progress: next });
    this.schedule();
  }

  /** Reset and import: the new progress is stored at once and replaces it in every tab. */
  private replace(progress: Progress): boolean {
    const storage = this.storage();
    // Nothing changes unless it can be stored: the page then says so.
    if (!this.core || !this.state.loaded || !storage || !this.writable) return false;
    try {
      const raw = this.core.serializeProgress(progress);
      storage.setItem(STORAGE_KEY, raw);
      this.cancelWrite();
      this.lastRaw = raw;
      this.setState({ ...this.state, progress });
      this.generation = this.env.newGeneration();
      storage.setItem(GENERATION_KEY, this.generation);
      return true;
    } catch {
      this.setState({ ...this.state, notice: { kind: 'alert', text: 'The browser refused to save your progress (its storage may be full).' } });
      return false;
    }
  }

  dismissNotice = () => this.setState({ ...this.state, notice: null });

  saveDraft(lesson: string, snapshot: WorkspaceSnapshot) {
    if (isSlug(lesson)) this.apply((core, p, at) => core.saveDraft(p, lesson, snapshot, at));
  }

  clearDraft(lesson: string) {
    this.apply((core, p) => core.clearDraft(p, lesson));
  }

  /** null before load (await ready()) and when the lesson has no draft. */
  draftOf(lesson: string): WorkspaceSnapshot | null {
    return this.core && this.state.progress ? this.core.draftOf(this.state.progress, lesson) : null;
  }

  recordExam(seed: number, score: number, total: number) {
    this.apply((core, p, at) => core.recordExam(p, seed, score, total, at));
  }

  /** Status of each lesson, or null until storage was read. */
  statuses(outlines: readonly LessonOutline[]): Map<string, LessonStatus> | null {
    if (!this.core || !this.state.progress) return null;
    return new Map(this.core.courseMap(this.state.progress, outlines).map((s) => [s.slug, s.status]));
  }

  /** The export file's text, or null before load. */
  exportText(): string | null {
    return this.core && this.state.progress ? this.core.exportProgress(this.state.progress, this.env.now()) : null;
  }

  /** Checks a file; changes nothing (the page asks the learner, then calls importReplace or importMerge). */
  checkImport(text: string): ImportResult {
    if (!this.core) return { ok: false, message: 'Progress has not loaded yet on this page. Try again in a moment; nothing was changed.' };
    return this.core.importProgress(text);
  }

  importReplace(progress: Progress): boolean {
    return this.replace(progress);
  }

  /** Adds the file's progress to this browser's: nothing either held is lost. */
  importMerge(progress: Progress): boolean {
    if (!this.core || !this.state.progress) return false;
    return this.replace(this.core.mergeProgress(this.state.progress, this.core.serializeProgress(progress)));
  }

  reset(): boolean {
    if (!this.core) return false;
    return this.replace(this.core.resetProgress());
  }
}

function browserEnv(): StoreEnv {
  return {
    storage: () => window.localStorage,
    target: typeof window === 'undefined' ? new EventTarget() : window,
    now: () => new Date().toISOString(),
    loadCore: () => import('@/lib/progress/progress'),
    debounceMs: 400,
    newGeneration: () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
  };
}

/** The page's one store; it listens from the moment this module runs in the browser. */
export const progressStore = new ProgressStore(browserEnv());
if (typeof window !== 'undefined') progressStore.listen();
