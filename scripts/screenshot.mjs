#!/usr/bin/env node
// Takes the README's screenshot of a lesson page from the exported site (run after `npm run build`).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 3200;
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${port}${process.argv[2] || '/learn/images-are-layers/'}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(Number(process.env.SHOT_WAIT || 1500));
  await page.screenshot({ path: process.argv[3] || 'docs/lesson-page.png' });
  await browser.close();
  console.log('Saved', process.argv[3] || 'docs/lesson-page.png');
} finally {
  server.kill();
}
