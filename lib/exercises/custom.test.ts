import fs from 'node:fs';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import { checksum } from '@/lib/workbench/share';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import { checkExercise, solutionSnapshot, startSnapshot, startWorkspace } from './index';
import { loadCourseExercises } from './load';
import {
  CUSTOM_FORMAT,
  CUSTOM_MAX_LENGTH,
  customExerciseFileText,
  customExerciseId,
  customExerciseSchema,
  customFromExercise,
  decodeCustomHash,
  encodeCustomHash,
  parseCustomExerciseFile,
  readCustomExercise,
  type CustomExerciseInput,
} from './custom';

const START = 'FROM python:3.12-slim\nCOPY . /app\nRUN cd /app && pip install -r requirements.txt\nCMD ["python", "/app/main.py"]\n';
const SOLUTION = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n';

function input(extra: Partial<CustomExerciseInput> = {}): CustomExerciseInput {
  return {
    layerwise: CUSTOM_FORMAT,
    title: 'Set the working directory',
    start: { project: 'python-app', files: { Dockerfile: START } },
    goals: [{ kind: 'workdir', path: '/app' }],
    hints: ['WORKDIR sets the directory for every later instruction.'],
    solution: { files: { Dockerfile: SOLUTION } },
    ...extra,
  };
}

const valid = () => customExerciseSchema.parse(input());

function refused(value: unknown): string {
  const read = readCustomExercise(value);
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.message;
}

