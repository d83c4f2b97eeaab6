import { test, expect, axeViolations } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const DASH_F_LESSON = '/learn/custom-dockerfile-location/';
const CACHE_LESSON = '/learn/build-cache/';

/** The lab on a lesson, scrolled into view so it loads, with its terminal ready. */
async function openLab(page: Page, name: RegExp): Promise<Locator> {
  const lab = page.getByRole('region', { name });
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('textbox', { name: 'Command' })).toBeVisible();
  return lab;
}

async function run(lab: Locator, command: string) {
  const input = lab.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test('the lesson text renders before the lab, which loads the simulator only when it is near', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(CACHE_LESSON);
  const lab = page.getByRole('region', { name: /Build lab/ });
  // The static HTML already holds the lab's placeholder with the suggested command, not the terminal.
  const html = await (await page.request.get(CACHE_LESSON)).text();
  expect(html).toContain('data-build-lab="loading"');
  expect(html).toContain('docker build -t hello .');
  await expect(lab).toHaveAttribute('data-build-lab', 'loading');
  const before = scripts.length;
  await lab.scrollIntoViewIfNeeded();
  await expect(lab).toHaveAttribute('data-build-lab', 'ready');
  expect(scripts.length).toBeGreaterThan(before);
  // Prefilled, never run on its own.
  await expect(lab.getByRole('textbox', { name: 'Command' })).toHaveValue('docker build -t hello .');
  await expect(lab.getByRole('log')).not.toContainText('naming to');
});

test('-f lesson: the notes’ command fails like Docker, the corrected one builds', async ({ page }) => {
  await page.goto(DASH_F_LESSON);
  const lab = await openLab(page, /Build lab: Custom Dockerfile location/);
  const log = lab.getByRole('log');
  await expect(lab.getByRole('textbox', { name: 'Command' })).toHaveValue('docker build -t img_name -f docker/Dockerfile .');
  await lab.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(log).toContainText('ERROR: failed to build: resolve : lstat docker: no such file or directory');
  await run(lab, 'docker build -t img_name -f resources/docker/Dockerfile .');
  await expect(log).toContainText('[3/3] COPY src/ ./src/');
  await expect(log).toContainText('naming to docker.io/library/img_name:latest');
  await expect(lab.getByRole('region', { name: /Cache view/ })).toContainText('EXECUTED');
  // Failing again before any step runs leaves no stale cache view behind.
  await run(lab, 'docker build -t img_name -f docker/Dockerfile .');
  await expect(lab.getByRole('region', { name: /Cache view/ })).toHaveCount(0);
  // The log keeps the newest output in view.
  const scrolled = await log.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
  expect(scrolled).toBe(true);
});

test('cache lesson: after editing main.py, pip install is CACHED and the source COPY is EXECUTED', async ({ page }) => {
  await page.goto(CACHE_LESSON);
  const lab = await openLab(page, /Build lab/);
  await run(lab, 'docker build -t hello .');
  await expect(lab.getByRole('log')).toContainText('naming to docker.io/library/hello:latest');

  await lab.getByRole('button', { name: 'python/hello_world/main.py' }).click();
  const editor = lab.getByRole('textbox', { name: /Contents of python\/hello_world\/main\.py/ });
  await editor.fill('print("Hello again")\n');
  await lab.getByRole('button', { name: 'Save' }).click();
  await expect(lab.getByRole('status').filter({ hasText: 'Saved python/hello_world/main.py' })).toBeVisible();

  await run(lab, 'docker build -t hello .');
  const view = lab.getByRole('region', { name: /Cache view/ });
  const row = (label: RegExp) => view.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
  await expect(row(/RUN pip install/)).toContainText('CACHED');
  await expect(row(/COPY python\/hello_world \.\/hello_world$/)).toContainText('EXECUTED');
  await expect(row(/COPY python\/hello_world \.\/hello_world$/)).toContainText('first miss');
  await expect(view).toContainText('The cache stopped at');
  await expect(view).toContainText('python/hello_world/main.py changed');
  await expect(lab.getByRole('log')).toContainText('CACHED [4/5] RUN pip install');
});

test('cache lesson: touch keeps every step CACHED, chmod +x does not', async ({ page }) => {
  await page.goto(CACHE_LESSON);
  const lab = await openLab(page, /Build lab/);
  await run(lab, 'docker build -t hello .');
  await lab.getByRole('button', { name: 'python/hello_world/requirements.txt' }).click();
  await lab.getByRole('button', { name: 'touch' }).click();
  await run(lab, 'docker build -t hello .');
  const view = lab.getByRole('region', { name: /Cache view/ });
  await expect(view).toContainText('Every step was reused from the cache.');
  await expect(view).toContainText('4 CACHED, 0 EXECUTED');
  await expect(view.getByRole('row').filter({ hasText: 'EXECUTED' })).toHaveCount(0);

  const executable = lab.getByRole('button', { name: 'Executable (chmod +x)' });
  await executable.click();
  await expect(executable).toHaveAttribute('aria-pressed', 'true');
  await run(lab, 'docker build -t hello .');
  await expect(view).toContainText('The cache stopped at [3/5] COPY python/hello_world/requirements.txt');
});

