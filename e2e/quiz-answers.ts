// Run by e2e/quiz.spec.ts with tsx (Playwright's loader cannot resolve the engine's imports):
// prints, for every quiz question of the course, what the spec needs to answer it like a learner:
// the right answer, a wrong one (both checked with the graders the site uses), the start order of
// an ordering question and the step labels of a predict-the-cache rebuild.
import { loadCourse } from '@/lib/content/loader';
import type { AnyQuizQuestion } from '@/lib/content/schema';
import type { QuizAnswer } from '@/lib/quiz/choice';
import { correctAnswer, gradeQuestion, initialOrder, predictCacheSteps } from '@/lib/quiz/grade';

function wrongAnswer(q: AnyQuizQuestion): QuizAnswer {
  const candidates: QuizAnswer[] = [];
  if (q.type === 'single') candidates.push({ type: 'single', optionId: q.options.find((o) => !o.correct)!.id });
  if (q.type === 'multiple') {
    const right = q.options.filter((o) => o.correct).map((o) => o.id);
    candidates.push({ type: 'multiple', optionIds: right.length > 1 ? right.slice(0, 1) : [...right, q.options.find((o) => !o.correct)!.id] });
  }
  if (q.type === 'ordering') {
    const ids = q.items.map((i) => i.id);
    candidates.push({ type: 'ordering', order: initialOrder(q) }, { type: 'ordering', order: [...ids].reverse() }, { type: 'ordering', order: [ids[1], ids[0], ...ids.slice(2)] });
  }
  if (q.type === 'predict-cache') candidates.push({ type: 'predict-cache', marks: predictCacheSteps(q).map((s) => (s.status === 'CACHED' ? 'EXECUTED' : 'CACHED')) });
  if (q.type === 'command') candidates.push({ type: 'command', commandLine: 'docker build .' }, { type: 'command', commandLine: 'docker build -t wrong-name .' });
  const wrong = candidates.find((a) => !gradeQuestion(q, a).correct);
  if (!wrong) throw new Error(`no wrong answer found for ${q.id}`);
  return wrong;
}

export interface QuestionFacts {
  lesson: string;
  lessonTitle: string;
  number: number;
  question: AnyQuizQuestion;
  right: QuizAnswer;
  wrong: QuizAnswer;
  start: string[];
  steps: Array<{ label: string; keyword: string; status: string }>;
}

const facts: QuestionFacts[] = loadCourse().flatMap((l) =>
  l.questions.map((q, i) => {
    const right = correctAnswer(q);
    if (!gradeQuestion(q, right).correct) throw new Error(`the right answer of ${q.id} is not accepted`);
    return {
      lesson: l.frontmatter.slug,
      lessonTitle: l.frontmatter.title,
      number: i + 1,
      question: q,
      right,
      wrong: wrongAnswer(q),
      start: q.type === 'ordering' ? initialOrder(q) : [],
      steps: q.type === 'predict-cache' ? predictCacheSteps(q).map((s) => ({ label: s.label, keyword: s.keyword, status: s.status })) : [],
    };
  }),
);
process.stdout.write(JSON.stringify(facts));
