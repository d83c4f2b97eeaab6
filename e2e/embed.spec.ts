import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

// The embeds (/embed/...) inside an iframe on another origin: a course page served by this spec
// on its own port (a different origin from the site's), which records every message the embed
// posts into window.__messages and sizes the iframe from the `resize` messages.
const SITE = `http://localhost:${Number(process.env.E2E_PORT || 3100)}`;
const HOST_PORT = Number(process.env.E2E_HOST_PORT || Number(process.env.E2E_PORT || 3100) + 10);
const HOST = `http://localhost:${HOST_PORT}`;

test.use({ allowedOrigins: [HOST] });

// A prepared workspace for a step embed (computed with tsx, as an instructor's Share link would be).
const WORKSPACE_HASH = execFileSync(process.execPath, ['--import', 'tsx', 'e2e/embed-link.ts'], { encoding: 'utf8' });

function hostPage(src: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A course on another site</title>
<script>
  window.__messages = [];
  window.addEventListener('message', (event) => {
    if (event.origin !== ${JSON.stringify(SITE)} || !event.data || event.data.source !== 'layerwise') return;
    window.__messages.push(event.data);
    if (event.data.type === 'resize') document.querySelector('iframe').style.height = event.data.height + 'px';
  });
</script>
</head>
<body>
<main>
<h1>Week 3: Dockerfiles</h1>
<iframe title="Layerwise exercise" src=${JSON.stringify(SITE + src)} style="width: 1000px; height: 600px; border: 1px solid #888"></iframe>
</main>
</body>
</html>`;
}

let server: http.Server;
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const src = new URL(req.url ?? '/', HOST).searchParams.get('src');
    if (!src?.startsWith('/embed/')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(src));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOST_PORT, 'localhost', resolve);
  });
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

interface Message {
  type: string;
  [key: string]: unknown;
}

async function openHost(page: Page, src: string): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
  return page.frameLocator('iframe[title="Layerwise exercise"]');
}

/** The messages the host page received, of one type (polled: they arrive asynchronously). */
function received(page: Page, type: string) {
  return expect.poll(() => page.evaluate((t) => ((window as unknown as { __messages: Message[] }).__messages ?? []).filter((m) => m.type === t), type), { timeout: 15_000 });
}

async function loadedEditor(frame: FrameLocator) {
  const host = frame.locator('.wb-host');
  await expect(host).toHaveAttribute('data-loader', /listening|loaded/);
  await host.hover();
  await expect(host.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 20_000 });
  return host;
}

test('the embeds send no header that forbids framing', async ({ request }) => {
  for (const path of ['/embed/step/copy/what-copy-does/', '/embed/quiz/copy/copy-when/', '/embed/exercise/copy/fix-the-destination/', '/embed/playground/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
    expect(response.headers()['content-security-policy'] ?? '', path).not.toContain('frame-ancestors');
  }
});

test('step embed: the step’s text and a working workspace in an iframe on another origin, no site chrome', async ({ page }) => {
  const frame = await openHost(page, '/embed/step/copy/what-copy-does/');
  await expect(frame.getByRole('heading', { level: 2, name: 'What COPY copies, and when' })).toBeVisible();
  // Only this step: the next one of the lesson is not there.
  await expect(frame.getByRole('heading', { name: 'Where the two paths point' })).toHaveCount(0);
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('main')).toHaveCount(1);
  const open = frame.getByRole('link', { name: /Open in Layerwise/ });
  await expect(open).toHaveAttribute('href', '/learn/copy/#what-copy-does');
  await expect(open).toHaveAttribute('target', '_blank');

  await received(page, 'ready').toEqual([expect.objectContaining({ source: 'layerwise', version: 1, kind: 'step', path: '/embed/step/copy/what-copy-does/' })]);
  // The parent sizes the iframe to the embed's content.
  await received(page, 'resize').toContainEqual(expect.objectContaining({ height: expect.any(Number) }));

  const ws = await loadedEditor(frame);
  await ws.locator('.wb-monaco .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nRUN echo edited-in-the-embed');
  await expect(ws.getByRole('group', { name: /Layer diagram/ }).getByRole('button', { name: /RUN, layer: Runs "echo edited-in-the-embed"/ })).toBeVisible();
});

test('step embed: a later step opens the workspace the lesson uses there, not the first one', async ({ page }) => {
  await page.goto('/embed/step/custom-dockerfile-location/outside-the-context/');
  await expect(page.getByRole('heading', { level: 2, name: /Files above the context/ })).toBeVisible();
  await expect(page.locator('.wb-host')).toContainText('Editing: Build lab: starting in Root/resources');
});

test('step embed: #workspace= opens a prepared workspace', async ({ page }) => {
  const frame = await openHost(page, `/embed/step/copy/what-copy-does/${WORKSPACE_HASH}`);
  const ws = frame.locator('.wb-host');
  await expect(ws.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toContainText('Prepared by the instructor', { timeout: 20_000 });
  await expect(ws.getByRole('button', { name: 'NOTES.md', exact: true })).toBeVisible();
});

test('step embed: a damaged #workspace= link says so and keeps the step’s workspace', async ({ page }) => {
  const frame = await openHost(page, `/embed/step/copy/what-copy-does/${WORKSPACE_HASH.slice(0, -12)}`);
  await expect(frame.getByRole('alert').filter({ hasText: 'This link is damaged' })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 2, name: 'What COPY copies, and when' })).toBeVisible();
});

test('quiz embed: a right answer posts quiz-answered (correct) to the parent and is kept in the embed’s progress', async ({ page }) => {
  const frame = await openHost(page, '/embed/quiz/copy/copy-when/');
  await expect(frame.getByRole('link', { name: /Open in Layerwise/ })).toHaveAttribute('href', '/learn/copy/#quiz-copy-when');
  await received(page, 'ready').toEqual([expect.objectContaining({ kind: 'quiz' })]);
  const question = frame.getByRole('form', { name: /When does COPY copy files/ });
  await question.getByRole('radio', { name: /During docker build, into the image/ }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toContainText('Correct');
  await received(page, 'quiz-answered').toEqual([
    { source: 'layerwise', version: 1, type: 'quiz-answered', lesson: 'copy', question: 'copy-when', correct: true, firstTry: true, answer: { type: 'single', optionId: 'build-image' } },
  ]);
  const embed = page.frame({ url: /\/embed\/quiz\// })!;
  await expect.poll(() => embed.evaluate(() => localStorage.getItem('layerwise:progress') ?? ''), { timeout: 15_000 }).toContain('copy-when');
});

test('quiz embed: with the iframe’s storage blocked it still works and says progress is not kept', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // As a browser that blocks third-party storage: localStorage throws, in the iframe only.
  await page.addInitScript(() => {
    if (window.top === window) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  const frame = await openHost(page, '/embed/quiz/copy/copy-when/');
  // No saved theme can be read: the system's dark theme still applies.
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const question = frame.getByRole('form', { name: /When does COPY copy files/ });
  await question.getByRole('radio', { name: /During docker build, into the image/ }).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await received(page, 'quiz-answered').toEqual([expect.objectContaining({ correct: true, question: 'copy-when' })]);
  await expect(frame.getByRole('alert').filter({ hasText: 'it will not be remembered' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('exercise embed: applying the solution and Check posts exercise-solved to the parent', async ({ page }) => {
  test.setTimeout(60_000);
  const frame = await openHost(page, '/embed/exercise/copy/fix-the-destination/');
  await expect(frame.getByRole('link', { name: /Open in Layerwise/ })).toHaveAttribute('href', '/learn/copy/#fix-the-destination');
  await received(page, 'ready').toEqual([expect.objectContaining({ kind: 'exercise' })]);
  // The workspace opens on the exercise's start at once, with its Check.
  const panel = frame.locator('[data-exercise="fix-the-destination"]');
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await panel.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(panel).toHaveAttribute('data-exercise-state', 'unsolved');
  await panel.getByRole('button', { name: 'Show solution' }).click();
  await panel.getByRole('button', { name: 'Apply the solution' }).click();
  await panel.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(panel).toHaveAttribute('data-exercise-state', 'solved');
  await received(page, 'exercise-solved').toEqual([{ source: 'layerwise', version: 1, type: 'exercise-solved', lesson: 'copy', exercise: 'fix-the-destination' }]);
});

test('playground embed: renders in the iframe and docker build works in its terminal', async ({ page }) => {
  test.setTimeout(60_000);
  const frame = await openHost(page, '/embed/playground/');
  await expect(frame.getByRole('link', { name: /Open in Layerwise/ })).toHaveAttribute('href', '/playground/');
  await received(page, 'ready').toEqual([expect.objectContaining({ kind: 'playground' })]);
  const ws = await loadedEditor(frame);
  const term = ws.getByRole('region', { name: 'Terminal and build cache' });
  const input = term.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeVisible();
  await input.fill('docker build -t app .');
  await input.press('Enter');
  await expect(term.getByRole('log')).toContainText('naming to docker.io/library/app', { timeout: 20_000 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (all rules): embeds opened directly, the exercise with its workspace and a quiz question (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto('/embed/exercise/run/fix-the-run/');
    const panel = page.locator('[data-exercise="fix-the-run"]');
    await expect(panel).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-editor-kind="monaco"]')).toBeAttached({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(panel.locator('[data-goal="unmet"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/embed/quiz/copy/copy-when/');
    await page.getByRole('radio', { name: /Each time a container starts/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
