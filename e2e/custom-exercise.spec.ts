import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

const BUILDER = '/instructors/exercise/';
const EXERCISE = '/exercise/';
const TITLE = 'Set the working directory';
const START = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n';
const SOLUTION = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nCMD ["python", "/app/main.py"]\n';

/** Fills the builder: start without WORKDIR, goal `workdir /app`, the solution with it. Returns the link. */
async function buildExercise(page: Page): Promise<string> {
  await page.goto(BUILDER);
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  const start = page.getByRole('group', { name: 'Start files' });
  await start.getByRole('textbox', { name: 'Content of Dockerfile' }).fill(START);
  const goals = page.getByRole('group', { name: 'Goals' });
  // Live validation: no goal yet is a problem the form names.
  await expect(goals.getByText('goals: Too small')).toBeVisible();
  await goals.getByRole('combobox', { name: 'Goal kind' }).selectOption('workdir');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  const goal = goals.getByRole('group', { name: 'Goal 1: workdir' });
  const path = goal.getByRole('textbox', { name: /^Directory/ });
  // An empty required parameter is reported next to its field.
  await expect(path).toHaveAttribute('aria-invalid', 'true');
  await expect(goal.getByText(/^goals\.0\.path: /)).toBeVisible();
  await path.fill('/app');
  await expect(goal.getByText('The learner reads: “The working directory is /app”')).toBeVisible();
  await page.getByRole('group', { name: 'Solution files' }).getByRole('textbox', { name: 'Content of Dockerfile' }).fill(SOLUTION);
  await expect(page.getByText('The exercise is valid.')).toBeVisible();
  await page.getByRole('button', { name: 'Check with the solution' }).click();
  await expect(page.getByText('The start meets 0 of 1 goals. The solution meets every goal.')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Link to the exercise' }).inputValue();
  expect(link).toMatch(/\/exercise\/#exercise=x1\.[0-9a-z]+\./);
  await expect(page.getByText(`${link.length.toLocaleString('en')} characters.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Try it (opens a new tab)' })).toHaveAttribute('href', link);
  return link;
}

function exercisePanel(page: Page): Locator {
  return page.locator('[data-exercise]');
}

async function check(page: Page) {
  await exercisePanel(page).getByRole('button', { name: 'Check', exact: true }).click();
}

test('an exercise made in the builder opens from its link, fails, is solved by typing the fix, and is kept in progress', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const link = await buildExercise(page);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 20_000 });
  await check(page);
  await expect(exercisePanel(page)).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(exercisePanel(page).getByText('No WORKDIR sets /app.')).toBeVisible();

  // The fix, typed into the editor: WORKDIR after FROM.
  await page.locator('.wb-monaco .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.insertText('\nWORKDIR /app');
  await check(page);
  await expect(exercisePanel(page)).toHaveAttribute('data-exercise-state', 'solved');
  await expect(exercisePanel(page).getByText('Solved', { exact: true })).toBeVisible();

  // Progress keeps it: the same link, opened again, says so.
  await page.reload();
  await expect(page.getByText('You have solved this exercise before (it is in your progress).')).toBeVisible();
  // The work itself is offered back, not put in place without asking.
  await page.getByRole('group', { name: 'Your work from your last visit' }).getByRole('button', { name: 'Restore my work' }).click();
  await check(page);
  await expect(exercisePanel(page)).toHaveAttribute('data-exercise-state', 'solved');
  await page.goto('/progress/');
  await expect(page.getByRole('list', { name: 'Exercises from instructors' }).getByRole('listitem')).toHaveText([`${TITLE}: Solved`]);
});

test('the rest of the start from the builder: the open file and a file taken away are what the learner gets', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await buildExercise(page);
  const start = page.getByRole('group', { name: 'Start', exact: true });
  await start.getByRole('group', { name: /takes away/ }).getByRole('checkbox', { name: 'requirements.txt' }).check();
  // A choice among the start's files: what was taken away is no longer offered.
  const open = start.getByRole('combobox', { name: 'File open in the editor at the start' });
  await expect(open.getByRole('option', { name: 'requirements.txt' })).toHaveCount(0);
  await open.selectOption('main.py');
  await expect(page.getByText('The exercise is valid.')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Link to the exercise' }).inputValue();

  await page.goto(link);
  await expect(page.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toContainText('from flask import Flask', { timeout: 20_000 });
  await expect(page.locator('[aria-current="true"]').filter({ hasText: 'main.py' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dockerfile', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'requirements.txt', exact: true })).toHaveCount(0);
});

test('exercise.json from the builder opens; a bad file and a corrupt link are refused with a clear message', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await buildExercise(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download exercise.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('exercise.json');
  const file = testInfo.outputPath('exercise.json');
  await download.saveAs(file);
  const valid = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(valid).toMatchObject({ layerwise: 'exercise/1', title: TITLE, goals: [{ kind: 'workdir', path: '/app' }] });

  await page.goto(EXERCISE);
  const picker = page.getByLabel('Open an exercise file (exercise.json)');
  await picker.setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(exercisePanel(page)).toBeVisible();

  // A file with a wrong parameter: refused, the field named, the open exercise left as it was.
  const bad = { ...valid, goals: [{ kind: 'exposes', port: 'eighty' }] };
  await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert').filter({ hasText: 'bad.json' });
  await expect(alert).toContainText('"bad.json" was not opened. This exercise is not valid: goals.0.port: Invalid input: expected number, received string Nothing was changed.');
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "title": ') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toContainText('not valid JSON');

  // A link cut short when it was copied.
  const link = await buildExercise(page);
  await page.goto(link.slice(0, link.length - 15));
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveText('This exercise link is damaged or incomplete (it may have been cut off when it was copied), so the exercise could not be opened.');
  await expect(exercisePanel(page)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (all rules): the builder with a goal and a problem, and /exercise with an exercise open (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(BUILDER);
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(page.getByRole('group', { name: 'Goal 1: workdir' }).getByText(/^goals\.0\.path: /)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const link = await buildExercise(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(EXERCISE);
    await expect(page.getByText('No exercise is open.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(link);
    await expect(page.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 20_000 });
    await check(page);
    await expect(exercisePanel(page).locator('[data-goal="unmet"]')).toHaveCount(1);
    await exercisePanel(page).getByRole('button', { name: 'Hint' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
