import { describe, expect, it } from 'vitest';
import { projectSnapshot } from '@/lib/workspace/projects';
import {
  clearDraft,
  courseMap,
  draftOf,
  emptyProgress,
  exportProgress,
  importProgress,
  lessonStatus,
  mergeProgress,
  parseProgress,
  recordExam,
  recordCustomExercise,
  recordExercise,
  recordQuizAnswer,
  recordVisit,
  resetProgress,
  saveDraft,
  serializeProgress,
  type Progress,
} from './progress';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-02T10:00:00.000Z';

function sample(): Progress {
  let p = emptyProgress();
  p = recordVisit(p, 'from', 'first-instruction');
  p = recordVisit(p, 'from', 'first-instruction');
  p = recordQuizAnswer(p, 'from', 'what-from-does', false, T1);
  p = recordQuizAnswer(p, 'from', 'what-from-does', true, T2);
  p = recordExercise(p, 'from', 'start-with-from', 'started', T1, 1);
  p = saveDraft(p, 'from', projectSnapshot('python-app'), T1);
  return p;
}

describe('recording', () => {
  it('visits once, keeps the first try, moves exercise states forward only', () => {
    let p = sample();
    expect(p.lessons.from.visited).toEqual(['first-instruction']);
    expect(p.lessons.from.quiz['what-from-does']).toEqual({ firstTry: false, attempts: 2, solved: true, revealed: false, at: T1 });
    p = recordExercise(p, 'from', 'start-with-from', 'solved', T2);
    p = recordExercise(p, 'from', 'start-with-from', 'started', T2);
    expect(p.lessons.from.exercises['start-with-from']).toEqual({ state: 'solved', hintsShown: 1, at: T2 });
    const revealed = recordQuizAnswer(emptyProgress(), 'from', 'q', false, T1, true);
    expect(revealed.lessons.from.quiz.q).toMatchObject({ firstTry: false, solved: false, revealed: true });
  });

  it('drafts are workspace snapshots, per lesson', () => {
    const p = sample();
    expect(draftOf(p, 'from')?.files['main.py']).toBeDefined();
    expect(draftOf(clearDraft(p, 'from'), 'from')).toBeNull();
    expect(draftOf(p, 'workdir')).toBeNull();
  });

  it('exams are kept (the last 50)', () => {
    let p = emptyProgress();
    for (let i = 0; i < 55; i++) p = recordExam(p, i, 10, 20, `2026-12-01T10:00:${String(i).padStart(2, '0')}.000Z`);
    expect(p.exams).toHaveLength(50);
    expect(p.exams[0].seed).toBe(5);
  });
});