describe('custom exercise links', () => {
  it('round-trips through the link and the file, with the same id', () => {
    const custom = valid();
    const hash = encodeCustomHash(custom);
    expect(hash).toMatch(/^#exercise=x1\.[0-9a-z]+\.[A-Za-z0-9+\-$]+$/);
    const back = decodeCustomHash(hash);
    expect(back).toMatchObject({ ok: true, custom });
    const file = parseCustomExerciseFile(customExerciseFileText(custom));
    expect(file).toMatchObject({ ok: true, custom });
    if (!file.ok || !('custom' in back) || !back.ok) throw new Error('unreachable');
    expect(file.exercise.id).toBe(back.exercise.id);
    expect(file.exercise.id).toMatch(/^custom-[0-9a-z]+$/);
    // Key order and left-out defaults do not change the id; the content does.
    const reordered = customExerciseSchema.parse({ solution: input().solution, goals: input().goals, title: input().title, start: input().start, layerwise: CUSTOM_FORMAT, hints: input().hints });
    expect(customExerciseId(reordered)).toBe(customExerciseId(custom));
    expect(customExerciseId(customExerciseSchema.parse(input({ title: 'Another title' })))).not.toBe(customExerciseId(custom));
  });

  it('ignores other hashes; refuses truncated, corrupt, oversized and unknown-version links with a message', () => {
    expect(decodeCustomHash('#workspace=w1.abc.def')).toEqual({ kind: 'none' });
    expect(decodeCustomHash('')).toEqual({ kind: 'none' });
    const hash = encodeCustomHash(valid());
    const truncated = decodeCustomHash(hash.slice(0, hash.length - 12));
    expect(truncated).toEqual({ ok: false, message: expect.stringContaining('damaged or incomplete') });
    const [head, sum, payload] = hash.split('.');
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    expect(decodeCustomHash(`${head}.${sum}.${flipped}`)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
    expect(decodeCustomHash(`${head}.zzzz.${payload}`)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
    expect(decodeCustomHash(hash.replace('=x1.', '=x9.'))).toEqual({ ok: false, message: expect.stringContaining('format this version of Layerwise does not know ("x9")') });
    const huge = JSON.stringify({ ...input(), hints: ['x'.repeat(CUSTOM_MAX_LENGTH)] });
    expect(decodeCustomHash(`#exercise=x1.${checksum(huge)}.${LZString.compressToEncodedURIComponent(huge)}`)).toEqual({ ok: false, message: expect.stringContaining('too large') });
    // A well-formed link whose exercise is invalid names the field.
    const bad = JSON.stringify({ ...input(), goals: [{ kind: 'exposes', port: 'eighty' }] });
    expect(decodeCustomHash(`#exercise=x1.${checksum(bad)}.${LZString.compressToEncodedURIComponent(bad)}`)).toEqual({ ok: false, message: expect.stringContaining('goals.0.port: ') });
  });
});

describe('custom exercise files', () => {
  it('refuses what is not an exercise, naming the field that is wrong', () => {
    expect(parseCustomExerciseFile('{ not json')).toEqual({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseCustomExerciseFile('[]')).toEqual({ ok: false, message: expect.stringContaining('not a JSON object') });
    expect(parseCustomExerciseFile('x'.repeat(CUSTOM_MAX_LENGTH + 1))).toEqual({ ok: false, message: expect.stringContaining('too large') });
    const { layerwise: _f, ...noFormat } = input();
    void _f;
    expect(refused(noFormat)).toContain('"layerwise": "exercise/1"');
    expect(refused({ ...input(), layerwise: 'exercise/7' })).toContain('does not know ("layerwise": "exercise/7"');
    expect(refused({ ...input(), goals: [{ kind: 'exposes', port: 'eighty' }] })).toMatch(/goals\.0\.port: .*expected number/);
    expect(refused({ ...input(), goals: [{ kind: 'exposes', port: 70000 }] })).toContain('goals.0.port: ');
    expect(refused({ ...input(), goals: [{ kind: 'no-such-goal' }] })).toContain('goals.0.kind: ');
    expect(refused({ ...input(), goals: [] })).toContain('goals: ');
    expect(refused({ ...input(), goals: [{ kind: 'exposes' }] })).toContain('goals.0.port: required (a number) but missing');
    expect(refused({ ...input(), goals: [{ kind: 'workdir', path: '/app', colour: 'red' }] })).toContain('goals.0');
    expect(refused({ ...input(), start: { project: 'no-such-project' } })).toMatch(/start\.project: a preloaded project: one of .*python-app/);
    expect(refused({ ...input(), start: { project: 'python-app', files: { '../etc/passwd': 'x' } } })).toContain('start.files');
    expect(refused({ ...input(), start: { project: 'python-app', files: { Dockerfile: { file: 'start.Dockerfile' } } } })).toContain('start.files.Dockerfile: ');
    expect(refused({ ...input(), solution: { files: {} } })).toContain('solution.files: the solution changes at least one file');
    expect(refused({ ...input(), lesson: 'workdir' })).toContain('lesson');
    expect(refused({ ...input(), title: 'x' })).toContain('title: ');
    expect(refused({ ...input(), start: { project: 'python-app', remove: ['nope.txt'] } })).toContain('start: ');
  });

  it('accepts every goal kind with its parameters', () => {
    const command = 'docker build -t app .';
    const goals = [
      { kind: 'base-image', image: 'python', pinned: true, tag: '3.12-slim', label: 'Starts from python 3.12' },
      { kind: 'workdir', path: '/app' },
      { kind: 'cmd-exec-form', runs: ['python', 'main.py'] },
      { kind: 'exposes', port: 8000, protocol: 'udp', only: true },
      { kind: 'no-diagnostic', codes: ['DL3003', 'DL3006'] },
      { kind: 'deps-before-source', manifest: 'requirements.txt' },
      { kind: 'max-layers', max: 4 },
      { kind: 'build-succeeds', command, cwd: '.' },
      { kind: 'deps-cached-after-edit', command, edit: 'main.py', step: 'pip install' },
      { kind: 'image-has-files', command, paths: ['/app/main.py'] },
      { kind: 'container-runs', argv: ['python', 'main.py'], workdir: '/app', command },
    ];
    const read = readCustomExercise({ ...input(), goals });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.exercise.goals.map((g) => g.kind)).toEqual(goals.map((g) => g.kind));
    expect(read.exercise.goals[3]).toMatchObject({ port: 8000, protocol: 'udp', only: true });
    // Checked like a course exercise: the start fails, the solution meets the workdir goal.
    const report = checkExercise(read.exercise, startWorkspace(read.exercise));
    expect(report.goals[1].met).toBe(false);
    const solved = checkExercise(read.exercise, workspaceFromSnapshot(solutionSnapshot(read.exercise, startSnapshot(read.exercise))));
    expect(solved.goals[1].met).toBe(true);
  });
});

describe('every course exercise as a custom exercise', () => {
  const exercises = loadCourseExercises(loadCourse());

  it.each(exercises.map((e) => [e.id, e] as const))('%s validates, fails at the start and is solved by its solution', (_id, exercise) => {
    const custom = customFromExercise(exercise);
    const file = parseCustomExerciseFile(customExerciseFileText(custom));
    expect(file.ok, file.ok ? '' : file.message).toBe(true);
    const link = decodeCustomHash(encodeCustomHash(custom));
    expect('ok' in link && link.ok).toBe(true);
    if (!file.ok) return;
    const start = startSnapshot(file.exercise);
    expect(checkExercise(file.exercise, workspaceFromSnapshot(start)).solved).toBe(false);
    expect(checkExercise(file.exercise, workspaceFromSnapshot(solutionSnapshot(file.exercise, start))).solved).toBe(true);
  });
});

it('the README example is a valid exercise, solved by its solution', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const block = /### Custom exercises[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  const read = parseCustomExerciseFile(block ?? '');
  expect(read.ok, read.ok ? '' : read.message).toBe(true);
  if (!read.ok) return;
  const start = startSnapshot(read.exercise);
  expect(checkExercise(read.exercise, workspaceFromSnapshot(start)).solved).toBe(false);
  expect(checkExercise(read.exercise, workspaceFromSnapshot(solutionSnapshot(read.exercise, start))).solved).toBe(true);
});
