import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourse, loadLesson } from './loader';
import { ContentError } from './errors';

const GOOD_FRONTMATTER = `---
title: A lesson
slug: a-lesson
order: 1
summary: A lesson used by the loader tests.
objectives:
  - Something
---
`;

const GOOD_BODY = `
<Step id="first" title="First">

Text with \`code\`.

\`\`\`dockerfile title="Dockerfile" expect="DL3006"
FROM python
\`\`\`

</Step>

<Step id="second" title="Second">

More text.

</Step>
`;

let roots: string[] = [];
function course(lessons: Record<string, Record<string, string>>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-content-'));
  roots.push(root);
  for (const [dir, files] of Object.entries(lessons)) {
    fs.mkdirSync(path.join(root, dir));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, dir, name), text);
  }
  return root;
}
afterEach(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  roots = [];
});

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return e as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('loadLesson', () => {
  it('reads frontmatter, steps with their text, and code blocks with their step and meta', () => {
    const root = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY } });
    const lesson = loadLesson(path.join(root, '01-a-lesson'));
    expect(lesson.frontmatter).toMatchObject({ title: 'A lesson', slug: 'a-lesson', order: 1, sources: [] });
    expect(lesson.steps.map((s) => [s.id, s.title])).toEqual([
      ['first', 'First'],
      ['second', 'Second'],
    ]);
    expect(lesson.steps[0].text).toContain('Text with code.');
    expect(lesson.codeBlocks).toEqual([
      { lang: 'dockerfile', code: 'FROM python', meta: { title: 'Dockerfile', expect: 'DL3006' }, line: 14, stepId: 'first' },
    ]);
  });

  it.each([
    ['a missing summary', GOOD_FRONTMATTER.replace(/summary:.*\n/, ''), /index\.mdx: frontmatter summary: /],
    ['an unknown key (strict schema)', GOOD_FRONTMATTER.replace('order: 1', 'order: 1\nauthor: me'), /index\.mdx: frontmatter \(root\): Unrecognized key.*"author"/],
    ['a non-numeric order', GOOD_FRONTMATTER.replace('order: 1', 'order: first'), /index\.mdx: frontmatter order: /],
    ['an empty objectives list', GOOD_FRONTMATTER.replace('  - Something\n', '').replace('objectives:', 'objectives: []'), /index\.mdx: frontmatter objectives: /],
    ['a bad slug', GOOD_FRONTMATTER.replace('slug: a-lesson', 'slug: A Lesson'), /index\.mdx: frontmatter slug: use lowercase words/],
    ['a source that is not a URL', GOOD_FRONTMATTER.replace('objectives:', 'sources:\n  - docs\nobjectives:'), /index\.mdx: frontmatter sources\.0: /],
  ])('rejects %s, naming the file and the field', (_name, frontmatter, message) => {
    const root = course({ '01-a-lesson': { 'index.mdx': frontmatter + GOOD_BODY } });
    expect(errorOf(() => loadLesson(path.join(root, '01-a-lesson'))).message).toMatch(message);
  });

  it('rejects invalid YAML with the file name', () => {
    const root = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER.replace('summary: A', 'summary: : A: b') + GOOD_BODY } });
    expect(errorOf(() => loadLesson(path.join(root, '01-a-lesson'))).message).toMatch(/01-a-lesson\/index\.mdx: frontmatter is not valid YAML/);
  });

  it('rejects a duplicate step id with the line of both', () => {
    const body = GOOD_BODY.replace('id="second"', 'id="first"');
    const root = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + body } });
    expect(errorOf(() => loadLesson(path.join(root, '01-a-lesson'))).message).toMatch(/index\.mdx:20: step id: duplicate "first" \(first used on line 10\)/);
  });

  it('rejects a step without an id or title, and a lesson without steps', () => {
    const noId = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY.replace(' id="second"', '') } });
    expect(errorOf(() => loadLesson(path.join(noId, '01-a-lesson'))).message).toMatch(/index\.mdx:20: step id: every <Step> needs id/);
    const noSteps = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + '\nJust text.\n' } });
    expect(errorOf(() => loadLesson(path.join(noSteps, '01-a-lesson'))).message).toMatch(/index\.mdx: steps: a lesson needs at least one <Step/);
  });

  it('rejects a slug that does not match its folder', () => {
    const root = course({ '01-other': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY } });
    expect(errorOf(() => loadLesson(path.join(root, '01-other'))).message).toMatch(/frontmatter slug: "a-lesson" must match the folder name "01-other"/);
  });

  it('loads exercises with their start and solution files, and names a missing file', () => {
    const body = GOOD_BODY.replace('More text.', '<Exercise id="fix-it" start="fix.start.Dockerfile" solution="fix.solution.Dockerfile" expect="DL3006">\nFix it.\n</Exercise>');
    const root = course({
      '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + body, 'fix.start.Dockerfile': 'FROM python\n', 'fix.solution.Dockerfile': 'FROM python:3.12\n' },
    });
    const lesson = loadLesson(path.join(root, '01-a-lesson'));
    expect(lesson.exercises).toMatchObject([{ id: 'fix-it', stepId: 'second', start: 'FROM python\n', solution: 'FROM python:3.12\n', expect: ['DL3006'] }]);
    fs.rmSync(path.join(root, '01-a-lesson', 'fix.solution.Dockerfile'));
    expect(errorOf(() => loadLesson(path.join(root, '01-a-lesson'))).message).toMatch(/index\.mdx:\d+: exercise solution: file "fix\.solution\.Dockerfile" does not exist/);
  });

  it('validates quiz.json: exactly one correct option, unique ids, a named field on error', () => {
    const question = (id: string, correct: boolean[]) => ({
      id,
      prompt: 'Which?',
      options: correct.map((c, i) => ({ id: `o${i}`, text: `Option ${i}`, correct: c, explanation: 'Because.' })),
    });
    const write = (quiz: unknown) => course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY, 'quiz.json': JSON.stringify(quiz) } });
    const ok = loadLesson(path.join(write({ questions: [question('q-one', [true, false])] }), '01-a-lesson'));
    expect(ok.quiz?.questions.map((q) => q.id)).toEqual(['q-one']);
    expect(errorOf(() => loadLesson(path.join(write({ questions: [question('q', [true, true])] }), '01-a-lesson'))).message).toMatch(
      /quiz\.json: questions\.0\.options: exactly one option must be correct/,
    );
    expect(errorOf(() => loadLesson(path.join(write({ questions: [question('q', [true, false]), question('q', [false, true])] }), '01-a-lesson'))).message).toMatch(
      /quiz\.json: questions id: duplicate "q"/,
    );
  });

  it('quiz.json question types: Lesson.questions has all, Lesson.quiz the single-answer ones; teaches must name a step', () => {
    const write = (quiz: unknown) => course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY, 'quiz.json': JSON.stringify(quiz) } });
    const single = { id: 'q-one', prompt: 'Which?', teaches: 'second', options: [{ id: 'a', text: 'A', correct: true, explanation: 'Yes.' }, { id: 'b', text: 'B', explanation: 'No.' }] };
    const ordering = { id: 'q-two', type: 'ordering', prompt: 'Order them', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], grading: { by: 'fixed' }, explanation: 'Because.' };
    const lesson = loadLesson(path.join(write({ questions: [single, ordering] }), '01-a-lesson'));
    expect(lesson.questions.map((q) => [q.id, q.type])).toEqual([['q-one', 'single'], ['q-two', 'ordering']]);
    expect(lesson.quiz?.questions.map((q) => q.id)).toEqual(['q-one']);
    expect(errorOf(() => loadLesson(path.join(write({ questions: [{ ...single, teaches: 'nowhere' }] }), '01-a-lesson'))).message).toMatch(
      /quiz\.json: questions "q-one" teaches: "nowhere" is not a step of this lesson/,
    );
  });
});

