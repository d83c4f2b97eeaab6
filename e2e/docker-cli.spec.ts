import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** The playground's terminal, scrolled into view so the workspace loads, ready for commands. */
async function openLab(page: Page): Promise<Locator> {
  await page.goto('/playground/');
  // The build-time rendering is replaced once the workspace has loaded (on reach): wait for it.
  await page.locator('.wb-host').hover();
  await expect(page.locator('[data-editor-kind="monaco"]')).toBeAttached({ timeout: 20_000 });
  const lab = page.getByRole('region', { name: 'Terminal and build cache' });
  await expect(lab.getByRole('textbox', { name: 'Command' })).toBeVisible();
  return lab;
}

async function run(lab: Locator, command: string) {
  const input = lab.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test('containers: run -d, ps, stop, rm and rmi in the terminal', async ({ page }) => {
  const lab = await openLab(page);
  const log = lab.getByRole('log');
  await run(lab, 'docker build -t hello .');
  await expect(log).toContainText('naming to docker.io/library/hello:latest');

  await run(lab, 'docker run -d --name web -p 8080:8000 hello');
  await expect(log).toContainText(/[0-9a-f]{64}/);
  await run(lab, 'docker ps');
  await expect(log).toContainText('CONTAINER ID');
  await expect(log).toContainText('0.0.0.0:8080->8000/tcp');

  // The image is in use: removing it needs --force (containerd image store).
  await run(lab, 'docker rmi hello');
  await expect(log).toContainText('conflict: unable to delete hello:latest (must be forced)');

  await run(lab, 'docker rm web');
  await expect(log).toContainText('container is running: stop the container before removing or force remove');
  await run(lab, 'docker stop web');
  await run(lab, 'docker ps -a');
  await expect(log).toContainText('Exited (137)');
  await run(lab, 'docker rm web');
  await run(lab, 'docker rmi hello');
  await expect(log).toContainText('Untagged: hello:latest');
  await expect(log).toContainText(/Deleted: sha256:[0-9a-f]{64}/);
});

test('docker inspect after a build shows the WORKDIR and CMD the Dockerfile set', async ({ page }) => {
  const lab = await openLab(page);
  const log = lab.getByRole('log');
  await run(lab, 'docker build -t hello .');
  await expect(log).toContainText('naming to docker.io/library/hello:latest');
  // Engine 29, containerd image store: the manifest list's digest is the image ID (moby/buildkit
  // exporter/containerimage/writer.go; moby/moby daemon/containerd/image_list.go).
  await expect(log).toContainText('unpacking to docker.io/library/hello:latest');
  const index = /exporting manifest list sha256:([0-9a-f]{12})/.exec((await log.textContent()) ?? '')?.[1];
  expect(index).toBeDefined();
  await run(lab, 'docker inspect hello');
  await expect(log).toContainText(new RegExp(`"Id": "sha256:${index}[0-9a-f]{52}"`));
  await expect(log).toContainText('"WorkingDir": "/app"');
  await expect(log).toContainText(/"Cmd": \[\s*"python",\s*"main\.py"\s*\]/);
});
