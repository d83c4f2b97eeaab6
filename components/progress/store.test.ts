import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@/lib/progress/progress';
import { projectSnapshot } from '@/lib/workspace/projects';
import { CUSTOM_EXERCISE_CHANGED, EXERCISE_CHANGED, QUIZ_ANSWERED, STEP_VISITED } from './events';
import { changeFromEvent, GENERATION_KEY, ProgressStore, SET_ASIDE_PREFIX, STORAGE_KEY, type StoreEnv } from './store';

class MemoryStorage {
  readonly data = new Map<string, string>();
  /** Keys whose writes the "browser" refuses (quota). */
  refuse: (key: string) => boolean = () => false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse(key)) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

let clock = 0;
function makeStore(storage: MemoryStorage | null = new MemoryStorage()) {
  const target = new EventTarget();
  const env: StoreEnv = {
    storage: () => storage,
    target,
    now: () => new Date(Date.UTC(2026, 11, 1, 10, 0, clock++)).toISOString(),
    loadCore: async () => core,
    debounceMs: 400,
    newGeneration: () => `gen-${clock++}`,
  };
  const store = new ProgressStore(env);
  store.listen();
  const emit = (type: string, detail: unknown) => target.dispatchEvent(new CustomEvent(type, { detail }));
  /** What a browser does in the other tabs when one tab writes. */
  const storageEvent = (key: string, newValue: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
  return { store, storage, emit, storageEvent };
}

async function connected(storage?: MemoryStorage | null) {
  const tab = makeStore(storage);
  tab.store.connect();
  await tab.store.ready();
  return tab;
}

const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem(STORAGE_KEY)!) as core.Progress;

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

describe('events', () => {
  it('the keys are the core’s', () => {
    expect(STORAGE_KEY).toBe(core.PROGRESS_KEY);
    expect(SET_ASIDE_PREFIX).toBe(core.SET_ASIDE_KEY);
  });

  it('details that could damage saved data are ignored', () => {
    expect(changeFromEvent(STEP_VISITED, { lesson: 'from', step: 'Bad Id' })).toBeNull();
    expect(changeFromEvent(STEP_VISITED, { lesson: '__proto__', step: 'x' })).toBeNull();
    expect(changeFromEvent(STEP_VISITED, null)).toBeNull();
    expect(changeFromEvent(QUIZ_ANSWERED, { lesson: 'from', question: 'q', correct: 'yes' })).toBeNull();
    expect(changeFromEvent(EXERCISE_CHANGED, { lesson: 'from', exercise: 'e', state: 'done' })).toBeNull();
    expect(changeFromEvent('click', { lesson: 'from', step: 'x' })).toBeNull();
    expect(changeFromEvent(CUSTOM_EXERCISE_CHANGED, { id: '__proto__', title: 'x', state: 'solved' })).toBeNull();
    expect(changeFromEvent(CUSTOM_EXERCISE_CHANGED, { id: 'custom-abc', title: 7, state: 'solved' })).toBeNull();
    expect(changeFromEvent(CUSTOM_EXERCISE_CHANGED, { id: 'custom-abc', title: 'A title', state: 'solved' })).not.toBeNull();
    expect(changeFromEvent(STEP_VISITED, { lesson: 'from', step: 'first-instruction' })).not.toBeNull();
  });

  it('what is heard before storage is read waits, then is recorded and written (debounced)', async () => {
    const { store, storage, emit } = makeStore();
    emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    emit(QUIZ_ANSWERED, { lesson: 'from', question: 'what-from-does', correct: true, firstTry: true });
    expect(store.getSnapshot()).toEqual({ loaded: false, progress: null, notice: null });
    store.connect();
    await store.ready();
    const { progress } = store.getSnapshot();
    expect(progress!.lessons.from.visited).toEqual(['first-instruction']);
    expect(progress!.lessons.from.quiz['what-from-does']).toMatchObject({ firstTry: true, solved: true });
    expect(stored(storage!).lessons.from.visited).toEqual(['first-instruction']); // queued changes are written at load

    emit(EXERCISE_CHANGED, { lesson: 'from', exercise: 'start-with-from', state: 'solved' });
    emit(EXERCISE_CHANGED, { lesson: 'from', exercise: 'start-with-from', state: 'unsolved' });
    expect(stored(storage!).lessons.from.exercises).toEqual({});
    vi.advanceTimersByTime(400);
    expect(stored(storage!).lessons.from.exercises['start-with-from'].state).toBe('solved');

    emit(CUSTOM_EXERCISE_CHANGED, { id: 'custom-abc', title: 'Set the WORKDIR', state: 'solved' });
    vi.advanceTimersByTime(400);
    expect(stored(storage!).custom['custom-abc']).toMatchObject({ state: 'solved', title: 'Set the WORKDIR' });
  });

  it('an answer the page says was not the first does not count as a first-try success', async () => {
    const { store, emit } = await connected();
    emit(QUIZ_ANSWERED, { lesson: 'from', question: 'q', correct: true, firstTry: false });
    expect(store.getSnapshot().progress!.lessons.from.quiz.q).toMatchObject({ firstTry: false, solved: true });
  });

  it('pagehide writes at once', async () => {
    const { store, storage, emit } = await connected();
    emit(STEP_VISITED, { lesson: 'copy', step: 'recap' });
    store.flush();
    expect(stored(storage!).lessons.copy.visited).toEqual(['recap']);
  });
});

