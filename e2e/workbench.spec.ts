import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { encodeShareHash } from '../lib/workbench/share';

const PLAYGROUND = '/playground/';
const LESSON = '/learn/images-are-layers/';
const EXERCISE_LESSON = '/learn/cmd-and-exec-form/';

/** The editing area, whichever editor loaded (Monaco's edit context or the fallback textarea). */
function editorInput(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Dockerfile editor' });
}

async function monacoReady(page: Page, scope: Locator | Page = page) {
  await expect(scope.locator('[data-editor-kind="monaco"] .wb-monaco .view-lines')).toBeVisible({ timeout: 20_000 });
}

/** Puts the cursor at the end of the Monaco text and types there (insertText avoids auto-close). */
async function appendToMonaco(page: Page, text: string) {
  await page.locator('.wb-monaco .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

async function monacoText(page: Page): Promise<string> {
  // Monaco renders non-breaking spaces in its view lines.
  return (await page.locator('.wb-monaco .view-lines').innerText()).replace(/\u00a0/g, ' ');
}

function problems(page: Page): Locator {
  return page.getByRole('region', { name: /^Problems/ }).getByRole('listitem');
}

function layerBlock(page: Page, name: RegExp): Locator {
  return page.getByRole('group', { name: /Layer diagram/ }).getByRole('button', { name });
}

test.describe('playground editor', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(PLAYGROUND);
    await monacoReady(page);
  });

  test('CMD["python", "main.py"] shows an error marker and a problem; the quick fix clears both', async ({ page }) => {
    await expect(page.locator('.wb-monaco .squiggly-error')).toHaveCount(0);
    await appendToMonaco(page, '\nCMD["python", "main.py"]');
    const row = problems(page).filter({ hasText: 'Line 10, column 1' }).filter({ hasText: 'Error:' });
    await expect(row.first()).toBeVisible();
    await expect(row.first()).toContainText('unknown instruction: CMD["python",');
    await expect(row.first().getByRole('link', { name: /Learn why/ })).toHaveAttribute('href', '/learn/cmd-and-exec-form#cmd-needs-a-space');
    await expect(page.locator('.wb-monaco .squiggly-error').first()).toBeVisible();

    // Monaco's quick fix (Ctrl+.), on the marked line where the cursor is.
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget').getByText(/Insert a space/);
    await expect(fix).toBeVisible();
    await page.keyboard.press('Enter');

    await expect(row).toHaveCount(0);
    await expect(page.locator('.wb-monaco .squiggly-error')).toHaveCount(0);
    expect(await monacoText(page)).toContain('CMD ["python", "main.py"]');
  });

  test('clicking a problem moves the cursor to it', async ({ page }) => {
    await appendToMonaco(page, '\nCMD["python", "main.py"]');
    await page.keyboard.press('Control+Home');
    await expect(page.getByTestId('editor-position')).toHaveText('Line 1, column 1');
    await problems(page).filter({ hasText: 'Line 10, column 1' }).first().getByRole('button').first().click();
    await expect(page.getByTestId('editor-position')).toHaveText('Line 10, column 1');
    await expect(editorInput(page)).toBeFocused();
  });

  test('a RUN adds a layer; an EXPOSE adds a config tag and a port on the image card', async ({ page }) => {
    const card = page.getByTestId('image-card');
    const layersBefore = Number(await card.getByTestId('image-layer-count').evaluate((n) => n.firstChild?.textContent));
    await appendToMonaco(page, '\nRUN useradd --create-home app');
    const run = layerBlock(page, /^Line 10, RUN, layer: /);
    await expect(run).toBeVisible();
    await expect(run).toHaveClass(/wb-layer/);
    await expect(card.getByTestId('image-layer-count')).toContainText(String(layersBefore + 1));

    await page.keyboard.insertText('\nEXPOSE 9090/udp');
    const expose = layerBlock(page, /^Line 11, EXPOSE, config only: /);
    await expect(expose).toBeVisible();
    await expect(expose).toHaveClass(/wb-tag/);
    await expect(card.getByTestId('image-ports')).toContainText('9090/udp');
    await expect(card.getByTestId('image-layer-count')).toContainText(String(layersBefore + 1));
  });

  test('clicking a layer selects its lines; moving the cursor marks its layer; hovering highlights lines', async ({ page }) => {
    await layerBlock(page, /^Line 5, RUN, layer/).click();
    await expect(page.getByTestId('editor-position')).toHaveText('Line 5 selected');
    await expect(page.locator('.wb-monaco .selected-text').first()).toBeVisible();

    await page.locator('.wb-monaco .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('editor-position')).toHaveText('Line 3, column 1');
    await expect(layerBlock(page, /^Line 3, WORKDIR/)).toHaveAttribute('aria-current', 'true');
    await expect(layerBlock(page, /^Line 5, RUN/)).not.toHaveAttribute('aria-current', 'true');

    await layerBlock(page, /^Line 7, EXPOSE/).hover();
    await expect(page.locator('.wb-monaco .wb-line-highlight')).toHaveCount(1);
  });

  test('hovering an instruction shows its documentation', async ({ page }) => {
    await page.locator('.wb-monaco .view-line span', { hasText: /^WORKDIR$/ }).first().hover();
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Sets the working directory' });
    await expect(hover).toBeVisible();
    await expect(hover.getByRole('link', { name: 'Dockerfile reference' })).toBeVisible();
    // The lesson that teaches the instruction (lib/engine/lesson-links.ts).
    await expect(hover.getByRole('link', { name: 'Lesson: how WORKDIR works' })).toHaveAttribute('href', /\/learn\/workdir\/?#what-workdir-does$/);
  });

  test('completion offers instructions at the start of a line and flags after --', async ({ page }) => {
    await page.locator('.wb-monaco .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('WOR');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest.getByText('WORKDIR', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('COPY --');
    await expect(suggest.getByText('--from', { exact: true })).toBeVisible();
    await expect(suggest.getByText('--chown', { exact: true })).toBeVisible();
  });

  test('keyboard only: reach the editor, leave it with Esc then Tab or Ctrl+M, reach the layer view', async ({ page }) => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    const input = editorInput(page);
    for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    // Tab belongs to the editor...
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    // ...until Esc, then Tab.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();

    // Ctrl+M makes Tab move focus, and back.
    await page.keyboard.press('Shift+Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('Control+m');
    await expect(page.locator('.wb-keyhelp')).toContainText('now moves focus');
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();

    const diagram = page.getByRole('group', { name: /Layer diagram/ });
    for (let i = 0; i < 40 && !(await diagram.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
    const base = diagram.getByRole('button', { name: /^Line 2, FROM python:3.12-slim/ });
    await expect(base).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(diagram.getByRole('button', { name: /^Line 3, WORKDIR/ })).toBeFocused();
    await expect(page.locator('.wb-monaco .wb-line-highlight')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-position')).toHaveText('Line 3 selected');
  });
});

test('a COPY --from step gets an arrow from the stage it copies from, drawn once the diagram is laid out', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(PLAYGROUND);
  await monacoReady(page);
  const arrows = page.locator('svg.wb-copy-links > path');
  await expect(arrows).toHaveCount(0);
  await appendToMonaco(page, '\nFROM alpine AS second\nCOPY --from=0 /app /app');
  await expect(arrows).toHaveCount(1);
  // A real curve between two laid-out blocks, not one drawn from the corner before layout.
  await expect.poll(async () => (await arrows.getAttribute('d')) ?? '').toMatch(/^M [1-9][\d.]* [1-9][\d.]* C /);
});

test.describe('share links and autosave', () => {
  test('a share link round-trips in a new page, with its length shown', async ({ page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PLAYGROUND);
    await monacoReady(page);
    await appendToMonaco(page, '\nLABEL org.opencontainers.image.title="shared"');
    await expect(layerBlock(page, /^Line 10, LABEL/)).toBeVisible();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const status = page.getByTestId('share-status');
    await expect(status).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseURL}/playground/#workspace=w1\\.`));
    await expect(status).toContainText(`(${link.length.toLocaleString('en')} characters)`);
    await expect(status).not.toContainText('Over 2,000');

    // A fresh browser profile: nothing saved, only the link.
    const other = await browser.newContext({ baseURL });
    const second = await other.newPage();
    await second.goto(link);
    await monacoReady(second);
    await expect.poll(() => monacoText(second)).toContain('LABEL org.opencontainers.image.title="shared"');
    await expect(second.getByRole('status').filter({ hasText: 'Opened the workspace from the link.' })).toBeVisible();
    await other.close();
  });

  test('a share link pasted into the address bar of the open playground opens it; the project on screen can be restored', async ({ page }) => {
    await page.goto(PLAYGROUND);
    await monacoReady(page);
    await appendToMonaco(page, '\nUSER my-own-user');
    await expect(layerBlock(page, /^Line 10, USER/)).toBeVisible();
    // Same document, new hash: what the browser does when a link is pasted over the current one.
    await page.evaluate((hash) => (window.location.hash = hash), encodeShareHash('FROM alpine:3.20\nCMD ["sh"]\n'));
    await expect.poll(() => monacoText(page)).toContain('FROM alpine:3.20');
    await expect(page.getByRole('status').filter({ hasText: 'Opened the workspace from the link.' })).toBeVisible();
    await expect(page).toHaveURL(/\/playground\/$/);
    await page.getByRole('button', { name: 'Restore my project' }).click();
    await expect.poll(() => monacoText(page)).toContain('USER my-own-user');

    await page.evaluate(() => (window.location.hash = '#workspace=w1.abc.%%%'));
    await expect(page.getByRole('alert').filter({ hasText: /link is damaged or incomplete/ })).toBeVisible();
    expect(await monacoText(page)).toContain('USER my-own-user');
  });

  test('a long share link carries a warning', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PLAYGROUND);
    await monacoReady(page);
    const lines = Array.from({ length: 120 }, (_, i) => `RUN echo "step ${i} ${(i * 7919).toString(36)}" > /tmp/f${i}`).join('\n');
    await appendToMonaco(page, `\n${lines}`);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByTestId('share-status')).toContainText('Over 2,000 characters');
  });

  test('an old single-Dockerfile link opens into the project', async ({ page }) => {
    await page.goto(`${PLAYGROUND}${encodeShareHash('FROM alpine:3.20\nCMD ["sh"]\n')}`);
    await monacoReady(page);
    await expect.poll(() => monacoText(page)).toContain('FROM alpine:3.20');
    await expect(page.getByRole('button', { name: 'main.py', exact: true })).toBeVisible();
  });

  test('a damaged or truncated link shows a clear message and the example', async ({ page }) => {
    const good = encodeShareHash('FROM alpine:3.20\nCMD ["sh"]\n');
    for (const hash of ['#dockerfile=v1.abc.%%%<script>alert(1)</script>', good.slice(0, -6), '#workspace=w1.abc.%%%<img>']) {
      await page.goto(`${PLAYGROUND}${hash}`);
      const notice = page.getByRole('alert').filter({ hasText: /link is damaged or incomplete/ });
      await expect(notice).toContainText('The example project is shown instead');
      await monacoReady(page);
      expect(await monacoText(page)).toContain('FROM python:3.12-slim');
      expect(await monacoText(page)).not.toContain('alpine');
    }
  });

  test('autosave brings the Dockerfile back; unreadable saved data is reported and kept', async ({ page }) => {
    await page.goto(PLAYGROUND);
    await monacoReady(page);
    await appendToMonaco(page, '\nUSER nobody');
    await expect(layerBlock(page, /^Line 10, USER/)).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('layerwise:playground:draft') ?? '')).toContain('USER nobody');
    await page.reload();
    await monacoReady(page);
    await expect.poll(() => monacoText(page)).toContain('USER nobody');

    await page.evaluate(() => localStorage.setItem('layerwise:playground:draft', '{"version":1,"sou'));
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'Your saved workspace could not be read' })).toContainText('a copy of the unreadable data was kept');
    await monacoReady(page);
    expect(await monacoText(page)).not.toContain('USER nobody');
    expect(await page.evaluate(() => localStorage.getItem('layerwise:playground:unreadable-draft'))).toBe('{"version":1,"sou');
  });
});

