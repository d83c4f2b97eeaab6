import type { Page } from '@playwright/test';
import type { Server } from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, axeViolations } from './fixtures';
import { createStaticServer } from '../scripts/static-server.mjs';

// Offline, print and the web app manifest, against the production export with its service worker
// (npm run build = next build + scripts/build-sw.mjs).
//
// The offline tests serve the export from a server of their own on another port, so the network
// can really be cut: the server is closed (nothing answers any more) and the context is set
// offline. Playwright blocks service workers for the other specs (playwright.config.ts).

const SITE = path.resolve(process.env.LW_DIST_DIR || 'out');
const PORT = Number(process.env.E2E_PORT || 3100) + 37;
const ORIGIN = `http://localhost:${PORT}`;

const FIRST = '/learn/images-are-layers/';
const OTHER = '/learn/build-cache/';

async function listen(): Promise<Server> {
  const server = createStaticServer(SITE);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, resolve);
  });
  return server;
}

async function close(server: Server) {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** After the first visit: the worker is active (so everything is precached) and controls the page. */
async function waitForWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
}

test.describe('with the service worker', () => {
  test.use({ baseURL: ORIGIN, serviceWorkers: 'allow' });
  let server: Server | null = null;
  test.beforeEach(async () => {
    server = await listen();
  });
  test.afterEach(async () => {
    if (server?.listening) await close(server);
    server = null;
  });

  test('after the first visit, lessons, the playground and its editor work with the network cut', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(FIRST);
    await waitForWorker(page);

    await close(server!);
    await context.setOffline(true);

    // A lesson never opened before: the HTML, its chunks and the lesson text come from the worker.
    const response = await page.goto(OTHER);
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'The build cache' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'How the cache decides' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // The workspace beside it: Monaco's chunks and workers are precached too.
    const ws = page.locator('.wb-host');
    await ws.hover();
    await expect(ws.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 30_000 });
    await expect(ws.locator('.wb-monaco .view-lines')).toContainText('FROM');

    // The search index.
    const index = await page.evaluate(() => fetch('/search-index.json').then((r) => r.json()).then((j) => typeof j));
    expect(index).toBe('object');

    // The playground, by the address without a query or with one (share links).
    const playground = await page.goto('/playground/?from=offline-test');
    expect(playground?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const pws = page.locator('.wb-host');
    await pws.hover();
    await expect(pws.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 30_000 });

    // Client-side navigation to another lesson (RSC payloads are precached as well).
    await page.goto('/');
    await page.getByRole('link', { name: /Images are layers/ }).first().click();
    await expect(page).toHaveURL(/\/learn\/images-are-layers\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Images are layers' })).toBeVisible();

    // A page that does not exist gets the site's 404 page, not the browser's offline error.
    await page.goto('/learn/no-such-lesson/');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('a new version waiting shows the notice, and Reload switches to it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(FIRST);
    await waitForWorker(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Layerwise is available.' });
    await expect(notice).toHaveCount(0);

    // A worker at a new script URL is an update of the same registration: it installs and waits.
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?build=2', { scope: '/' }).then(() => undefined));
    await expect(notice).toBeVisible({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    // The page reloaded under the new worker. (The reloaded page registers /sw.js again, which
    // for this test's ?build=2 worker is one more "update": real builds keep the one URL.)
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js?build=2'));
    await expect(page.getByRole('heading', { level: 1, name: 'Images are layers' })).toBeVisible();
  });
});

test('sw.js is served uncached as JavaScript; the manifest is linked, valid and its icons exist', async ({ page, request }) => {
  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(await sw.text()).toContain('/learn/build-cache/index.html'.slice(1));

  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = JSON.parse(await response.text());
  expect(manifest).toMatchObject({ name: expect.stringContaining('Layerwise'), short_name: 'Layerwise', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type']).toBe(icon.type);
    if (icon.type === 'image/png') {
      const bytes = await file.body();
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png');
});

test('printing a lesson hides the workspace, header search and buttons, and keeps code, diagrams and step links', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(OTHER);
  const panel = page.locator('.workbench-panel');
  await expect(panel).toBeVisible();
  await expect(page.locator('.copy-link-button').first()).toBeVisible();
  await expect(page.locator('a.step-anchor[data-print-url]').first()).toBeAttached();

  await page.emulateMedia({ media: 'print' });
  await expect(panel).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Steps in this lesson' })).toBeHidden();
  await expect(page.locator('.copy-link-button').first()).toBeHidden();
  expect(await page.locator('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length)).toBe(0);

  await expect(page.getByRole('heading', { level: 1, name: 'The build cache' })).toBeVisible();
  const code = page.locator('.code-block pre').first();
  await expect(code).toBeVisible();
  expect(await code.evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre-wrap');
  await expect(page.locator('.lesson-text figure, .lesson-text .layer-diagram').first()).toBeVisible();

  const anchor = page.locator('#how-the-cache-works a.step-anchor');
  const after = await anchor.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe(`"${baseURL}/learn/build-cache/#how-the-cache-works"`);

  // The lesson text takes the page's whole width.
  const width = await page.locator('.lesson-text').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(900);

  await page.emulateMedia({ media: 'screen' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
});

test.describe('from a plain file server without the worker', () => {
  const PLAIN_PORT = PORT + 1;
  test.use({ baseURL: `http://127.0.0.1:${PLAIN_PORT}`, serviceWorkers: 'allow' });
  let python: ChildProcess | null = null;
  let copy = '';
  test.beforeAll(async () => {
    // The export as any host would serve it, minus the worker.
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-plain-'));
    fs.cpSync(SITE, copy, { recursive: true });
    fs.rmSync(path.join(copy, 'sw.js'), { force: true });
    python = spawn('python3', ['-m', 'http.server', String(PLAIN_PORT), '--bind', '127.0.0.1', '--directory', copy], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://127.0.0.1:${PLAIN_PORT}/`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('python3 -m http.server did not start');
  });
  test.afterAll(() => {
    python?.kill();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  test('python3 -m http.server: the lesson works and the failed registration is silent', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(FIRST);
    await expect(page.getByRole('heading', { level: 1, name: 'Images are layers' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await expect(page.getByText('A new version of Layerwise is available.')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
