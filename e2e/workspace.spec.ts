import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

const PLAYGROUND = '/playground/';
const DASH_F_LESSON = '/learn/custom-dockerfile-location/';
const CACHE_LESSON = '/learn/build-cache/';
const COPY_LESSON = '/learn/copy/';

/** The page's workspace, loaded (Monaco ready): the lesson's panel, or the playground's. */
async function openWorkspace(page: Page, url: string): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  const ws = page.locator('.wb-host');
  await ws.hover();
  await expect(ws.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 20_000 });
  return ws;
}

/** The terminal, opened if the workspace keeps it one click away. */
async function terminal(ws: Locator): Promise<Locator> {
  const region = ws.getByRole('region', { name: 'Terminal and build cache' });
  const toggle = region.getByRole('button', { name: 'Terminal and build cache' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(region.getByRole('textbox', { name: 'Command' })).toBeVisible();
  return region;
}

async function run(term: Locator, command: string) {
  const input = term.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

async function appendToEditor(ws: Locator, text: string) {
  await ws.locator('.wb-monaco .view-lines').click();
  await ws.page().keyboard.press('Control+End');
  await ws.page().keyboard.insertText(text);
}

function layerBlock(ws: Locator, name: RegExp): Locator {
  return ws.getByRole('group', { name: /Layer diagram/ }).getByRole('button', { name });
}

function problems(ws: Locator): Locator {
  return ws.getByRole('region', { name: /^Problems/ }).getByRole('listitem');
}

for (const [where, url, command] of [
  ['the playground', PLAYGROUND, 'docker build -t app .'],
  ['the cache lesson', CACHE_LESSON, 'docker build -t hello .'],
  ['the -f lesson', DASH_F_LESSON, 'docker build -t img_name -f resources/docker/Dockerfile .'],
] as const) {
  test(`${where}: the terminal builds what the editor holds`, async ({ page }) => {
    const ws = await openWorkspace(page, url);
    await expect(ws.getByRole('textbox', { name: /Dockerfile editor/ })).toBeAttached();
    await appendToEditor(ws, '\nRUN echo edited-in-the-editor');
    // The layer view follows the editor...
    await expect(layerBlock(ws, /RUN, layer: Runs "echo edited-in-the-editor"/)).toBeVisible();
    // ...and so does the build: no second copy of the Dockerfile anywhere.
    const term = await terminal(ws);
    await run(term, command);
    await expect(term.getByRole('log')).toContainText('RUN echo edited-in-the-editor');
    await expect(term.getByRole('log')).toContainText('naming to docker.io/library/');
    await expect(layerBlock(ws, /RUN, layer: Runs "echo edited-in-the-editor".*Last build: EXECUTED/)).toBeVisible();
  });
}

test('a COPY of a missing file is a problem before any build, and the build then fails with the same text', async ({ page }) => {
  const ws = await openWorkspace(page, PLAYGROUND);
  await appendToEditor(ws, '\nCOPY notes.txt /app/');
  const problem = problems(ws).filter({ hasText: '"notes.txt" is not in the build context (the project root)' });
  await expect(problem).toBeVisible();
  const message = (await problem.innerText()).match(/ERROR: failed to build: failed to solve: failed to compute cache key: [^\n]*not found/)?.[0];
  expect(message).toBeTruthy();
  const term = await terminal(ws);
  await run(term, 'docker build -t app .');
  await expect(term.getByRole('log')).toContainText(message!);
  // Create the file: the problem goes away and the build passes.
  await run(term, 'echo "my notes" > notes.txt');
  await expect(problem).toHaveCount(0);
  await run(term, 'docker build -t app .');
  await expect(term.getByRole('log')).toContainText('naming to docker.io/library/app:latest');
});

test('cache lesson: edit main.py in the editor and rebuild; the layer view shows the install CACHED and the source COPY EXECUTED', async ({ page }) => {
  const ws = await openWorkspace(page, CACHE_LESSON);
  const term = await terminal(ws);
  await run(term, 'docker build -t hello .');
  await expect(term.getByRole('log')).toContainText('naming to docker.io/library/hello:latest');

  await ws.getByRole('button', { name: 'python/hello_world/main.py', exact: true }).click();
  await expect(ws.getByRole('textbox', { name: 'python/hello_world/main.py editor' })).toBeAttached();
  await appendToEditor(ws, '\n# edited in the workspace\n');
  // The Dockerfile is not open, but its problems and layers stay in view.
  await expect(ws.getByText('Problems and layers of Dockerfile, the Dockerfile this project builds.')).toBeVisible();
  await run(term, 'cat python/hello_world/main.py');
  await expect(term.getByRole('log')).toContainText('# edited in the workspace');
  await run(term, 'docker build -t hello .');

  await expect(layerBlock(ws, /RUN, layer: Runs "pip install.*Last build: CACHED/)).toBeVisible();
  await expect(layerBlock(ws, /Line 9, COPY.*Last build: EXECUTED: python\/hello_world\/main\.py changed/)).toBeVisible();
  await expect(ws.locator('[data-build-status="EXECUTED"]')).toHaveCount(1);
  // The COPY says what it copies from the project.
  await expect(layerBlock(ws, /Line 9, COPY.*copies 2 files: python\/hello_world\/main\.py, python\/hello_world\/requirements\.txt/)).toBeVisible();
  // The detailed cache list is still there for who wants it.
  await ws.getByText('Cache details of the last build').click();
  await expect(ws.getByRole('region', { name: /Cache view/ })).toContainText('python/hello_world/main.py changed');
});

test('cache lesson: touch keeps every step CACHED, chmod +x re-runs the COPY', async ({ page }) => {
  const ws = await openWorkspace(page, CACHE_LESSON);
  const term = await terminal(ws);
  await run(term, 'docker build -t hello .');
  await ws.getByRole('button', { name: 'python/hello_world/requirements.txt', exact: true }).click();
  await ws.getByRole('button', { name: 'touch python/hello_world/requirements.txt' }).click();
  await run(term, 'docker build -t hello .');
  await expect(ws.locator('[data-build-status="CACHED"]')).toHaveCount(4);
  await ws.getByRole('button', { name: 'chmod +x python/hello_world/requirements.txt' }).click();
  await expect(ws.getByRole('button', { name: 'python/hello_world/requirements.txt (executable)' })).toBeVisible();
  await run(term, 'docker build -t hello .');
  await expect(layerBlock(ws, /Line 5, COPY.*Last build: EXECUTED/)).toBeVisible();
});

test('the terminal and the editor share the files: echo > rewrites the open file, rm closes it, touch creates one', async ({ page }) => {
  const ws = await openWorkspace(page, CACHE_LESSON);
  const term = await terminal(ws);
  await ws.getByRole('button', { name: 'python/hello_world/main.py', exact: true }).click();
  await run(term, "echo 'print(2)' > python/hello_world/main.py");
  await expect(ws.locator('.wb-monaco .view-lines')).toHaveText('print(2)');
  await run(term, 'rm python/hello_world/main.py');
  await expect(ws.getByRole('button', { name: 'python/hello_world/main.py', exact: true })).toHaveCount(0);
  await expect(ws.getByRole('textbox', { name: 'Dockerfile editor' })).toBeAttached();
  // The source COPY still finds the folder (requirements.txt is left).
  await run(term, 'touch python/hello_world/util.py');
  await expect(ws.getByRole('button', { name: 'python/hello_world/util.py', exact: true })).toBeVisible();
});

test('the file panel creates, renames and deletes files (deleting asks first)', async ({ page }) => {
  const ws = await openWorkspace(page, PLAYGROUND);
  await ws.getByRole('button', { name: 'New file' }).click();
  await ws.getByRole('textbox', { name: 'New file path' }).fill('src/app.py');
  await ws.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(ws.getByRole('textbox', { name: 'src/app.py editor' })).toBeAttached();
  await ws.getByRole('button', { name: 'Rename src/app.py' }).click();
  await ws.getByRole('textbox', { name: 'New name for src/app.py' }).fill('src/server.py');
  await ws.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(ws.getByRole('button', { name: 'src/server.py', exact: true })).toBeVisible();
  await ws.getByRole('button', { name: 'Delete src/server.py' }).click();
  await expect(ws.getByRole('button', { name: 'src/server.py', exact: true })).toBeVisible();
  await ws.getByRole('button', { name: 'Delete src/server.py', exact: true }).last().click();
  await expect(ws.getByRole('button', { name: 'src/server.py', exact: true })).toHaveCount(0);
});

test('-f lesson: each <Workspace> opens its own project state, starting in its own directory', async ({ page }) => {
  const ws = await openWorkspace(page, DASH_F_LESSON);
  let term = await terminal(ws);
  await expect(term.getByRole('textbox', { name: 'Command' })).toHaveValue('docker build -t img_name -f docker/Dockerfile .');
  await term.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(term.getByRole('log')).toContainText('ERROR: failed to build: resolve : lstat docker: no such file or directory');

  await page.getByRole('group', { name: 'Build lab: starting in Root/resources' }).getByRole('button', { name: /Open in the workspace/ }).click();
  await expect(ws.getByRole('status').filter({ hasText: 'Switched to Build lab: starting in Root/resources' })).toBeVisible();
  term = await terminal(ws);
  await expect(term.getByRole('textbox', { name: 'Command' })).toHaveValue('docker build -t img_name -f docker/Dockerfile ..');
  await term.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(term.getByRole('log')).toContainText('naming to docker.io/library/img_name:latest');
  await run(term, 'pwd');
  await expect(term.getByRole('log')).toContainText('/project/resources $ pwd');
  // The Dockerfile is checked against the context of that build: the project root.
  await expect(ws.getByRole('region', { name: /^Problems/ })).toContainText('No problems');
});

test('keyboard only: from the editor to the terminal to the layer view', async ({ page }) => {
  const ws = await openWorkspace(page, CACHE_LESSON);
  const editor = ws.getByRole('textbox', { name: 'Dockerfile editor' });
  await editor.focus();
  await expect(editor).toBeFocused();
  // Esc then Tab leaves the editor; Tab goes on through problems and layers to the terminal.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  const input = ws.getByRole('textbox', { name: 'Command' });
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('log')).toContainText('naming to docker.io/library/hello:latest');
  // Back up to the layer view: one tab stop, then arrow keys.
  const diagram = ws.getByRole('group', { name: /Layer diagram/ });
  for (let i = 0; i < 40 && !(await diagram.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press('Shift+Tab');
  await expect(diagram.locator(':focus')).toHaveAttribute('aria-label', /Last build: EXECUTED|FROM/);
  await page.keyboard.press('ArrowUp');
  await expect(diagram.locator(':focus')).toHaveAttribute('aria-label', /Last build: EXECUTED/);
  // Enter selects the step's lines in the editor.
  await page.keyboard.press('Enter');
  await expect(ws.getByTestId('editor-position')).toContainText(/Line \d+/);
});

test('the playground autosaves every file and a share link carries the changed ones', async ({ page, context }) => {
  const ws = await openWorkspace(page, PLAYGROUND);
  await ws.getByRole('button', { name: 'main.py', exact: true }).click();
  await appendToEditor(ws, '\n# kept across reloads\n');
  await page.waitForFunction(() => (localStorage.getItem('layerwise:playground:draft') ?? '').includes('kept across reloads'));
  await page.reload();
  const again = page.locator('.wb-host');
  await expect(again.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toContainText('kept across reloads', { timeout: 20_000 });

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await again.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#workspace=w1\./);
  const other = await context.newPage();
  await other.evaluate(() => localStorage.clear()).catch(() => undefined);
  await other.goto(link);
  await expect(other.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toContainText('kept across reloads', { timeout: 20_000 });
});

test('the lesson text renders before any workspace code loads', async ({ page }) => {
  const html = await (await page.request.get(COPY_LESSON)).text();
  expect(html).toContain('data-editor-kind="static"');
  expect(html).toContain('Project files');
  await page.setViewportSize({ width: 800, height: 900 });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(COPY_LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-loader="listening"]')).toBeAttached();
  // Off screen on a narrow page: no editor, no simulator yet.
  await expect(page.locator('[data-editor-kind="monaco"]')).toHaveCount(0);
  const before = scripts.length;
  await page.locator('.wb-host').scrollIntoViewIfNeeded();
  await page.locator('.wb-host').hover();
  await expect(page.locator('[data-editor-kind="monaco"]')).toBeAttached({ timeout: 20_000 });
  expect(scripts.length).toBeGreaterThan(before);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (all rules): the cache lesson with a build on the layer view and the terminal open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ws = await openWorkspace(page, CACHE_LESSON);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const term = await terminal(ws);
    await run(term, 'docker build -t hello .');
    await ws.getByRole('button', { name: 'python/hello_world/main.py', exact: true }).click();
    await appendToEditor(ws, '\n# edit\n');
    await run(term, 'docker build -t hello .');
    await expect(ws.locator('[data-build-status="EXECUTED"]')).toHaveCount(1);
    await ws.getByText('Cache details of the last build').click();
    await ws.locator('summary', { hasText: 'Compare two orderings' }).click();
    await ws.getByRole('button', { name: 'Compare two orderings' }).click();
    await ws.getByRole('button', { name: 'New file' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe (all rules): the playground with a problem and the terminal (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ws = await openWorkspace(page, PLAYGROUND);
    await appendToEditor(ws, '\nCOPY notes.txt /app/');
    await expect(problems(ws).first()).toBeVisible();
    await run(await terminal(ws), 'docker build -t app .');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('Download .zip holds the workspace files as the editor holds them, and a README with the lesson command', async ({ page }) => {
  const ws = await openWorkspace(page, '/learn/docker-build-and-context/');
  await appendToEditor(ws, '\nLABEL org.example.note="from the zip test"');
  const downloading = page.waitForEvent('download');
  await ws.getByRole('button', { name: 'Download .zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^layerwise-.+\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  const names = Object.keys(files);
  const text = (suffix: string) => strFromU8(files[names.find((n) => n.endsWith(suffix))!]);
  expect(names.some((n) => n.endsWith('/python/hello_world/main.py'))).toBe(true);
  expect(names.some((n) => n.endsWith('/python/hello_world/requirements.txt'))).toBe(true);
  expect(text('/Dockerfile')).toContain('LABEL org.example.note="from the zip test"');
  expect(text('/README.md')).toContain('docker build -t hello .');
  expect(text('/README.md')).toContain('What will differ from Layerwise');
  await expect(ws.getByText(/^Downloaded layerwise-.+\.zip \(\d+ files and a README\)\.$/)).toBeVisible();
});

test('work typed just before leaving the page is kept: a reload at once still brings it back', async ({ page }) => {
  const ws = await openWorkspace(page, PLAYGROUND);
  await appendToEditor(ws, '\n# typed right before the reload\n');
  // No wait for the debounced autosave: leaving the page saves what is pending.
  await page.reload();
  const again = page.locator('.wb-host');
  await again.hover();
  await expect(again.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toContainText('typed right before the reload', { timeout: 20_000 });
});
