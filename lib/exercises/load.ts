/**
 * Build-time loading of exercise data: `content/lessons/NN-slug/exercises/<id>.json`. A
 * `{ "file": "<name>" }` is read from the lesson folder, or else from its exercises/ folder.
 * Throws ContentError (file and field named) on anything invalid, like the lesson loader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import type { Lesson } from '@/lib/content/loader';
import { resolveExercise, type Exercise } from './schema';
import { startSnapshot } from './start';

export const EXERCISES_DIR = 'exercises';

function readBeside(lessonDir: string, name: string, where: string): string {
  for (const dir of [lessonDir, path.join(lessonDir, EXERCISES_DIR)]) {
    const file = path.join(dir, name);
    if (path.dirname(path.resolve(file)) !== path.resolve(dir)) throw new ContentError(where, `"${name}" must be a file name, without folders`);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new ContentError(where, `file "${name}" does not exist beside the lesson or in its ${EXERCISES_DIR}/ folder`);
}

/** The exercises of one lesson, sorted by id. */
export function loadLessonExercises(lesson: Pick<Lesson, 'dir' | 'frontmatter'>): Exercise[] {
  const dir = path.join(lesson.dir, EXERCISES_DIR);
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  return names.map((name) => {
    const file = path.relative(process.cwd(), path.join(dir, name));
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new ContentError(file, `not valid JSON: ${(error as Error).message}`);
    }
    let exercise: Exercise;
    try {
      exercise = resolveExercise(raw, lesson.frontmatter.slug, (n) => readBeside(lesson.dir, n, file));
    } catch (error) {
      if (error instanceof ContentError) throw error;
      throw new ContentError(file, (error as Error).message);
    }
    if (`${exercise.id}.json` !== name) throw new ContentError(file, `id: "${exercise.id}" must match the file name`);
    try {
      startSnapshot(exercise);
    } catch (error) {
      throw new ContentError(file, `start: ${(error as Error).message}`);
    }
    return exercise;
  });
}

/** Every exercise of the course, in lesson order. */
export function loadCourseExercises(lessons: ReadonlyArray<Pick<Lesson, 'dir' | 'frontmatter'>>): Exercise[] {
  return lessons.flatMap(loadLessonExercises);
}