describe('parseProgress', () => {
  it('round-trips, and empty storage is a fresh start', () => {
    const p = sample();
    expect(parseProgress(serializeProgress(p))).toEqual({ progress: p, notice: null, setAside: null });
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), notice: null, setAside: null });
  });

  it('damaged JSON, a non-object or a future version is set aside whole, with a notice, never thrown', () => {
    for (const raw of ['{"version":1,', '[1,2]', '"text"', 'null', JSON.stringify({ version: 99, lessons: {} }), JSON.stringify({ version: 'x' })]) {
      const read = parseProgress(raw);
      expect(read.progress).toEqual(emptyProgress());
      expect(read.setAside).toBe(raw === 'null' ? 'null' : raw);
      expect(read.notice).toMatch(/kept/);
    }
  });

  it('migrates the unversioned format (visited steps and solved exercises)', () => {
    const read = parseProgress(JSON.stringify({ visited: { from: ['first-instruction', 'BAD ID'], workdir: 'nope' }, solved: { from: ['start-with-from'] }, theme: 'dark' }));
    expect(read.setAside).toBeNull();
    expect(read.notice).toContain('brought up to date');
    expect(read.progress.lessons.from).toEqual({ visited: ['first-instruction'], quiz: {}, exercises: { 'start-with-from': { state: 'solved', hintsShown: 0, at: 'migrated' } } });
    expect(read.progress.lessons.workdir).toBeUndefined();
  });

  it('a damaged lesson is set aside; other lessons and the good parts of it are kept', () => {
    const good = sample();
    const raw = JSON.stringify({ ...good, lessons: { ...good.lessons, workdir: { visited: ['what-workdir-does'], quiz: { q: { firstTry: 'yes' } } } } });
    const read = parseProgress(raw);
    expect(read.progress.lessons.from).toEqual(good.lessons.from);
    expect(read.progress.lessons.workdir).toEqual({ visited: ['what-workdir-does'], quiz: {}, exercises: {} });
    expect(read.notice).toContain('workdir');
    expect(JSON.parse(read.setAside!)).toEqual({ workdir: { visited: ['what-workdir-does'], quiz: { q: { firstTry: 'yes' } } } });
  });

  it('a draft that is not a workspace is dropped and set aside, the rest of the lesson kept', () => {
    const good = sample();
    const raw = JSON.stringify({ ...good, lessons: { from: { ...good.lessons.from, draft: { snapshot: { version: 1, files: { '../etc/passwd': { content: 'x' } } }, savedAt: T1 } } } });
    const read = parseProgress(raw);
    expect(read.progress.lessons.from.draft).toBeUndefined();
    expect(read.progress.lessons.from.visited).toEqual(['first-instruction']);
    expect(read.setAside).toContain('from.draft');
  });
});

describe('mergeProgress (another tab)', () => {
  it('keeps what either tab recorded; the earlier first try and the newer draft win', () => {
    const mine = sample();
    let theirs = emptyProgress();
    theirs = recordVisit(theirs, 'from', 'pulled-at-build-time');
    theirs = recordVisit(theirs, 'workdir', 'what-workdir-does');
    theirs = recordQuizAnswer(theirs, 'from', 'what-from-does', true, '2026-11-30T00:00:00.000Z');
    theirs = recordExercise(theirs, 'from', 'start-with-from', 'solved', T2);
    theirs = saveDraft(theirs, 'from', projectSnapshot('hello-world'), T2);
    const merged = mergeProgress(mine, serializeProgress(theirs));
    expect(merged.lessons.from.visited).toEqual(['first-instruction', 'pulled-at-build-time']);
    expect(merged.lessons.workdir.visited).toEqual(['what-workdir-does']);
    expect(merged.lessons.from.quiz['what-from-does']).toMatchObject({ firstTry: true, attempts: 2, solved: true });
    expect(merged.lessons.from.exercises['start-with-from'].state).toBe('solved');
    expect(draftOf(merged, 'from')?.files['python/hello_world/main.py']).toBeDefined();
  });

  it('an unreadable value from the other tab changes nothing', () => {
    const mine = sample();
    expect(mergeProgress(mine, '{broken')).toBe(mine);
    expect(mergeProgress(mine, null)).toBe(mine);
  });
});

describe('export, import, reset', () => {
  it('export then import gives the same progress', () => {
    const p = sample();
    expect(importProgress(exportProgress(p, T2))).toEqual({ ok: true, progress: p, notice: null });
  });

  it('a bad file gets a clear message', () => {
    expect(importProgress('not json')).toEqual({ ok: false, message: 'This file is not a Layerwise progress export (it is not JSON). Nothing was changed.' });
    expect(importProgress('{"some":"json"}')).toMatchObject({ ok: false, message: expect.stringContaining('not a Layerwise progress export') });
    expect(importProgress(JSON.stringify({ format: 'layerwise-progress', progress: { version: 7 } }))).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was changed') });
    expect(importProgress(JSON.stringify({ format: 'layerwise-progress', progress: { version: 1, lessons: { from: { visited: 3 } } } }))).toMatchObject({ ok: false });
    expect(importProgress(JSON.stringify({ format: 'layerwise-progress' }))).toMatchObject({ ok: false });
  });

  it('reset forgets everything', () => {
    expect(resetProgress()).toEqual(emptyProgress());
  });
});

