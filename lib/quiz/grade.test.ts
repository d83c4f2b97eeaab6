import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import type { AnyQuizQuestion, CommandQuestion, OrderingQuestion, PredictCacheQuestion } from '@/lib/content/schema';
import { quizQuestionSchema } from '@/lib/content/schema';
import { gradeChoice, gradeCommand, gradeOrdering, gradePredictCache, gradeQuestion, predictCacheSteps } from './grade';

const all = loadCourse().flatMap((l) => l.questions);
function question<T extends AnyQuizQuestion['type']>(id: string, type: T): Extract<AnyQuizQuestion, { type: T }> {
  const q = all.find((x) => x.id === id);
  if (!q || q.type !== type) throw new Error(`no ${type} question ${id}`);
  return q as Extract<AnyQuizQuestion, { type: T }>;
}

describe('schema', () => {
  it('a question without type is single-answer multiple choice; the others validate', () => {
    const q = quizQuestionSchema.parse({ id: 'q', prompt: 'Which?', options: [{ id: 'a', text: 'A', correct: true, explanation: 'Yes.' }, { id: 'b', text: 'B', explanation: 'No.' }] });
    expect(q.type).toBe('single');
    expect(quizQuestionSchema.safeParse({ id: 'q', type: 'ordering', prompt: 'Order', items: [{ id: 'a', text: 'A' }], grading: { by: 'fixed' }, explanation: 'Why.' }).success).toBe(false);
    expect(quizQuestionSchema.safeParse({ id: 'q', type: 'multiple', prompt: 'Which?', options: [{ id: 'a', text: 'A', explanation: 'No.' }, { id: 'b', text: 'B', explanation: 'No.' }, { id: 'c', text: 'C', explanation: 'No.' }] }).success).toBe(false);
    expect(quizQuestionSchema.safeParse({ id: 'q', type: 'essay', prompt: 'Write' }).success).toBe(false);
  });
});

describe('multiple choice', () => {
  const multiple = question('what-misses-the-copy', 'multiple');
  it('single: a wrong pick explains why it is wrong', () => {
    const single = all.find((q) => q.type === 'single')!;
    if (single.type !== 'single') throw new Error('unreachable');
    const wrong = single.options.find((o) => !o.correct)!;
    const grade = gradeChoice(single, [wrong.id]);
    expect(grade.correct).toBe(false);
    expect(grade.feedback).toContain(wrong.explanation);
    expect(grade.options).toEqual([expect.objectContaining({ id: wrong.id, chosen: true, correct: false })]);
  });

  it('multiple: all right ones and nothing else', () => {
    expect(gradeChoice(multiple, ['content', 'chmod', 'new-file']).correct).toBe(true);
    expect(gradeChoice(multiple, ['content', 'chmod']).feedback).toBe('Not all: 1 more option is right.');
    const withWrong = gradeChoice(multiple, ['content', 'chmod', 'new-file', 'touch']);
    expect(withWrong.correct).toBe(false);
    expect(withWrong.feedback).toContain('modification time');
    expect(gradeChoice(multiple, []).feedback).toBe('Choose an answer first.');
  });
});

describe('ordering graded by the simulator', () => {
  const q = question('order-the-notes-layers', 'ordering') as OrderingQuestion;
  const best = ['workdir', 'copy-req', 'install', 'copy-src', 'expose', 'cmd'];

  it('accepts every order that is as good: config-only lines anywhere', () => {
    expect(gradeOrdering(q, best).correct).toBe(true);
    expect(gradeOrdering(q, ['workdir', 'copy-req', 'install', 'copy-src', 'cmd', 'expose']).correct).toBe(true);
    expect(gradeOrdering(q, ['expose', 'workdir', 'cmd', 'copy-req', 'install', 'copy-src']).correct).toBe(true);
  });

  it('rejects an order that re-runs more after a source edit, and says what re-ran', () => {
    const grade = gradeOrdering(q, ['workdir', 'copy-src', 'copy-req', 'install', 'expose', 'cmd']);
    expect(grade.correct).toBe(false);
    expect(grade.feedback).toMatch(/re-runs 3 steps/);
    expect(grade.yours!.rerun.some((l) => l.includes('RUN pip install'))).toBe(true);
    expect(grade.reference!.rerun).toEqual([expect.stringContaining('COPY python/hello_world ./hello_world')]);
  });

  it('rejects an order that builds another image (WORKDIR after the copies)', () => {
    const grade = gradeOrdering(q, ['copy-req', 'install', 'copy-src', 'workdir', 'expose', 'cmd']);
    expect(grade.correct).toBe(false);
    expect(grade.feedback).toContain('another image');
  });

  it('rejects an install before its requirements file is copied, with pip\'s error', () => {
    const grade = gradeOrdering(q, ['workdir', 'install', 'copy-req', 'copy-src', 'expose', 'cmd']);
    expect(grade.correct).toBe(false);
    expect(grade.feedback).toContain('Could not open requirements file');
  });

  it('needs every item exactly once', () => {
    expect(gradeOrdering(q, best.slice(1)).feedback).toBe('Place every item exactly once (6 items).');
    expect(gradeOrdering(q, [...best.slice(1), 'nope']).correct).toBe(false);
  });

  it('fixed orders: the first wrong position is named', () => {
    const fixed = question('order-directive-arg-from', 'ordering') as OrderingQuestion;
    expect(gradeOrdering(fixed, ['syntax', 'arg', 'from', 'workdir']).correct).toBe(true);
    expect(gradeOrdering(fixed, ['arg', 'syntax', 'from', 'workdir']).feedback).toBe('Not quite: position 1 should hold "# syntax=docker/dockerfile:1".');
  });
});

