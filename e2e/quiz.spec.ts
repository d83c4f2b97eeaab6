import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import type { AnyQuizQuestion } from '../lib/content/schema';
import type { QuizAnswer } from '../lib/quiz/choice';
import type { QuestionFacts } from './quiz-answers';

// Every question of the course with its right answer and a wrong one, both checked by the graders
// the site uses (computed with tsx: Playwright's loader cannot resolve the engine's imports).
const facts: QuestionFacts[] = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'e2e/quiz-answers.ts'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const lessons = [...new Set(facts.map((f) => f.lesson))].map((slug) => facts.filter((f) => f.lesson === slug));
const find = (id: string) => {
  const f = facts.find((x) => x.question.id === id);
  if (!f) throw new Error(`no question ${id}`);
  return { ...f, slug: f.lesson, q: f.question };
};
const factsOf = (q: AnyQuizQuestion) => facts.find((f) => f.question.id === q.id)!;
const wrongAnswer = (q: AnyQuizQuestion) => factsOf(q).wrong;
const correctAnswer = (q: AnyQuizQuestion) => factsOf(q).right;
const initialOrder = (q: AnyQuizQuestion) => [...factsOf(q).start];
const predictCacheSteps = (q: AnyQuizQuestion) => factsOf(q).steps;

/** The question's form, by its accessible name ("Question N. <prompt>"). */
function form(page: Page, number: number, q: AnyQuizQuestion): Locator {
  return page.getByRole('form', { name: `Question ${number}. ${q.prompt}`, exact: true });
}
/** The lines of an ordering question (the list items with a Move up button). */
const orderItems = (f: Locator) => f.getByRole('listitem').filter({ has: f.page().getByRole('button', { name: /^Move up/ }) });
const status = (f: Locator) => f.getByRole('status').filter({ has: f.page().locator('.quiz-result') }).first();

