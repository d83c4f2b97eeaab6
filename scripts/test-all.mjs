#!/usr/bin/env node
// Runs every check in CI order: lint, type check, unit + content tests, production build, e2e.
// Each suite's result is counted, and the last line is "N passed, N failed[, N skipped]" over all.
// Suites keep running after a failure so one run shows everything that is broken.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

// The e2e suite needs Debian's Chromium (Playwright's own browser download cannot work here).
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const asRoot = process.getuid?.() === 0;
  const apt = (...args) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`${chromium} is missing: installing Debian's chromium package for the e2e tests...`);
  const install = apt('update', '-qq').status === 0 && apt('install', '-y', '-qq', 'chromium');
  if (!install || install.status !== 0) console.log('Could not install chromium: run "apt-get install -y chromium" and retry. The e2e suite will fail.');
}
fs.mkdirSync('test-results', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function record(title, counts, seconds) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  summary.push(`${title.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${seconds}s)`);
}

// A whole-program check counts as one test.
function single(title, command, args) {
  const { ok, seconds } = run(title, command, args);
  record(title, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }, seconds);
  return ok;
}

single('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
single('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);

{
  fs.rmSync('test-results/unit.json', { force: true });
  const { ok, seconds } = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  const report = readJson('test-results/unit.json');
  const counts = report
    ? { passed: report.numPassedTests, failed: report.numFailedTests + (ok || report.numFailedTests ? 0 : 1), skipped: report.numPendingTests + report.numTodoTests }
    : { passed: 0, failed: 1, skipped: 0 };
  record('unit', counts, seconds);
}

// npm run build: next build, then the service worker over the export (scripts/build-sw.mjs).
const built = single('build', 'npm', ['run', 'build']);

if (built) {
  fs.rmSync('test-results/e2e.json', { force: true });
  const { ok, seconds } = run('e2e', 'npx', ['playwright', 'test']);
  const report = readJson('test-results/e2e.json');
  const stats = report?.stats;
  const counts = stats
    ? { passed: stats.expected + stats.flaky, failed: stats.unexpected + (ok || stats.unexpected ? 0 : 1), skipped: stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 };
  record('e2e', counts, seconds);
} else {
  record('e2e', { passed: 0, failed: 1, skipped: 0 }, '0.0');
  summary.push('             (e2e not run: the build failed)');
}

console.log('\n=== Summary');
for (const line of summary) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