describe('predict the cache', () => {
  const statuses = (q: PredictCacheQuestion) => predictCacheSteps(q).map((s) => `${s.keyword} ${s.status}`);

  it('a source edit: only the source COPY executes', () => {
    expect(statuses(question('predict-source-edit', 'predict-cache'))).toEqual(['WORKDIR CACHED', 'COPY CACHED', 'RUN CACHED', 'COPY EXECUTED']);
  });

  it('the naive order: the install re-runs, because an earlier step did', () => {
    const steps = predictCacheSteps(question('predict-naive-edit', 'predict-cache'));
    expect(steps.map((s) => s.status)).toEqual(['CACHED', 'EXECUTED', 'EXECUTED']);
    expect(steps[1].reason).toContain('main.py');
    expect(steps[2].reason).toContain('an earlier step of the stage re-ran');
  });

  it('chmod misses, touch does not, an ignored file does not, an edited RUN does, the Dockerfile in the context does', () => {
    expect(statuses(question('predict-chmod', 'predict-cache'))).toEqual(['WORKDIR CACHED', 'COPY CACHED', 'RUN CACHED', 'COPY EXECUTED']);
    expect(statuses(question('predict-touch', 'predict-cache')).every((s) => s.endsWith('CACHED'))).toBe(true);
    expect(statuses(question('predict-ignored-file', 'predict-cache')).every((s) => s.endsWith('CACHED'))).toBe(true);
    expect(statuses(question('predict-edited-run', 'predict-cache'))).toEqual(['WORKDIR CACHED', 'COPY CACHED', 'RUN EXECUTED', 'COPY EXECUTED']);
    expect(statuses(question('predict-dockerfile-in-context', 'predict-cache'))).toEqual(['WORKDIR CACHED', 'COPY CACHED', 'RUN CACHED', 'COPY EXECUTED']);
  });

  it('grades each mark with its reason', () => {
    const q = question('predict-source-edit', 'predict-cache');
    const grade = gradePredictCache(q, ['CACHED', 'CACHED', 'EXECUTED', 'EXECUTED']);
    expect(grade.correct).toBe(false);
    expect(grade.steps.map((s) => s.right)).toEqual([true, true, false, true]);
    expect(grade.feedback).toContain('3 of 4 steps right');
    expect(grade.steps[2].reason).toContain('RUN never looks at the files');
    expect(gradePredictCache(q, ['CACHED', 'CACHED', 'CACHED']).correct).toBe(false);
  });
});

describe('type the command', () => {
  const fromRoot = question('type-build-with-f', 'command') as CommandQuestion;
  const fromResources = question('type-build-from-resources', 'command') as CommandQuestion;

  it('accepts every equivalent command line', () => {
    for (const line of [
      'docker build -t img_name -f resources/docker/Dockerfile .',
      'docker build -f resources/docker/Dockerfile -t img_name .',
      'docker build --file=resources/docker/Dockerfile --tag img_name:latest .',
      'docker buildx build -t img_name -f ./resources/docker/Dockerfile ./',
      'cd resources && docker build -t img_name -f docker/Dockerfile ..',
    ]) expect(gradeCommand(fromRoot, line).correct, line).toBe(true);
    expect(gradeCommand(fromResources, 'docker build -t img_name -f docker/Dockerfile ..').correct).toBe(true);
    expect(gradeCommand(fromResources, 'docker build -t img_name -f resources/docker/Dockerfile ..').correct).toBe(false);
  });

  it('a wrong command gets Docker\'s own error', () => {
    const noDockerfile = gradeCommand(fromRoot, 'docker build -t img_name .');
    expect(noDockerfile.correct).toBe(false);
    expect(noDockerfile.feedback).toContain('failed to read dockerfile');
    const wrongContext = gradeCommand(fromRoot, 'docker build -t img_name resources/docker');
    expect(wrongContext.feedback).toContain('"/src": not found');
    expect(gradeCommand(fromRoot, 'docker build -t img_name -f resources/docker/Dockerfile').feedback).toMatch(/requires 1 argument|requires exactly 1 argument/);
    expect(gradeCommand(fromRoot, 'docker build -t Img -f resources/docker/Dockerfile .').feedback).toContain('repository name must be lowercase');
  });

  it('a build of the right thing with the wrong name, or no build at all', () => {
    expect(gradeCommand(fromRoot, 'docker build -t other -f resources/docker/Dockerfile .').feedback).toContain('does not name the image img_name');
    expect(gradeCommand(fromRoot, 'ls').feedback).toContain('builds no image');
    expect(gradeCommand(fromRoot, '  ').feedback).toBe('Type a command first.');
  });

  it('gradeQuestion dispatches by type and treats a mismatched answer as wrong', () => {
    expect(gradeQuestion(fromRoot, { type: 'command', commandLine: fromRoot.answer }).correct).toBe(true);
    expect(gradeQuestion(fromRoot, { type: 'single', optionId: 'x' }).correct).toBe(false);
  });
});