describe('course map', () => {
  const from = { slug: 'from', stepIds: ['first-instruction', 'recap'], exerciseIds: ['start-with-from'], questionIds: ['what-from-does'] };
  it('not started, in progress, done', () => {
    expect(lessonStatus(emptyProgress(), from)).toBe('not-started');
    let p = sample();
    expect(lessonStatus(p, from)).toBe('in-progress');
    p = recordVisit(p, 'from', 'recap');
    p = recordExercise(p, 'from', 'start-with-from', 'solved', T2);
    expect(lessonStatus(p, from)).toBe('done');
    expect(courseMap(p, [from, { ...from, slug: 'workdir' }])).toEqual([
      { slug: 'from', status: 'done' },
      { slug: 'workdir', status: 'not-started' },
    ]);
  });
});

describe('custom exercises (no lesson: kept by content id)', () => {
  const ID = 'custom-1a2b3c';

  it('are recorded forward only, with their title, and survive export, import and a merge', () => {
    let p = recordCustomExercise(emptyProgress(), ID, 'Set the WORKDIR', 'started', T1);
    p = recordCustomExercise(p, ID, 'Set the WORKDIR', 'solved', T2);
    p = recordCustomExercise(p, ID, 'Set the WORKDIR', 'started', T2);
    expect(p.custom[ID]).toEqual({ state: 'solved', hintsShown: 0, at: T2, title: 'Set the WORKDIR' });
    expect(parseProgress(serializeProgress(p)).progress).toEqual(p);
    const imported = importProgress(exportProgress(p, T2));
    expect(imported.ok && imported.progress.custom[ID].state).toBe('solved');
    const other = recordCustomExercise(emptyProgress(), 'custom-zz', 'Other', 'started', T1);
    expect(Object.keys(mergeProgress(other, serializeProgress(p)).custom).sort()).toEqual([ID, 'custom-zz']);
    expect(mergeProgress(recordCustomExercise(emptyProgress(), ID, 'Set the WORKDIR', 'started', T1), serializeProgress(p)).custom[ID].state).toBe('solved');
  });

  it('progress saved before custom exercises existed still reads, unchanged and without a notice', () => {
    const old = JSON.stringify({ version: 1, lessons: { from: { visited: ['recap'], quiz: {}, exercises: {} } }, exams: [] });
    const read = parseProgress(old);
    expect(read).toMatchObject({ notice: null, setAside: null });
    expect(read.progress.custom).toEqual({});
    expect(read.progress.lessons.from.visited).toEqual(['recap']);
  });

  it('a damaged custom record is set aside alone: lessons and the other records are kept', () => {
    const good = recordCustomExercise(sample(), ID, 'Fine', 'solved', T1);
    const raw = JSON.parse(serializeProgress(good));
    raw.custom['custom-bad'] = { state: 'finished', at: T1 };
    raw.custom['Not An Id'] = { state: 'solved', at: T1 };
    const read = parseProgress(JSON.stringify(raw));
    expect(read.progress.custom).toEqual({ [ID]: good.custom[ID] });
    expect(read.progress.lessons.from.visited).toEqual(['first-instruction']);
    expect(read.notice).toContain('custom.custom-bad');
    expect(JSON.parse(read.setAside!)).toMatchObject({ 'custom.custom-bad': { state: 'finished' }, 'custom.Not An Id': { state: 'solved' } });
    const notObject = parseProgress(JSON.stringify({ ...JSON.parse(serializeProgress(good)), custom: 'oops' }));
    expect(notObject.progress.custom).toEqual({});
    expect(notObject.progress.lessons.from.visited).toEqual(['first-instruction']);
    expect(JSON.parse(notObject.setAside!)).toEqual({ custom: 'oops' });
  });
});
