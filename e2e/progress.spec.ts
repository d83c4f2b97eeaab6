import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { loadCourse } from '../lib/content/loader';

// Progress lives in localStorage; quizzes are being rebuilt, so answers are reported the way the
// quiz component does it (the QUIZ_ANSWERED event, components/progress/events.ts).
const KEY = 'layerwise:progress';
const course = loadCourse();
const first = course[0];
const LESSON = first.frontmatter.slug;
const TITLE = first.frontmatter.title;
const STEP = first.steps[2] ?? first.steps[0];
const QUESTION = first.questions[0]?.id ?? 'image-vs-container';

// A lesson page loads the whole workspace (Monaco, the simulator): on a busy machine its main
// thread can be taken for seconds, and the store's debounced write waits for it.
test.describe.configure({ timeout: 90_000 });
const BUSY = { timeout: 30_000 };

function lessonCard(page: Page, title: string) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function answerQuiz(page: Page, question = QUESTION, correct = true) {
  await page.evaluate(
    ([lesson, q, ok]) => window.dispatchEvent(new CustomEvent('layerwise:quiz-answered', { detail: { lesson, question: q, correct: ok, firstTry: true } })),
    [LESSON, question, correct] as const,
  );
}

/** Opens the first lesson at a step (a visit), answers a question, and waits until it is stored. */
async function makeProgress(page: Page) {
  await page.goto(`/learn/${LESSON}/#${STEP.id}`);
  const toc = page.getByRole('navigation', { name: 'Steps in this lesson' });
  await expect(toc.getByRole('listitem').filter({ hasText: STEP.title })).toContainText('(visited)', BUSY);
  await answerQuiz(page);
  await expect.poll(() => stored(page), BUSY).toContain(QUESTION);
}

/** The same progress, stored directly (for pages that do not need the lesson page's weight). */
async function seedProgress(page: Page) {
  const progress = { version: 1, lessons: { [LESSON]: { visited: [STEP.id], quiz: {}, exercises: {} } }, exams: [] };
  await page.goto('/');
  await expect(lessonCard(page, TITLE)).toContainText('Not started');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(progress)] as const);
  await page.reload();
}

test('visiting a step and answering a question marks the lesson "In progress", and it survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(lessonCard(page, TITLE)).toContainText('Not started');
  await makeProgress(page);
  // The current step is visited; a step far below is not.
  const toc = page.getByRole('navigation', { name: 'Steps in this lesson' });
  await expect(toc.getByRole('listitem').filter({ hasText: first.steps[first.steps.length - 1].title })).not.toContainText('(visited)');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Course' }).click();
  await expect(lessonCard(page, TITLE)).toContainText('In progress');
  await expect(lessonCard(page, course[1].frontmatter.title)).toContainText('Not started');
  await page.reload();
  await expect(lessonCard(page, TITLE)).toContainText('In progress');
  await page.goto(`/learn/${LESSON}/`);
  await expect(page.getByRole('navigation', { name: 'Steps in this lesson' }).getByRole('listitem').filter({ hasText: STEP.title })).toContainText('(visited)', BUSY);
  expect(await axeViolations(page)).toEqual([]); // the steps nav with its marks
});

test('export, then import in a fresh browser, restores the progress; a bad file changes nothing', async ({ page, browser, baseURL }) => {
  await makeProgress(page);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Your progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByText(`0 lessons of ${course.length} done, 1 in progress.`)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^layerwise-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = fs.readFileSync((await download.path())!);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto('/progress/');
  await expect(other.getByText(`0 lessons of ${course.length} done, 0 in progress.`)).toBeVisible();
  const input = other.getByLabel('Import a progress file (.json)');
  // A bad file: a clear message, nothing changed.
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"progress"}') });
  // (Filtered by text: Next's route announcer is an alert too.)
  await expect(other.getByRole('alert').filter({ hasText: 'notes.json:' })).toHaveText('notes.json: This file is not a Layerwise progress export. Nothing was changed.');
  expect(await stored(other)).toBeNull();
  // The export: the page asks first.
  await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  const confirm = other.getByRole('group', { name: /holds progress in 1 lesson/ });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText(/holds progress in 1 lesson/)).toBeFocused();
  await confirm.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Progress imported from' })).toBeVisible();
  await expect(other.getByText(`0 lessons of ${course.length} done, 1 in progress.`)).toBeVisible();
  await other.goto('/');
  await expect(lessonCard(other, TITLE)).toContainText('In progress');
  expect(JSON.parse((await stored(other))!)).toEqual(JSON.parse((await stored(page))!));
  await fresh.close();
});

test('reset asks first, works from the keyboard, and "Keep my progress" keeps it', async ({ page }) => {
  await makeProgress(page);
  await page.goto('/progress/');
  const open = page.getByRole('button', { name: 'Reset all progress…' });
  await expect(open).toBeEnabled(); // disabled until saved progress has been read
  await open.focus();
  await page.keyboard.press('Enter');
  const question = page.getByRole('group', { name: /Reset everything\?/ });
  await expect(question.getByText(/Reset everything\?/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Reset everything' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was reset' })).toBeVisible();
  await expect(open).toBeFocused();
  expect(await stored(page)).toContain(QUESTION);

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress was reset' })).toBeVisible();
  await expect(page.getByText(`0 lessons of ${course.length} done, 0 in progress.`)).toBeVisible();
  await page.goto('/');
  await expect(lessonCard(page, TITLE)).toContainText('Not started');
});

test('a corrupt stored value shows a notice, is kept aside, and the site keeps working', async ({ page }) => {
  await page.goto('/');
  await expect(lessonCard(page, TITLE)).toContainText('Not started'); // this page has read storage: it will not see the damage
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"lessons":{'), KEY);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(notice).toContainText('Nothing crashed and nothing else was lost.');
  await expect(lessonCard(page, TITLE)).toContainText('Not started');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('layerwise:progress:set-aside')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"version":1,"lessons":{']);
  expect(await axeViolations(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // The site works: progress is recorded again, and /progress offers the copy kept aside.
  await makeProgress(page);
  await page.goto('/progress/');
  await expect(page.getByRole('button', { name: 'Download the data kept aside' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'saved progress' })).toHaveCount(0); // shown once, not on every page
});

test('a change made in a second tab shows in the first', async ({ page, context }) => {
  await page.goto('/');
  await expect(lessonCard(page, TITLE)).toContainText('Not started');
  const second = await context.newPage();
  await makeProgress(second);
  await expect(lessonCard(page, TITLE)).toContainText('In progress', BUSY);
  await second.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (every rule): the course map and /progress with progress shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedProgress(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(lessonCard(page, TITLE)).toContainText('In progress');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/progress/');
    await expect(page.getByText(/1 in progress/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(page.getByRole('button', { name: 'Reset everything' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
