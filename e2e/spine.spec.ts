import { test, expect, axeViolations } from './fixtures';

const LESSON = '/learn/images-are-layers/';

test('the course map lists the lessons in order with their summaries', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const lessons = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Images are layers' }) });
  await expect(lessons.getByRole('listitem').first()).toContainText('Images are layers');
  await expect(lessons.getByRole('listitem').first()).toContainText('stack of read-only filesystem layers');
  await page.getByRole('link', { name: 'Images are layers' }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Images are layers' })).toBeVisible();
});

test('a lesson page renders every step, listed in its table of contents', async ({ page }) => {
  await page.goto(LESSON);
  const toc = page.getByRole('navigation', { name: 'Steps in this lesson' });
  for (const title of ['What an image is', 'The parent image comes first', 'Order matters', 'Recap']) {
    await expect(page.getByRole('region', { name: title })).toBeVisible();
    await expect(toc.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'You will learn' })).toBeVisible();
  // Dockerfile and shell blocks are highlighted at build time (coloured spans in the static HTML).
  const response = await page.request.get(LESSON);
  expect(await response.text()).toMatch(/<pre class="shiki[^"]*"[^>]*><code><span class="line"><span style="color:#[0-9A-F]{6}/i);
});

test('a deep link scrolls to its step and marks it current', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${LESSON}#order-matters`);
  const step = page.getByRole('region', { name: 'Order matters' });
  await expect(step).toBeInViewport();
  await expect(step).toHaveAttribute('data-current-step', 'true');
  const toc = page.getByRole('navigation', { name: 'Steps in this lesson' });
  await expect(toc.getByRole('link', { name: 'Order matters' })).toHaveAttribute('aria-current', 'step');
  await expect(toc.getByRole('link', { name: 'What an image is' })).not.toHaveAttribute('aria-current', 'step');
  // Following another step link moves the marker.
  await toc.getByRole('link', { name: 'Recap' }).click();
  await expect(page.getByRole('region', { name: 'Recap' })).toHaveAttribute('data-current-step', 'true');
  await expect(step).not.toHaveAttribute('data-current-step', 'true');
});

test('copy link puts the step URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON);
  const step = page.getByRole('region', { name: 'The parent image comes first' });
  await step.getByRole('button', { name: /Copy link to/ }).click();
  await expect(step.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${LESSON}#parent-image-first`);
});

test('previous and next lesson links move through the course in order', async ({ page }) => {
  await page.goto('/');
  const titles = await page.getByRole('main').getByRole('listitem').getByRole('heading').allTextContents();
  await page.goto(LESSON);
  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await expect(pager.getByRole('link', { name: /Course map/ })).toBeVisible();
  if (titles.length > 1) {
    await pager.getByRole('link', { name: new RegExp(`Next lesson.*${titles[1]}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]);
    await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]);
  } else {
    await expect(pager.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
    await pager.getByRole('link', { name: /Course map/ }).click();
    await expect(page).toHaveURL(/\/$/);
  }
});

test('dark mode follows the system, and the toggle persists across reload', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(LESSON);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe('rgb(255, 255, 255)');
  await context.close();
});

test('an unknown address shows a 404 page that leads back to the course', async ({ page }) => {
  const response = await page.goto('/learn/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page.getByRole('link', { name: 'Images are layers' })).toBeVisible();
});

test('narrow screens stack the lesson text above the workbench', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(LESSON);
  const text = await page.getByRole('article').boundingBox();
  const panel = await page.getByRole('region', { name: 'Workspace' }).boundingBox();
  expect(panel!.y).toBeGreaterThan(text!.y + text!.height - 1);
  await page.setViewportSize({ width: 1280, height: 900 });
  const wideText = await page.getByRole('article').boundingBox();
  const widePanel = await page.getByRole('region', { name: 'Workspace' }).boundingBox();
  expect(widePanel!.x).toBeGreaterThan(wideText!.x + wideText!.width - 1);
});

for (const [name, path] of [
  ['course map', '/'],
  ['lesson', LESSON],
  ['404', '/no-such-page/'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the ${name} page has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
