import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

/** A click before hydration does nothing: wait until the page's workspace loader listens. */
async function startExercise(page: Page, id: string) {
  await expect(page.locator('[data-loader]')).toHaveAttribute('data-loader', /listening|loaded/);
  await page.locator(`[id="${id}"]`).getByRole('button', { name: /Start this exercise/ }).click();
}

/** Every exercise in content/, found by itself: the lesson folder and the data file's id. */
const LESSONS = path.join(process.cwd(), 'content', 'lessons');
const exercises = fs
  .readdirSync(LESSONS)
  .filter((dir) => fs.existsSync(path.join(LESSONS, dir, 'exercises')))
  .flatMap((dir) =>
    fs
      .readdirSync(path.join(LESSONS, dir, 'exercises'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ slug: dir.replace(/^\d+-/, ''), id: f.replace(/\.json$/, '') })),
  );

test('the exercises are found', () => {
  expect(exercises.length).toBeGreaterThanOrEqual(12);
});

for (const { slug, id } of exercises) {
  test(`solution bot: ${slug} / ${id}: the start fails a goal, the solution meets all, Reset restores the start`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/learn/${slug}/#${id}`);
    await startExercise(page, id);
    const panel = page.locator(`[data-exercise="${id}"]`);
    await expect(panel).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-editor-kind="monaco"]')).toBeAttached({ timeout: 20_000 });

    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(panel).toHaveAttribute('data-exercise-state', 'unsolved');
    await expect(panel.locator('[data-goal="unmet"]').first()).toBeVisible();

    await panel.getByRole('button', { name: 'Show solution' }).click();
    await expect(panel.getByRole('group', { name: 'The solution, as changes to your files' })).toBeVisible();
    await panel.getByRole('button', { name: 'Apply the solution' }).click();
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(panel).toHaveAttribute('data-exercise-state', 'solved');
    await expect(panel.locator('[data-goal="unmet"]')).toHaveCount(0);

    await panel.getByRole('button', { name: 'Reset', exact: true }).click();
    await panel.getByRole('button', { name: 'Reset the exercise' }).click();
    const fresh = page.locator(`[data-exercise="${id}"]`);
    await fresh.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(fresh).toHaveAttribute('data-exercise-state', 'unsolved');
    // ...and the reset can be undone.
    await fresh.getByRole('button', { name: 'Undo reset' }).click();
    await page.locator(`[data-exercise="${id}"]`).getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator(`[data-exercise="${id}"]`)).toHaveAttribute('data-exercise-state', 'solved');
  });
}

test('hints come one at a time, the first about the learner’s own file', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/learn/cmd-and-exec-form/#fix-the-cmd');
  await startExercise(page, 'fix-the-cmd');
  const panel = page.locator('[data-exercise="fix-the-cmd"]');
  await panel.getByRole('button', { name: 'Hint' }).click();
  const hints = panel.getByRole('list', { name: 'Hints' }).getByRole('listitem');
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('About your files:');
  await panel.getByRole('button', { name: 'Another hint' }).click();
  await expect(hints).toHaveCount(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (all rules): a lesson with an exercise checked in the workspace (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/learn/run/#fix-the-run');
    await startExercise(page, 'fix-the-run');
    const panel = page.locator('[data-exercise="fix-the-run"]');
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await panel.getByRole('button', { name: 'Hint' }).click();
    await panel.getByRole('button', { name: 'Show solution' }).click();
    await expect(panel.locator('[data-goal="unmet"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