describe('loadCourse', () => {
  it('orders lessons by their order field', () => {
    const second = GOOD_FRONTMATTER.replace('slug: a-lesson', 'slug: b-lesson').replace('order: 1', 'order: 2');
    const root = course({ '01-b-lesson': { 'index.mdx': second + GOOD_BODY }, '02-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY } });
    expect(loadCourse(root).map((l) => l.frontmatter.slug)).toEqual(['a-lesson', 'b-lesson']);
  });

  it('rejects a duplicate slug or order, naming both files', () => {
    const dupSlug = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY }, '02-a-lesson': { 'index.mdx': GOOD_FRONTMATTER.replace('order: 1', 'order: 2') + GOOD_BODY } });
    expect(errorOf(() => loadCourse(dupSlug)).message).toMatch(/02-a-lesson\/index\.mdx: frontmatter slug: duplicate "a-lesson" \(also in .*01-a-lesson\/index\.mdx\)/);
    const dupOrder = course({ '01-a-lesson': { 'index.mdx': GOOD_FRONTMATTER + GOOD_BODY }, '02-b-lesson': { 'index.mdx': GOOD_FRONTMATTER.replace('slug: a-lesson', 'slug: b-lesson') + GOOD_BODY } });
    expect(errorOf(() => loadCourse(dupOrder)).message).toMatch(/02-b-lesson\/index\.mdx: frontmatter order: duplicate 1/);
  });
});
