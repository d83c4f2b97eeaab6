// Every exercise of the course, found in content/lessons/*/exercises/*.json: the data validates,
// the start fails at least one goal, the solution meets them all, the Dockerfiles show exactly the
// diagnostics they declare, and the lesson's <Exercise> tag matches the data.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib';
import { loadCourse } from '@/lib/content/loader';
import { checkExercise, exerciseDockerfile, solutionSnapshot, startSnapshot, startWorkspace } from '@/lib/exercises';
import { loadCourseExercises } from '@/lib/exercises/load';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';

const lessons = loadCourse();
const exercises = loadCourseExercises(lessons);
const codesOf = (source: string) => [...new Set(analyze(source).diagnostics.map((d) => d.code))].sort();

describe('exercises of the course', () => {
  it('has at least 12, and every lesson from FROM on has one', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(12);
    for (const lesson of lessons.filter((l) => l.frontmatter.order >= 3)) {
      expect(exercises.filter((e) => e.lesson === lesson.frontmatter.slug).length, lesson.frontmatter.slug).toBeGreaterThan(0);
    }
  });

  it('ids are unique across the course', () => {
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
  });

  it('the capstone builds, runs and caches the notes project', () => {
    const capstone = exercises.find((e) => e.lesson === 'capstone-fix-the-notes');
    expect(capstone).toBeDefined();
    expect(capstone!.goals.map((g) => g.kind)).toEqual(expect.arrayContaining(['build-succeeds', 'container-runs', 'deps-cached-after-edit']));
  });

  it('every <Exercise> tag has data, and every data file a tag with the same start and solution', () => {
    for (const lesson of lessons) {
      const data = exercises.filter((e) => e.lesson === lesson.frontmatter.slug);
      expect(lesson.exercises.map((x) => x.id).sort(), lesson.file).toEqual(data.map((e) => e.id).sort());
      for (const tag of lesson.exercises) {
        const exercise = data.find((e) => e.id === tag.id)!;
        const ws = startWorkspace(exercise);
        const dockerfile = exerciseDockerfile(exercise, ws)!;
        expect(ws.read(dockerfile), `${tag.id}: start="${tag.startFile}" differs from the exercise's start ${dockerfile}`).toBe(tag.start);
        if (tag.solution !== null) expect(exercise.solution.files[dockerfile], `${tag.id}: solution="${tag.solutionFile}"`).toBe(tag.solution);
        expect(tag.expect.sort()).toEqual([...exercise.start.expect].sort());
        if (exercise.teaches) expect(lesson.steps.map((s) => s.id), `${tag.id}: teaches "${exercise.teaches}"`).toContain(exercise.teaches);
      }
    }
  });

  describe.each(exercises.map((e) => [`${e.lesson}/${e.id}`, e] as const))('%s', (_name, exercise) => {
    it('the start Dockerfile shows exactly the declared diagnostics; the solution is clean', () => {
      const start = startSnapshot(exercise);
      const ws = workspaceFromSnapshot(start);
      const dockerfile = exerciseDockerfile(exercise, ws)!;
      expect(codesOf(ws.read(dockerfile)!)).toEqual([...new Set(exercise.start.expect)].sort());
      const solved = solutionSnapshot(exercise, start).files[dockerfile].content;
      expect(codesOf(solved)).toEqual([]);
    });

    it('the start fails at least one goal', () => {
      const report = checkExercise(exercise, startWorkspace(exercise));
      expect(report.goals.filter((g) => !g.met).length).toBeGreaterThan(0);
      for (const g of report.goals.filter((x) => !x.met)) expect(g.hint ?? g.message).toMatch(/\w/);
    });

    it('the solution meets every goal', () => {
      const ws = workspaceFromSnapshot(solutionSnapshot(exercise, startSnapshot(exercise)));
      const report = checkExercise(exercise, ws);
      const unmet = report.goals.filter((g) => !g.met).map((g) => `${g.label}: ${g.message}`);
      expect(unmet).toEqual([]);
      expect(report.solved).toBe(true);
    });
  });
});