describe('reading storage', () => {
  it('damaged data is set aside, a notice says so, and the clean progress is written', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,');
    const { store } = await connected(storage);
    expect(store.getSnapshot().notice).toMatchObject({ kind: 'alert', text: expect.stringContaining('kept') });
    const kept = [...storage.data].filter(([k]) => k.startsWith(`${SET_ASIDE_PREFIX}:`));
    expect(kept.map(([, v]) => v)).toEqual(['{"version":1,']);
    expect(stored(storage)).toEqual(core.emptyProgress());
  });

  it('a damaged lesson costs only itself', async () => {
    const storage = new MemoryStorage();
    let good = core.recordVisit(core.emptyProgress(), 'from', 'first-instruction');
    good = core.recordVisit(good, 'workdir', 'recap');
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...good, lessons: { ...good.lessons, workdir: { visited: 42 } } }));
    const { store } = await connected(storage);
    expect(store.getSnapshot().progress!.lessons.from.visited).toEqual(['first-instruction']);
    expect(store.getSnapshot().notice?.text).toContain('workdir');
  });

  it('when the damaged data cannot be kept aside, nothing is ever written over it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    storage.refuse = (key) => key.startsWith(SET_ASIDE_PREFIX);
    const { store, emit } = await connected(storage);
    expect(store.getSnapshot().notice?.text).toMatch(/storage is full/);
    emit(STEP_VISITED, { lesson: 'from', step: 'recap' });
    vi.advanceTimersByTime(1000);
    store.flush();
    expect(store.reset()).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
    expect(store.getSnapshot().progress!.lessons.from.visited).toEqual(['recap']); // this page still works
  });

  it('the unversioned format is brought up to date, with a polite notice', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ visited: { from: ['first-instruction'] } }));
    const { store } = await connected(storage);
    expect(store.getSnapshot().notice).toMatchObject({ kind: 'status', text: expect.stringContaining('brought up to date') });
    expect(stored(storage)).toMatchObject({ version: 1, lessons: { from: { visited: ['first-instruction'] } } });
  });

  it('blocked storage: the page works, the learner is told it will not be remembered', async () => {
    const { store, emit } = await connected(null);
    expect(store.getSnapshot().notice?.text).toMatch(/blocked/);
    emit(STEP_VISITED, { lesson: 'from', step: 'recap' });
    expect(store.getSnapshot().progress!.lessons.from.visited).toEqual(['recap']);
  });
});