test('the file panel follows the terminal: echo > rewrites the open file, rm closes it, touch creates one', async ({ page }) => {
  await page.goto(CACHE_LESSON);
  const lab = await openLab(page, /Build lab/);
  await lab.getByRole('button', { name: 'python/hello_world/main.py' }).click();
  const editor = lab.getByRole('textbox', { name: /Contents of python\/hello_world\/main\.py/ });
  await run(lab, "echo 'print(2)' > python/hello_world/main.py");
  await expect(editor).toHaveValue('print(2)\n');
  await run(lab, 'rm python/hello_world/main.py');
  await expect(editor).toHaveCount(0);
  await expect(lab.getByRole('button', { name: 'python/hello_world/main.py' })).toHaveCount(0);
  await run(lab, 'touch python/hello_world/util.py');
  await expect(lab.getByRole('button', { name: 'python/hello_world/util.py' })).toBeVisible();
});

test('compare two orderings: the same edit, both Dockerfiles, side by side with times', async ({ page }) => {
  await page.goto(CACHE_LESSON);
  const lab = await openLab(page, /Build lab/);
  await lab.getByRole('button', { name: 'Compare two orderings' }).click();
  const naive = lab.getByRole('region', { name: /notes’ order.*rebuild after the edit/ });
  const friendly = lab.getByRole('region', { name: /Requirements copied first.*rebuild after the edit/ });
  await expect(naive.getByRole('listitem').filter({ hasText: 'RUN pip install' })).toContainText('EXECUTED');
  await expect(friendly.getByRole('listitem').filter({ hasText: 'RUN pip install' })).toContainText('CACHED');
  await expect(naive).toContainText(/Rebuild: \d+\.\ds/);
  await expect(lab).toContainText(/Requirements copied first saves \d+\.\ds on every such rebuild/);
});

test('keyboard only: tab to the terminal, run, recall with Up, edit a file and save', async ({ page }) => {
  await page.goto(CACHE_LESSON);
  const lab = await openLab(page, /Build lab/);
  const input = lab.getByRole('textbox', { name: 'Command' });
  // From the lab's own first control, Tab alone must reach the command input.
  await lab.getByRole('button', { name: '.dockerignore' }).focus();
  let tabs = 0;
  while (tabs < 15 && !(await input.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  await expect(input).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('ls python/hello_world');
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('log')).toContainText('main.py  requirements.txt');
  await page.keyboard.type('pwd');
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('log')).toContainText('/project');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('pwd');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('ls python/hello_world');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveValue('');

  // Back to the file tree with Shift+Tab, open main.py with Enter, edit it and save.
  const file = lab.getByRole('button', { name: 'python/hello_world/main.py' });
  for (let i = 0; i < 20 && !(await file.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(file).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = lab.getByRole('textbox', { name: /Contents of python\/hello_world\/main\.py/ });
  await expect(editor).toBeVisible();
  // Past the remaining files and the new-file form: a handful of Tabs, not a trap.
  for (let i = 0; i < 6 && !(await editor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# edited from the keyboard\n');
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('status').filter({ hasText: 'Saved python/hello_world/main.py' })).toBeVisible();
  await input.focus();
  await page.keyboard.type('cat python/hello_world/main.py');
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('log')).toContainText('# edited from the keyboard');
});

test('each lab on a page keeps its own state, starting in its own directory', async ({ page }) => {
  await page.goto(DASH_F_LESSON);
  const root = await openLab(page, /Build lab: Custom Dockerfile location/);
  const sub = await openLab(page, /Build lab: starting in Root\/resources/);
  await expect(sub.getByRole('textbox', { name: 'Command' })).toHaveValue('docker build -t img_name -f docker/Dockerfile ..');
  await sub.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(sub.getByRole('log')).toContainText('naming to docker.io/library/img_name:latest');
  await run(sub, 'pwd');
  await expect(sub.getByRole('log')).toContainText('/project/resources $ pwd');
  // The other lab has its own directory, files and image store.
  await run(root, 'pwd');
  await run(root, 'docker images');
  await expect(root.getByRole('log')).toContainText('/project $ pwd');
  await expect(root.getByRole('log')).not.toContainText('/project/resources');
  await expect(root.getByRole('log')).not.toContainText('img_name');
  await root.getByRole('button', { name: 'src/main.py' }).click();
  await root.getByRole('button', { name: 'Delete' }).click();
  await run(sub, 'ls ../src');
  await expect(sub.getByRole('log')).toContainText('cli.py  main.py');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the cache lesson with a loaded lab and a rebuild has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(CACHE_LESSON);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const lab = await openLab(page, /Build lab/);
    await run(lab, 'docker build -t hello .');
    await lab.getByRole('button', { name: 'python/hello_world/main.py' }).click();
    await lab.getByRole('textbox', { name: /Contents of/ }).fill('print(1)\n');
    await lab.getByRole('button', { name: 'Save' }).click();
    await run(lab, 'docker build -t hello .');
    await lab.getByRole('button', { name: 'Compare two orderings' }).click();
    await expect(lab.getByRole('region', { name: /Cache view/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the playground has its own build lab below the workbench', async ({ page }) => {
  await page.goto('/playground/');
  const section = page.getByRole('region', { name: 'Build it' });
  const lab = await openLab(page, /Build lab: python\/hello_world/);
  await expect(section.getByRole('region', { name: /Build lab/ })).toBeVisible();
  await lab.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(lab.getByRole('log')).toContainText('naming to docker.io/library/hello:latest');
});

// Scoped to the labs: the rest of this page is the lesson's, checked by its own tests.
test('axe: both labs of the -f lesson, loaded and with a failed build, have no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto(DASH_F_LESSON);
  const lab = await openLab(page, /Build lab: Custom Dockerfile location/);
  await lab.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(lab.getByRole('log')).toContainText('ERROR: failed to build');
  await openLab(page, /Build lab: starting in Root\/resources/);
  const results = await new AxeBuilder({ page }).include('[data-build-lab]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
});