/** Puts in an answer the way a learner does (ordering with the Move up buttons, from `current`). */
async function give(f: Locator, q: AnyQuizQuestion, answer: QuizAnswer, current: string[] = []): Promise<string[]> {
  // An answer picked before hydration can be reset by it: wait until React owns the inputs.
  await expect(f).toHaveAttribute('data-interactive', 'true');
  if (q.type === 'single' && answer.type === 'single') await f.getByRole('radio', { name: q.options.find((o) => o.id === answer.optionId)!.text, exact: true }).check();
  if (q.type === 'multiple' && answer.type === 'multiple') {
    for (const o of q.options) await f.getByRole('checkbox', { name: o.text, exact: true }).setChecked(answer.optionIds.includes(o.id));
  }
  if (q.type === 'ordering' && answer.type === 'ordering') {
    const order = [...current];
    for (const [i, id] of answer.order.entries()) {
      const text = q.items.find((item) => item.id === id)!.text;
      for (let j = order.indexOf(id); j > i; j--) {
        await f.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
        [order[j - 1], order[j]] = [order[j], order[j - 1]];
      }
    }
    await expect(orderItems(f)).toHaveText(order.map((id) => new RegExp(escapeRe(q.items.find((i) => i.id === id)!.text))));
    return order;
  }
  if (q.type === 'predict-cache' && answer.type === 'predict-cache') {
    for (const [i, step] of predictCacheSteps(q).entries()) await f.getByRole('group', { name: step.label, exact: true }).getByRole('radio', { name: answer.marks[i]!, exact: true }).check();
  }
  if (q.type === 'command' && answer.type === 'command') await f.getByRole('textbox', { name: 'Your command' }).fill(answer.commandLine);
  return current;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function check(f: Locator, expected: 'Correct.' | 'Not quite.') {
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(f.locator('.quiz-result').first()).toHaveText(new RegExp(`^${escapeRe(expected)}`));
}

/** Pressing Tab until `target` has focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

for (const lesson of lessons) {
  test(`every question of "${lesson[0].lessonTitle}" accepts its right answer and not a wrong one`, async ({ page }) => {
    test.setTimeout(30_000 + lesson.length * 8_000);
    await page.goto(`/learn/${lesson[0].lesson}/`);
    for (const { number, question: q } of lesson) {
      const f = form(page, number, q);
      await expect(f).toHaveAttribute('data-question-type', q.type);
      const start = q.type === 'ordering' ? initialOrder(q) : [];
      const afterWrong = await give(f, q, wrongAnswer(q), start);
      await check(f, 'Not quite.');
      await f.getByRole('button', { name: 'Try again' }).click();
      await give(f, q, correctAnswer(q), afterWrong);
      await check(f, 'Correct.');
    }
  });
}

test('the retry flow: a wrong first try says why, the second is graded, progress hears first-try results', async ({ page }) => {
  const { slug, number, q } = find('first-instruction');
  await page.goto(`/learn/${slug}/#quiz-${q.id}`);
  await page.evaluate(() => {
    (window as unknown as { answers: unknown[] }).answers = [];
    window.addEventListener('layerwise:quiz-answered', (e) => (window as unknown as { answers: unknown[] }).answers.push((e as CustomEvent).detail));
  });
  const f = form(page, number, q);
  await expect(f).toBeInViewport();
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(f)).toContainText('Choose an answer first.');
  await f.getByRole('radio', { name: 'RUN', exact: true }).check();
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(f)).toContainText('Not quite.');
  await expect(status(f)).toContainText('You chose “RUN”: wrong. RUN executes a command at build time');
  await expect(f.getByRole('radio', { name: 'FROM', exact: true })).toBeDisabled();
  await expect(f.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await f.getByRole('radio', { name: 'FROM', exact: true }).check();
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(f)).toContainText('Correct.');
  await expect(status(f)).toContainText('FROM (right answer):');
  // The answer travels too (embeds pass it on to their parent page).
  const optionId = (text: string) => (q.type === 'single' ? q.options.find((o) => o.text === text)?.id : undefined);
  expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([
    { lesson: slug, question: q.id, correct: false, firstTry: true, answer: { type: 'single', optionId: optionId('RUN') } },
    { lesson: slug, question: q.id, correct: true, firstTry: false, answer: { type: 'single', optionId: optionId('FROM') } },
  ]);

  // Two wrong tries reveal the answer; "Show the answer" reveals it at once.
  const other = find('count-layers');
  const g = form(page, other.number, other.q);
  await give(g, other.q, wrongAnswer(other.q));
  await check(g, 'Not quite.');
  await g.getByRole('button', { name: 'Try again' }).click();
  await check(g, 'Not quite.');
  await expect(status(g)).toContainText('Here is the answer.');
  await expect(status(g)).toContainText('(right answer)');
  await expect(g.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  const third = find('image-vs-container');
  const h = form(page, third.number, third.q);
  await h.getByRole('button', { name: 'Show the answer' }).click();
  await expect(status(h)).toContainText('The answer.');
  await expect(status(h)).toContainText('(right answer)');
});

test('an ordering question, keyboard only: Move up/down keep focus on the item, a live region says where it went', async ({ page }) => {
  const { slug, number, q } = find('order-the-notes-layers');
  if (q.type !== 'ordering') throw new Error('ordering');
  await page.goto(`/learn/${slug}/#quiz-${q.id}`);
  const f = form(page, number, q);
  await expect(f).toBeInViewport();
  await f.focus();
  const order = initialOrder(q);
  const right = correctAnswer(q);
  if (right.type !== 'ordering') throw new Error('ordering');
  for (const [i, id] of right.order.entries()) {
    const text = q.items.find((item) => item.id === id)!.text;
    const j = order.indexOf(id);
    if (j === i) continue;
    await tabTo(page, f.getByRole('button', { name: `Move up: ${text}`, exact: true }));
    for (let k = j; k > i; k--) {
      await page.keyboard.press('Enter');
      [order[k - 1], order[k]] = [order[k], order[k - 1]];
    }
    await expect(f.getByRole('status').filter({ hasText: `${text}: now ${i + 1} of ${order.length}.` })).toBeAttached();
    await expect(page.locator(':focus')).toHaveAccessibleName(i === 0 ? `Move down: ${text}` : `Move up: ${text}`);
  }
  await tabTo(page, f.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(status(f)).toContainText('Correct.');
  await expect(status(f)).toContainText('only');
});

test('an ordering question by pointer: drag a line by its grip', async ({ page }) => {
  const { slug, number, q } = find('order-directive-arg-from');
  if (q.type !== 'ordering') throw new Error('ordering');
  await page.goto(`/learn/${slug}/#quiz-${q.id}`);
  const f = form(page, number, q);
  const items = orderItems(f);
  const order = initialOrder(q);
  const text = (id: string) => q.items.find((i) => i.id === id)!.text;
  const last = order[order.length - 1];
  await items.nth(order.length - 1).locator('.quiz-order-grip').dragTo(items.nth(0), { targetPosition: { x: 10, y: 2 } });
  await expect(items.first()).toContainText(text(last));
  await expect(f.getByRole('status').filter({ hasText: `${text(last)}: now 1 of ${order.length}.` })).toBeAttached();
});

test('predict the cache: the change is shown, Check grades each mark with its reason and shows the rebuild log', async ({ page }) => {
  const { slug, number, q } = find('predict-naive-edit');
  await page.goto(`/learn/${slug}/#quiz-${q.id}`);
  const f = form(page, number, q);
  await expect(f.getByRole('figure', { name: /^The change: You add a line to python\/hello_world\/main\.py/ })).toContainText('+');
  await expect(f.getByRole('figure', { name: /^First build/ })).toContainText('[3/4] COPY python/hello_world ./hello_world');
  const steps = predictCacheSteps(q);
  // The tempting answer: only the COPY re-runs, the install stays CACHED.
  const marks = steps.map((s) => (s.keyword === 'COPY' ? 'EXECUTED' : 'CACHED'));
  for (const [i, s] of steps.entries()) await f.getByRole('group', { name: s.label, exact: true }).getByRole('radio', { name: marks[i], exact: true }).check();
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(f)).toContainText(`${steps.length - 1} of ${steps.length} steps right.`);
  const run = status(f).getByRole('listitem').filter({ hasText: 'RUN pip install' });
  await expect(run).toContainText('Wrong: you marked CACHED. EXECUTED: an earlier step of the stage re-ran');
  await expect(status(f).getByRole('listitem').filter({ hasText: 'COPY python/hello_world' })).toContainText('Right: you marked EXECUTED. EXECUTED: python/hello_world/main.py changed');
  await expect(status(f).getByRole('figure', { name: /The rebuild after the change/ })).toContainText('CACHED [2/4] WORKDIR /app');
  await f.getByRole('button', { name: 'Try again' }).click();
  await f.getByRole('group', { name: steps.find((s) => s.keyword === 'RUN')!.label, exact: true }).getByRole('radio', { name: 'EXECUTED' }).check();
  await f.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(f)).toContainText('Correct.');
});

test('type the command: an equivalent command is accepted, a wrong one shows Docker\'s error', async ({ page }) => {
  const a = find('type-build-with-f');
  await page.goto(`/learn/${a.slug}/#quiz-${a.q.id}`);
  const f = form(page, a.number, a.q);
  await f.getByRole('textbox', { name: 'Your command' }).fill('docker build --file=resources/docker/Dockerfile --tag img_name:latest .');
  await f.getByRole('textbox', { name: 'Your command' }).press('Enter');
  await expect(status(f)).toContainText('Correct.');

  const b = find('type-build-from-resources');
  const g = form(page, b.number, b.q);
  await expect(g).toContainText('/project/resources $');
  await g.getByRole('textbox', { name: 'Your command' }).fill('docker build -t img_name .');
  await g.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(g)).toContainText('Not quite.');
  await expect(status(g).getByRole('figure', { name: /What the simulated docker printed/ }).locator('pre')).toContainText('failed to read dockerfile: open Dockerfile: no such file or directory');
  await g.getByRole('button', { name: 'Try again' }).click();
  await g.getByRole('textbox', { name: 'Your command' }).fill('docker build -t img_name -f docker/Dockerfile ..');
  await g.getByRole('button', { name: 'Check answer' }).click();
  await expect(status(g)).toContainText('Correct.');
});

test('/exam: a seeded link reproduces the exam, the score links each miss to its step, Retake draws a new seed', async ({ page }) => {
  await page.goto('/exam/#seed=123');
  const questions = page.getByRole('main').getByRole('heading', { level: 2, name: /^Question \d+ of \d+/ });
  await expect(questions.first()).toBeVisible();
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(20);
  const first = await questions.allTextContents();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Exam' }).click();
  await expect(page).toHaveURL(/\/exam\/#seed=\d+$/);
  await page.goto('/exam/#seed=123');
  const intro = page.getByRole('main').getByText(/in the order of exam \d+/);
  await expect(intro).toContainText('in the order of exam 123');
  await page.reload();
  await expect(intro).toContainText('in the order of exam 123');
  expect(await questions.allTextContents()).toEqual(first);

  // Answer one question right (the first multiple-choice one), leave the rest.
  const choice = page.locator('[data-question-type="single"]').first();
  const prompt = (await choice.locator('.quiz-prompt').textContent())!.trim();
  const q = facts.map((f) => f.question).find((x) => x.prompt === prompt)!;
  if (q.type !== 'single') throw new Error('single');
  await choice.getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true }).check();
  await page.getByRole('button', { name: 'See my score' }).click();
  const score = page.getByRole('region', { name: 'Your score' });
  await expect(score).toBeFocused();
  await expect(score).toContainText(new RegExp(`^Your score\\s*[1-9]\\d* of ${count} right`));
  const misses = score.getByRole('listitem');
  expect(await misses.count()).toBeGreaterThan(0);
  const link = misses.first().getByRole('link');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/learn\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expect(choice).toContainText('Correct.');
  expect(await axeViolations(page)).toEqual([]);

  await score.getByRole('button', { name: 'Retake with new questions' }).click();
  await expect(page).not.toHaveURL(/#seed=123$/);
  await expect(page).toHaveURL(/#seed=\d+$/);
  await expect(page.getByRole('region', { name: 'Your score' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'See my score' })).toBeVisible();

  // The miss link opens the lesson at the step that teaches it.
  await page.goto(href);
  const anchor = href.split('#')[1];
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('/exam: a seeded link opened just as the page writes its own seed is the exam that stays', async ({ page }) => {
  // The learner's link lands in the same moment the seedless page writes a fresh seed: the
  // address, the exam on screen and a reload must all keep the learner's seed.
  await page.addInitScript(() => {
    window.addEventListener('hashchange', () => {
      if (/^#seed=\d+$/.test(window.location.hash) && window.location.hash !== '#seed=123') window.location.hash = 'seed=123';
    });
  });
  await page.goto('/exam/');
  const intro = page.getByRole('main').getByText(/in the order of exam \d+/);
  await expect(intro).toContainText('in the order of exam 123');
  // Wait until the page is idle: anything the router queued for the first seed has committed.
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
  await expect(page).toHaveURL(/\/exam\/#seed=123$/);
  await page.reload();
  await expect(intro).toContainText('in the order of exam 123');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (all rules): a lesson quiz with wrong, revealed and graded answers (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000); // the cache lesson is the longest page, with its workspace beside it
    await page.emulateMedia({ colorScheme: scheme });
    const p = find('predict-source-edit');
    await page.goto(`/learn/${p.slug}/#quiz`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const f = form(page, p.number, p.q);
    await give(f, p.q, wrongAnswer(p.q));
    await check(f, 'Not quite.');
    const o = find('order-for-the-cache-q');
    await form(page, o.number, o.q).getByRole('button', { name: 'Show the answer' }).click();
    await expect(status(form(page, o.number, o.q))).toContainText('A right order');
    const m = find('what-misses-the-copy');
    await give(form(page, m.number, m.q), m.q, wrongAnswer(m.q));
    await check(form(page, m.number, m.q), 'Not quite.');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe (all rules): /exam before and after the score (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000); // two axe runs over 24 questions
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/exam/#seed=7');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.getByRole('button', { name: 'See my score' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('region', { name: 'Your score' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
