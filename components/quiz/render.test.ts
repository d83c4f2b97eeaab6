// What a quiz question says to a reader and a screen reader, rendered to static HTML: the prompt,
// the controls of each type, and what a graded answer explains (in words, not colour).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import type { AnyQuizQuestion } from '@/lib/content/schema';
import { gradeQuestion } from '@/lib/quiz/grade';
import { questionView } from '@/lib/quiz/view';
import { GradeDetails } from './GradeDetails';
import { LessonQuestion } from './LessonQuestion';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
const all = loadCourse().flatMap((l) => l.questions.map((q) => ({ lesson: l.frontmatter.slug, q })));
const find = (id: string) => all.find((x) => x.q.id === id)!.q;
const render = (q: AnyQuizQuestion) => renderToStaticMarkup(createElement(LessonQuestion, { lesson: 'x', question: q, view: questionView(q), number: 2 }));

describe('every question', () => {
  it('is a form named by its prompt, with its anchor, its type, and Check / Show the answer', () => {
    for (const { q } of all) {
      const html = render(q);
      expect(html).toContain(`id="quiz-${q.id}"`);
      expect(html).toContain(`data-question-type="${q.type}"`);
      expect(html).toContain(`aria-labelledby="quiz-${q.id}-prompt"`);
      expect(text(html)).toContain(`Question 2.`);
      expect(text(html)).toMatch(/Check answer Show the answer/);
    }
  });
});

describe('controls by type', () => {
  it('multiple answer: checkboxes, and says to choose all', () => {
    const html = render(find('what-misses-the-copy'));
    expect(html.match(/type="checkbox"/g)).toHaveLength(5);
    expect(text(html)).toContain('Choose every answer that applies.');
  });

  it('ordering: the shuffled lines, each with Move up / Move down named after it', () => {
    const q = find('order-for-the-cache-q');
    const html = render(q);
    expect(text(html)).toContain('Fixed lines before FROM python:3.12-slim WORKDIR /app');
    expect(html).toContain('aria-label="Move up: EXPOSE 9000"');
    expect(html).toContain('aria-label="Move down: EXPOSE 9000"');
    const order = questionView(q).order!;
    expect(order).not.toEqual(q.type === 'ordering' ? q.items.map((i) => i.id) : []);
    expect(render(q).match(/disabled=""/g)).toHaveLength(2); // the first Move up, the last Move down
  });

  it('predict the cache: the Dockerfile build, the change as a diff, a CACHED/EXECUTED pair per step', () => {
    const html = render(find('predict-dockerfile-in-context'));
    const t = text(html);
    expect(t).toContain('First build: docker build -t app .');
    expect(t).toMatch(/The change: You change line 6 to EXPOSE 8080\. \(Dockerfile: 1 line removed, 1 line added\)/);
    expect(t).toContain('5 COPY . . - 6 EXPOSE 8000 + 6 EXPOSE 8080 7 CMD');
    expect(html.match(/value="CACHED"/g)).toHaveLength(4);
    expect(html.match(/value="EXECUTED"/g)).toHaveLength(4);
    expect(t).toContain('[5/5] COPY . . CACHED EXECUTED');
    expect(t).not.toMatch(/Right|Wrong/);
  });

  it('predict the cache: a chmod is shown as the command', () => {
    expect(text(render(find('predict-chmod')))).toContain('$ chmod +x python/hello_world/main.py');
  });

  it('type the command: a labelled input at the question\'s folder', () => {
    const html = render(find('type-build-from-resources'));
    expect(html).toMatch(/<label for="quiz-type-build-from-resources-command">Your command<\/label>/);
    expect(text(html)).toContain('/project/resources $');
  });
});

describe('graded answers', () => {
  it('a wrong choice says why the chosen option is wrong, and offers another try', () => {
    const q = find('first-instruction');
    if (q.type !== 'single') throw new Error('single');
    const wrong = q.options.find((o) => !o.correct)!;
    const grade = gradeQuestion(q, { type: 'single', optionId: wrong.id });
    const t = text(renderToStaticMarkup(createElement(GradeDetails, { question: q, grade, phase: 'wrong', revealed: null })));
    expect(t).toContain(`Not quite. You chose “${wrong.text}”: wrong. ${wrong.explanation}`);
    expect(t).toContain('Change your answer and check it again, or show the answer.');
    expect(t).not.toContain('(right answer)');
  });

  it('once revealed, every option with its explanation and the right one named', () => {
    const q = find('first-instruction');
    if (q.type !== 'single') throw new Error('single');
    const t = text(renderToStaticMarkup(createElement(GradeDetails, { question: q, grade: null, phase: 'revealed', revealed: null })));
    expect(t).toMatch(/^The answer\./);
    expect(t).toContain('FROM (right answer):');
  });

  it('predict the cache: each mark Right or Wrong with the reason, then the rebuild log', () => {
    const q = find('predict-source-edit');
    const grade = gradeQuestion(q, { type: 'predict-cache', marks: ['CACHED', 'CACHED', 'EXECUTED', 'EXECUTED'] });
    const t = text(renderToStaticMarkup(createElement(GradeDetails, { question: q, grade, phase: 'wrong', revealed: null })));
    expect(t).toContain('3 of 4 steps right.');
    expect(t).toContain('[4/5] RUN pip install --no-cache-dir -r hello_world/requirements.txt Wrong : you marked EXECUTED. CACHED: the same command');
    expect(t).toMatch(/The rebuild after the change, as docker build prints it CACHED \[1\/5\] FROM .* CACHED \[2\/5\] WORKDIR \/app/);
    expect(t).toMatch(/CACHED \[4\/5\] RUN pip install .* 0\.0s \[5\/5\] COPY python\/hello_world \.\/hello_world \d+\.\ds/);
  });

  it('type the command: a wrong one shows docker\'s own error in a pre; a revealed one the answer', () => {
    const q = find('type-build-with-f');
    const grade = gradeQuestion(q, { type: 'command', commandLine: 'docker build -t img_name .' });
    const html = renderToStaticMarkup(createElement(GradeDetails, { question: q, grade, phase: 'revealed', revealed: null }));
    expect(html).toMatch(/<pre class="quiz-output">[^<]*failed to read dockerfile/);
    expect(text(html)).toContain('One right answer: docker build -t img_name -f resources/docker/Dockerfile .');
  });

  it('ordering: what the order re-runs, and a right order once revealed', () => {
    const q = find('order-for-the-cache-q');
    const grade = gradeQuestion(q, { type: 'ordering', order: ['copy-src', 'copy-req', 'install', 'expose', 'cmd'] });
    const t = text(renderToStaticMarkup(createElement(GradeDetails, { question: q, grade, phase: 'revealed', revealed: null })));
    expect(t).toMatch(/re-runs 3 steps/);
    expect(t).toContain('A right order (others that rebuild as little are right too):');
  });
});