test('with Monaco blocked, the plain editor still shows diagnostics, fixes and layers', async ({ page }) => {
  // Abort every script or stylesheet chunk that carries Monaco.
  await page.route('**/_next/static/**', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('monaco-editor')) await route.abort('blockedbyclient');
    else await route.fulfill({ response, body });
  });
  await page.goto(PLAYGROUND);
  await expect(page.getByText('The full editor could not be loaded')).toBeVisible({ timeout: 20_000 });
  const input = editorInput(page);
  await expect(input).toBeVisible();
  expect(await input.evaluate((el) => el.tagName)).toBe('TEXTAREA');
  await input.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nCMD["python", "main.py"]\nRUN echo done');
  const row = problems(page).filter({ hasText: 'Line 10, column 1' }).filter({ hasText: 'Error:' }).first();
  await expect(row).toBeVisible();
  await expect(layerBlock(page, /^Line 11, RUN, layer/)).toBeVisible();
  await row.getByRole('button', { name: /^Fix: / }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Applied: / })).toBeVisible();
  await expect(problems(page).filter({ hasText: 'Line 10, column 1' }).filter({ hasText: 'Error:' })).toHaveCount(0);
  await expect(input).toHaveValue(/CMD \["python", "main.py"\]/);
});

test('on a touch screen the playground waits for a touch, then gives the plain editor', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(PLAYGROUND);
  await expect(page.locator('[data-loader="listening"]')).toBeAttached();
  // The build-time rendering stands: problems, layers and image card of the example.
  await expect(page.locator('[data-editor-kind="static"]')).toBeVisible();
  await expect(page.getByTestId('image-command')).toContainText('python main.py');
  await page.locator('.wb-editor-frame').tap();
  const input = editorInput(page);
  await expect(input).toBeVisible();
  expect(await input.evaluate((el) => el.tagName)).toBe('TEXTAREA');
  await expect(page.locator('[data-editor="monaco"]')).toHaveCount(0);
  await input.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nEXPOSE 9000');
  await expect(page.getByTestId('image-ports')).toContainText('9000/tcp');
  await context.close();
});

