import { test, expect, axeViolations } from './fixtures';
import { loadCourse } from '../lib/content/loader';

// Built from the same content the site is built from, so a new lesson is covered automatically.
const lessons = loadCourse().map((l) => ({
  slug: l.frontmatter.slug,
  title: l.frontmatter.title,
  steps: l.steps.map((s) => ({ id: s.id, title: s.title })),
  questions: l.questions.map((q) => q.id),
}));

test('the course map lists every lesson in order and links to it', async ({ page }) => {
  await page.goto('/');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(lessons.length);
  for (const [i, lesson] of lessons.entries()) {
    await expect(items.nth(i).getByRole('link', { name: lesson.title, exact: true })).toHaveAttribute('href', `/learn/${lesson.slug}/`);
  }
});

for (const lesson of lessons) {
  test(`lesson "${lesson.title}" renders every step, each deep-linkable, and passes axe`, async ({ page }) => {
    test.setTimeout(60_000); // axe with every rule over a long lesson, its quiz and its workspace
    await page.goto(`/learn/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    const ids = await page.locator('section.step[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size, 'step ids on the page are unique').toBe(ids.length);
    for (const step of lesson.steps) {
      const region = page.getByRole('region', { name: step.title, exact: true });
      await expect(region).toHaveAttribute('id', step.id);
      await expect(region.getByRole('button', { name: /Copy link to/ })).toBeVisible();
    }
    for (const id of lesson.questions) await expect(page.locator(`[id="quiz-${id}"]`)).toHaveCount(1);
    // Deep link to the last step: scrolled into view and marked current.
    const last = lesson.steps[lesson.steps.length - 1];
    await page.goto(`/learn/${lesson.slug}/#${last.id}`);
    await expect(page.getByRole('region', { name: last.title, exact: true })).toHaveAttribute('data-current-step', 'true');
    await expect(page.getByRole('region', { name: last.title, exact: true })).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a quiz question: choose, check, see the explanation, retry', async ({ page }) => {
  await page.goto('/learn/images-are-layers/#quiz-first-instruction');
  const question = page.getByRole('form', { name: /Which instruction names the parent image/ });
  await expect(question).toBeInViewport();
  await question.getByRole('button', { name: 'Check answer' }).click();
  const feedback = (text: string) => question.getByRole('status').filter({ hasText: text });
  await expect(feedback('Choose an answer first.')).toBeVisible();
  await question.getByRole('radio', { name: 'RUN' }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback('Not quite.')).toContainText('You chose “RUN”: wrong. RUN executes a command at build time');
  await expect(question.getByRole('radio', { name: 'FROM' })).toBeDisabled();
  await question.getByRole('button', { name: 'Try again' }).click();
  await question.getByRole('radio', { name: 'FROM' }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback('Correct.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
