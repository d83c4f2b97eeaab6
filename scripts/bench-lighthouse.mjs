// Lighthouse for the benches: mobile preset runs with medians, the host's benchmarkIndex, the CPU
// multiplier Lighthouse's own documentation gives for that host, and an empty Next.js page built
// with this checkout's Next and React (what the framework alone scores on the same machine).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The CPU slowdown that brings this host to Lighthouse's target (a mid-tier phone), from the table
 * in Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown"): a high-end desktop
 * (benchmarkIndex 1500-2000) takes the preset's 4x, a low-end desktop (1000-1500) 2x, a high-end
 * phone (800-1200) 2x, a mid-tier phone 1x. The preset's 4x assumes a high-end desktop.
 */
export function documentedMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One Lighthouse run (async: a page server in the caller's process must keep answering). */
export function lighthouseRun(url, { chromiumPath, cpuSlowdown = null }) {
  const out = path.join(os.tmpdir(), `lw-lh-${process.pid}-${Date.now()}.json`);
  const flags = ['lighthouse', url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  if (cpuSlowdown !== null) flags.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`);
  const child = spawn('npx', flags, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'inherit' });
  // A run whose browser dies (another process on the machine killing Chromium) must not hang the bench.
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !fs.existsSync(out)) return resolve(null);
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      fs.rmSync(out, { force: true });
      const a = report.audits;
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(a['total-blocking-time'].numericValue),
        cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
        fcpMs: Math.round(a['first-contentful-paint'].numericValue),
        benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? 0),
      });
    });
  });
}

/** `runs` runs of one page, summarized by medians (Lighthouse's advice for variable results). */
export async function lighthouseMedian(url, runs, options) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseRun(url, options));
  const ok = results.filter(Boolean);
  if (ok.length === 0) return null;
  const m = (key) => median(ok.map((r) => r[key]));
  return { runs: ok.length, score: m('score'), scores: ok.map((r) => r.score), lcpMs: m('lcpMs'), tbtMs: m('tbtMs'), cls: Math.max(...ok.map((r) => r.cls)), benchmarkIndex: m('benchmarkIndex') };
}

/**
 * Builds the smallest App Router page (a heading and a sentence, static export) with this
 * checkout's node_modules: the framework's own cost, which no page of the site can go below.
 */
export function buildFloorPage() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-floor-'));
  fs.mkdirSync(path.join(tmp, 'app'));
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'floor', private: true }));
  fs.writeFileSync(path.join(tmp, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true, images: { unoptimized: true } };\n");
  fs.writeFileSync(
    path.join(tmp, 'app/layout.jsx'),
    "export const metadata = { title: 'Floor' };\nexport default function RootLayout({ children }) {\n  return (<html lang=\"en\"><body><main>{children}</main></body></html>);\n}\n",
  );
  fs.writeFileSync(path.join(tmp, 'app/page.jsx'), 'export default function Page() {\n  return (<><h1>An empty page</h1><p>React and the App Router, nothing else.</p></>);\n}\n');
  // Hard links (same file system): Turbopack refuses a node_modules symlink that leaves the project.
  const linked = spawnSync('cp', ['-al', path.resolve('node_modules'), path.join(tmp, 'node_modules')]);
  if (linked.status !== 0) fs.symlinkSync(path.resolve('node_modules'), path.join(tmp, 'node_modules'), 'dir');
  const result = spawnSync('npx', ['next', 'build'], { cwd: tmp, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('floor page build failed');
  return { dir: path.join(tmp, 'out'), tmp };
}