test.describe('beside a lesson', () => {
  test('on a narrow screen the editor loads only when asked, with the step that asked', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(EXERCISE_LESSON);
    // Below the lesson text and off screen: nothing of the editor has loaded yet.
    await expect(page.locator('[data-loader="listening"]')).toBeAttached();
    // Once the page has loaded and the browser has been idle twice (what deferred work waits
    // for), the editor has still not loaded: it waits to be scrolled to or asked for.
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done(), { timeout: 5000 }), { timeout: 5000 })));
    await expect(page.locator('[data-loader="listening"]')).toBeAttached();
    await expect(page.locator('[data-editor-kind="monaco"]')).toHaveCount(0);
    await page.locator('[id="fix-the-cmd"]').getByRole('button', { name: /Start this exercise/ }).click();
    const panel = page.getByRole('region', { name: 'Workspace' });
    await monacoReady(page, panel);
    await expect(panel).toBeInViewport();
    expect(await monacoText(page)).toContain('CMD["python", "hello_world/main.py"]');
    await expect(problems(page).filter({ hasText: 'Line 6, column 1' }).filter({ hasText: 'Error:' }).first()).toBeVisible();
    await expect(editorInput(page)).toBeFocused();
  });

  test('Open in playground carries the Dockerfile over in a share link', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(LESSON);
    const panel = page.getByRole('region', { name: 'Workspace' });
    await monacoReady(page, panel);
    await appendToMonaco(page, '\nLABEL from=lesson');
    await expect(layerBlock(page, /, LABEL, config only/)).toBeVisible();
    await panel.getByRole('link', { name: 'Open in playground' }).click();
    await expect(page).toHaveURL(/\/playground\/$/);
    await monacoReady(page);
    await expect.poll(() => monacoText(page)).toContain('LABEL from=lesson');
  });

  test('the lesson text paints before the workbench, which shows the same Dockerfile until the editor is ready', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(LESSON, { waitUntil: 'commit' });
    // The static rendering: highlighted code, problems and layers, before any editor code runs.
    const html = await (await page.request.get(LESSON)).text();
    expect(html).toContain('class="wb-static"');
    expect(html).toContain('data-editor-kind="static"');
    expect(html).toMatch(/class="wb-stage is-final"/);
    const panel = page.getByRole('region', { name: 'Workspace' });
    await monacoReady(page, panel);
    expect(await monacoText(page)).toContain('FROM python:3.12-slim');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the playground has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(PLAYGROUND);
    await monacoReady(page);
    await appendToMonaco(page, '\nCMD["python", "main.py"]');
    await expect(problems(page).filter({ hasText: 'Line 10, column 1' }).first()).toBeVisible();
    await page.getByText('Layers as a list').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe: a lesson page with the editor open has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(LESSON);
    const panel = page.getByRole('region', { name: 'Workspace' });
    await page.getByRole('region', { name: 'The parent image comes first' }).getByRole('button', { name: /Open in editor/ }).click();
    await monacoReady(page, panel);
    await appendToMonaco(page, '\nCMD["python", "main.py"]');
    await expect(problems(page).filter({ hasText: 'Error:' }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