describe('two tabs', () => {
  it('a change in another tab is merged in, and neither tab loses what it recorded', async () => {
    const storage = new MemoryStorage();
    const a = await connected(storage);
    const b = await connected(storage);
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    b.emit(STEP_VISITED, { lesson: 'from', step: 'recap' });
    a.store.flush();
    b.storageEvent(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.getSnapshot().progress!.lessons.from.visited).toEqual(['recap', 'first-instruction']);
    b.store.flush();
    expect(stored(storage).lessons.from.visited.sort()).toEqual(['first-instruction', 'recap']);
  });

  it('a write merges with what another tab stored even if its event has not arrived', async () => {
    const storage = new MemoryStorage();
    const a = await connected(storage);
    const b = await connected(storage);
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    a.store.flush();
    b.emit(STEP_VISITED, { lesson: 'copy', step: 'recap' });
    b.store.flush();
    expect(Object.keys(stored(storage).lessons).sort()).toEqual(['copy', 'from']);
  });

  it('a reset in another tab is not undone by this tab’s next write', async () => {
    const storage = new MemoryStorage();
    const a = await connected(storage);
    const b = await connected(storage);
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    a.store.flush();
    b.storageEvent(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.reset()).toBe(true);
    // Tab a writes before it hears of the reset: the reset stands.
    a.emit(STEP_VISITED, { lesson: 'from', step: 'recap' });
    a.store.flush();
    expect(stored(storage)).toEqual(core.emptyProgress());
    expect(a.store.getSnapshot().progress).toEqual(core.emptyProgress());
    // And when the events do arrive, nothing changes back.
    a.storageEvent(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    a.storageEvent(GENERATION_KEY, storage.getItem(GENERATION_KEY));
    expect(a.store.getSnapshot().progress).toEqual(core.emptyProgress());
  });
});

describe('export, import, reset, drafts', () => {
  it('export then import (replace) on a fresh browser restores the progress', async () => {
    const a = await connected();
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    a.emit(QUIZ_ANSWERED, { lesson: 'from', question: 'q', correct: false, firstTry: true });
    const file = a.store.exportText()!;
    const b = await connected();
    const check = b.store.checkImport(file);
    expect(check.ok).toBe(true);
    expect(b.store.getSnapshot().progress).toEqual(core.emptyProgress()); // checking changes nothing
    if (check.ok) expect(b.store.importReplace(check.progress)).toBe(true);
    expect(stored(b.storage!)).toEqual(a.store.getSnapshot().progress);
  });

  it('import (add) keeps what this browser had', async () => {
    const a = await connected();
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    const b = await connected();
    b.emit(STEP_VISITED, { lesson: 'copy', step: 'recap' });
    const check = b.store.checkImport(a.store.exportText()!);
    if (!check.ok) throw new Error(check.message);
    b.store.importMerge(check.progress);
    expect(Object.keys(stored(b.storage!).lessons).sort()).toEqual(['copy', 'from']);
  });

  it('a bad file is refused with a message and changes nothing', async () => {
    const a = await connected();
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    a.store.flush();
    const before = a.storage!.getItem(STORAGE_KEY);
    expect(a.store.checkImport('{"hello":1}')).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was changed') });
    expect(a.storage!.getItem(STORAGE_KEY)).toBe(before);
  });

  it('reset forgets everything and tells other tabs to replace, not merge', async () => {
    const a = await connected();
    a.emit(STEP_VISITED, { lesson: 'from', step: 'first-instruction' });
    expect(a.store.reset()).toBe(true);
    expect(stored(a.storage!)).toEqual(core.emptyProgress());
    expect(a.storage!.getItem(GENERATION_KEY)).toMatch(/^gen-/);
    vi.advanceTimersByTime(1000); // the pending debounced write does not bring it back
    expect(stored(a.storage!)).toEqual(core.emptyProgress());
  });

  it('drafts for the workspace: saveDraft, draftOf, clearDraft', async () => {
    const { store, storage } = await connected();
    store.saveDraft('from', projectSnapshot('python-app'));
    expect(store.draftOf('from')?.files['main.py']).toBeDefined();
    store.flush();
    expect(stored(storage!).lessons.from.draft).toBeDefined();
    store.clearDraft('from');
    expect(store.draftOf('from')).toBeNull();
  });

  it('statuses for the course map, null until loaded', async () => {
    const outline = { slug: 'from', stepIds: ['a'], exerciseIds: [], questionIds: [] };
    const { store, emit } = makeStore();
    expect(store.statuses([outline])).toBeNull();
    store.connect();
    await store.ready();
    expect(store.statuses([outline])?.get('from')).toBe('not-started');
    emit(STEP_VISITED, { lesson: 'from', step: 'a' });
    expect(store.statuses([outline])?.get('from')).toBe('done');
  });
});
