#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another (they share 2 cores; running them in
// parallel would skew the figures). Benchmarks report figures against budgets; they are not tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const benches = [
  // --expose-gc: the engine bench empties the young generation before each timed call (see its header).
  ['engine: analyze() vs dockerfile-utils validate()', 'node', ['--expose-gc', '--import', 'tsx', 'scripts/bench-engine.ts']],
  ['simulator: docker build and the build-context check', 'node', ['--import', 'tsx', 'scripts/bench-simulator.ts']],
  ['workbench: keystroke latency, long tasks, first-load JS, Lighthouse', 'node', ['scripts/bench-workbench.mjs']],
];

let failed = 0;
for (const [title, command, args] of benches) {
  const script = args[args.length - 1];
  if (!fs.existsSync(script)) continue;
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
