import { test, expect, axeViolations } from './fixtures';

test('searching the course finds a step and the result opens it', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.click();
  await box.fill('writable layer');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(results.getByRole('option', { name: /What an image is/ })).toBeVisible();
  await results.getByRole('option', { name: /What an image is/ }).click();
  await expect(page).toHaveURL(/\/learn\/images-are-layers\/#what-is-an-image$/);
  await expect(page.getByRole('region', { name: 'What an image is' })).toBeInViewport();
});

test('search is keyboard navigable: arrows move, Enter opens, Escape closes', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.focus();
  await page.keyboard.type('parent image');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`).locator('.search-result-title').textContent();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expect(page.getByRole('region', { name: chosen!, exact: true })).toBeInViewport();
});

test('a search with no match says so, and the open results pass axe', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill('zzqqxx');
  await expect(page.getByRole('status').filter({ hasText: 'No lessons match' })).toBeVisible();
  await box.fill('layer');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('searching "exec form" finds the CMD step, and the result link opens it', async ({ page }) => {
  await page.goto('/learn/images-are-layers/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill('exec form');
  const hit = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(hit).toContainText('Exec form versus shell form');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/learn\/cmd-and-exec-form\/#exec-form$/);
  await expect(page.getByRole('region', { name: 'Exec form versus shell form' })).toBeInViewport();
});
