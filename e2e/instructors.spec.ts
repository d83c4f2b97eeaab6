import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

// A lesson page and the builder both load a whole workspace (Monaco, the analysis worker).
test.describe.configure({ timeout: 90_000 });
const LOADED = { timeout: 30_000 };

const LESSON = 'copy';
const STEP = 'directories';
const PROGRESS_KEY = 'layerwise:progress';

async function monacoIn(scope: Locator): Promise<Locator> {
  const lines = scope.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines');
  await expect(lines).toBeVisible(LOADED);
  return lines;
}

async function appendToEditor(lines: Locator, text: string) {
  await lines.click();
  await lines.page().keyboard.press('Control+End');
  await lines.page().keyboard.insertText(text);
}

/** The builder on /instructors, pointed at LESSON / STEP, with its workspace loaded. */
async function openBuilder(page: Page): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/instructors/');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption(LESSON);
  await page.getByRole('combobox', { name: 'Step' }).selectOption(STEP);
  const workspace = page.getByRole('region', { name: /^Prepare the workspace/ });
  await monacoIn(workspace);
  return workspace;
}

/** Edits the Dockerfile in the builder and reads the link it makes from the page (not the clipboard). */
async function builderLink(page: Page, marker: string): Promise<string> {
  const workspace = await openBuilder(page);
  const field = page.getByRole('textbox', { name: 'Link', exact: true });
  await expect(field).toHaveValue(new RegExp(`/learn/${LESSON}/#${STEP}&ws=workspace&workspace=w1\\.`));
  const before = await field.inputValue();
  await appendToEditor(await monacoIn(workspace), `\nRUN echo ${marker}`);
  await expect(field).not.toHaveValue(before);
  return field.inputValue();
}

/** The lesson's panel editor, once loaded. */
async function lessonEditor(page: Page): Promise<Locator> {
  return monacoIn(page.locator('.wb-host'));
}

async function expectStepCurrentAndShown(page: Page) {
  await expect(page.locator(`[data-step-link="${STEP}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`#${STEP}`)).toBeInViewport();
}

test('a builder-made link opens the step with the prepared workspace', async ({ page }) => {
  const link = await builderLink(page, 'prepared-by-the-builder');
  await page.goto(link);
  await expectStepCurrentAndShown(page);
  const editor = await lessonEditor(page);
  await expect(editor).toContainText('prepared-by-the-builder');
  await expect(page.locator('.wb-host').getByRole('status').filter({ hasText: 'Opened the prepared workspace from the link.' })).toBeVisible();
  // The link has been read: a reload shows the learner's autosaved work, not the link again.
  await expect(page).toHaveURL(new RegExp(`/learn/${LESSON}/#${STEP}$`));
});

test('with saved work in that workspace the page asks first; "Keep my work" keeps it, loading keeps it aside', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/learn/${LESSON}/`);
  await page.locator('.wb-host').hover();
  await appendToEditor(await lessonEditor(page), '\nRUN echo my-own-work');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY), LOADED).toContain('my-own-work');

  const link = await builderLink(page, 'from-the-instructor');
  await page.goto(link);
  const offer = page.getByRole('group', { name: 'A prepared workspace from the link' });
  await expect(offer).toBeVisible(LOADED);
  await expectStepCurrentAndShown(page);
  const editor = await lessonEditor(page);
  await expect(editor).not.toContainText('from-the-instructor');
  await offer.getByRole('button', { name: 'Keep my work' }).click();
  await expect(offer).toBeHidden();
  await expect(editor).toContainText('my-own-work');
  await expect(editor).not.toContainText('from-the-instructor');
  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY);
  expect(stored).toContain('my-own-work');

  // The same link again, loaded this time: the learner's work is kept aside and comes back.
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByRole('group', { name: 'A prepared workspace from the link' }).getByRole('button', { name: 'Load the prepared workspace' }).click();
  const panel = await lessonEditor(page);
  await expect(panel).toContainText('from-the-instructor');
  const kept = page.getByRole('group', { name: 'Your work kept aside' });
  await kept.getByRole('button', { name: 'Bring my work back' }).click();
  await expect(panel).toContainText('my-own-work');
  await expect(panel).not.toContainText('from-the-instructor');
});

test('a damaged link says so, loads nothing, and still opens the step', async ({ page }) => {
  const link = await builderLink(page, 'never-loaded');
  // Cut off, as a chat tool would.
  await page.goto(link.slice(0, -12));
  await expect(page.getByRole('alert').filter({ hasText: /damaged or incomplete/ })).toBeVisible(LOADED);
  await expectStepCurrentAndShown(page);
  const editor = await lessonEditor(page);
  await expect(editor).toContainText('FROM');
  await expect(editor).not.toContainText('never-loaded');
});

test('a link followed on the open lesson page (same page, new hash) loads its workspace, and asks first over the learner\'s changes', async ({ page }) => {
  const link = await builderLink(page, 'followed-in-page');
  const hash = new URL(link).hash;
  await page.goto(`/learn/${LESSON}/`);
  // An open page is a hydrated one (before that, Next.js's router rewrites the address and drops
  // a hash set meanwhile). The workspace may not have loaded yet: then the link alone loads it.
  await expect(page.locator('[data-loader]')).toHaveAttribute('data-loader', /listening|loaded/);
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expectStepCurrentAndShown(page);
  const editor = await lessonEditor(page);
  await expect(editor).toContainText('followed-in-page');
  await expect(page).toHaveURL(new RegExp(`/learn/${LESSON}/#${STEP}$`));

  // Loaded, with the learner's own change: the page asks before replacing it.
  await appendToEditor(editor, '\nRUN echo my-change');
  await page.evaluate(() => (window.location.hash = ''));
  await page.evaluate((h) => (window.location.hash = h), hash.slice(0, -12));
  await expect(page.getByRole('alert').filter({ hasText: /damaged or incomplete/ })).toBeVisible();
  await page.evaluate((h) => (window.location.hash = h), hash);
  const offer = page.getByRole('group', { name: 'A prepared workspace from the link' });
  await expect(offer).toBeVisible(LOADED);
  await expect(editor).toContainText('my-change');
  await offer.getByRole('button', { name: 'Load the prepared workspace' }).click();
  await expect(editor).not.toContainText('my-change');
  await page.getByRole('group', { name: 'Your work kept aside' }).getByRole('button', { name: 'Bring my work back' }).click();
  await expect(editor).toContainText('my-change');
});

test('the builder warns when a link is over 2,000 characters', async ({ page }) => {
  const workspace = await openBuilder(page);
  const warning = page.getByText(/Warning: this link is over 2,000 characters/);
  await expect(page.getByText(/The link is [\d,]+ characters long/)).toBeVisible();
  await expect(warning).toBeHidden();
  // Text that compresses badly: a long list of unrelated numbers.
  const noise = Array.from({ length: 700 }, (_, i) => ((i * 2654435761) % 4294967291).toString(36)).join(' ');
  await appendToEditor(await monacoIn(workspace), `\n# ${noise}`);
  await expect(warning).toBeVisible();
  const length = (await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()).length;
  expect(length).toBeGreaterThan(2000);
  await expect(page.getByText(`The link is ${length.toLocaleString('en')} characters long.`)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (every rule): /instructors with the link builder loaded and a lesson's links open (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000); // a long page with a whole workspace in it, on a shared machine
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/instructors/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await monacoIn(page.getByRole('region', { name: /^Prepare the workspace/ }));
    await page.getByText(/^1\. /).click();
    const links = page.getByRole('list', { name: /^Links into/ }).first();
    await expect(links.getByRole('button', { name: /^Copy link to “Step:/ }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
