/**
 * /exam, the plan: questions from every lesson in a seeded order (the same seed gives the same
 * exam, a new seed a retake). No graders here, so the exam page can build its plan on first load;
 * scoring (exam.ts) loads the simulator.
 */
import type { AnyQuizQuestion } from '@/lib/content/schema';

export interface ExamLesson {
  slug: string;
  title: string;
  stepIds: string[];
  questions: AnyQuizQuestion[];
}

export interface ExamQuestion {
  /** `<lesson slug>/<question id>`: the key answers are given under. */
  key: string;
  lesson: string;
  lessonTitle: string;
  question: AnyQuizQuestion;
  /** Where the answer is taught: `/learn/<slug>#<step>` (or the question in the lesson's quiz). */
  link: string;
}

export interface Exam {
  seed: number;
  questions: ExamQuestion[];
}

export const EXAM_SIZE = 24;

/** The course as the exam needs it (from loadCourse()'s lessons). */
export function examCourse(lessons: ReadonlyArray<{ frontmatter: { slug: string; title: string }; steps: Array<{ id: string }>; questions: AnyQuizQuestion[] }>): ExamLesson[] {
  return lessons.map((l) => ({ slug: l.frontmatter.slug, title: l.frontmatter.title, stepIds: l.steps.map((s) => s.id), questions: l.questions }));
}

/** mulberry32: a small seeded generator, so an exam can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function questionLink(lesson: Pick<ExamLesson, 'slug' | 'stepIds'>, question: Pick<AnyQuizQuestion, 'id' | 'teaches'>): string {
  if (question.teaches && lesson.stepIds.includes(question.teaches)) return `/learn/${lesson.slug}#${question.teaches}`;
  return `/learn/${lesson.slug}#quiz-${question.id}`;
}

/**
 * At least one question from every lesson that has any, then more drawn from all lessons up to
 * `size` (at least 20 unless the course has fewer), all in an order decided by `seed`.
 */
export function buildExam(course: readonly ExamLesson[], seed: number, size = EXAM_SIZE): Exam {
  const random = seededRandom(seed);
  const entries = (lesson: ExamLesson): ExamQuestion[] =>
    lesson.questions.map((question) => ({ key: `${lesson.slug}/${question.id}`, lesson: lesson.slug, lessonTitle: lesson.title, question, link: questionLink(lesson, question) }));
  const picked: ExamQuestion[] = [];
  const rest: ExamQuestion[] = [];
  for (const lesson of course) {
    const [first, ...others] = shuffle(entries(lesson), random);
    if (first) picked.push(first);
    rest.push(...others);
  }
  const wanted = Math.max(size, picked.length);
  picked.push(...shuffle(rest, random).slice(0, Math.max(0, wanted - picked.length)));
  return { seed, questions: shuffle(picked, random) };
}

/** The seed an exam link carries: `#seed=123` (or `?seed=123`); null when there is none. */
export function parseExamSeed(hash: string, search = ''): number | null {
  for (const part of [hash.replace(/^#/, ''), search.replace(/^\?/, '')]) {
    const value = new URLSearchParams(part).get('seed');
    if (value && /^\d{1,9}$/.test(value) && Number(value) > 0) return Number(value);
  }
  return null;
}

/** A new seed for a retake (1..999999), different from `previous`. */
export function newExamSeed(random: () => number, previous: number | null = null): number {
  for (;;) {
    const seed = 1 + Math.floor(random() * 999_999);
    if (seed !== previous) return seed;
  }
}

/** A lesson link (`/learn/<slug>#<anchor>`) as the static site serves it: `/learn/<slug>/#<anchor>`. */
export function pageHref(link: string): string {
  return link.replace(/^(\/learn\/[^/#]+)(#|$)/, '$1/$2');
}
