/**
 * Simulator bench: `docker build` in the simulator (build()) and the workspace's live
 * build-context check (checkCopySources, run by the analysis worker on every edit of a
 * workspace Dockerfile), on the engine bench's generated shapes at about 750 and 7,500 lines.
 *
 * Budget (issue 12, "linear time on any Dockerfile"): 10x more lines may take at most 15x
 * the time (linear is 10x; garbage collection adds some). Before issue 12's fix, building
 * 750 ENV lines took 6.5 s and 7,500 took 82 s: each step copied the whole environment.
 * The arg-chain and stages shapes are reported but not judged: each ARG (arg-chain) or ENV
 * (stages: `ENV Si=${S(i-1)}y`) value is the previous one plus a character, so the values
 * themselves, and the image config the build hashes into the image id, grow with the square
 * of the file.
 *
 * Run: npm run bench:simulator -- [--shape NAME] [--json]
 * Exits with status 1 when a budget is exceeded.
 */
import { analyze } from '../lib/engine/analyze';
import { build } from '../lib/simulator';
import { checkCopySources } from '../lib/simulator/build/copy-sources';
import { SHAPES } from './bench-shapes';

const SIZES = [750, 7500] as const;
const BUDGET_GROWTH = 15;
/** Shapes whose output grows with the square of the input (see above). */
const QUADRATIC_OUTPUT = new Set(['arg-chain', 'stages']);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeMs(run: () => unknown, rounds: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

interface Row {
  shape: string;
  buildMs: number[];
  contextCheckMs: number[];
  buildGrowth: number;
  contextCheckGrowth: number;
  judged: boolean;
}

function measure(shape: (typeof SHAPES)[number]): Row {
  const buildMs: number[] = [];
  const contextCheckMs: number[] = [];
  for (const n of SIZES) {
    const dockerfile = shape.generate(n);
    const request = { dockerfile, context: { Dockerfile: dockerfile } };
    buildMs.push(timeMs(() => build(request), n > 5000 ? 3 : 7));
    const analysis = analyze(dockerfile);
    // The check takes milliseconds: more rounds, or its median moves with the machine's noise.
    contextCheckMs.push(timeMs(() => checkCopySources(analysis, request), n > 5000 ? 15 : 41));
  }
  return {
    shape: shape.name,
    buildMs,
    contextCheckMs,
    buildGrowth: buildMs[1] / buildMs[0],
    contextCheckGrowth: contextCheckMs[1] / contextCheckMs[0],
    judged: !QUADRATIC_OUTPUT.has(shape.name),
  };
}

function main(): void {
  const at = process.argv.indexOf('--shape');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  const rows = SHAPES.filter((s) => only === undefined || s.name === only).map(measure);
  const failures: string[] = [];
  for (const r of rows) {
    if (!r.judged) continue;
    if (r.buildGrowth > BUDGET_GROWTH) failures.push(`${r.shape}: build() grows ${r.buildGrowth.toFixed(1)}x for 10x lines, over ${BUDGET_GROWTH}x`);
    // Under a millisecond the growth is noise: judged only when the large file takes longer.
    if (r.contextCheckMs[1] >= 1 && r.contextCheckGrowth > BUDGET_GROWTH) {
      failures.push(`${r.shape}: the context check grows ${r.contextCheckGrowth.toFixed(1)}x for 10x lines, over ${BUDGET_GROWTH}x`);
    }
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, failures, ok: failures.length === 0 }, null, 2));
  } else {
    console.log(`simulator bench (wall time, medians; growth = time at ${SIZES[1]} lines / time at ${SIZES[0]}, budget <= ${BUDGET_GROWTH}x)`);
    console.log('  shape       build() ms (750 / 7500)  growth   context check ms (750 / 7500)  growth');
    for (const r of rows) {
      const note = r.judged ? '' : '  (not judged: quadratic output)';
      console.log(
        `  ${r.shape.padEnd(10)} ${r.buildMs.map((t) => t.toFixed(0).padStart(7)).join(' / ')}     ${r.buildGrowth.toFixed(1).padStart(5)}x  ${r.contextCheckMs.map((t) => t.toFixed(1).padStart(7)).join(' / ')}           ${r.contextCheckGrowth.toFixed(1).padStart(5)}x${note}`,
      );
    }
  }
  if (failures.length === 0) {
    console.log('bench: within budget');
  } else {
    console.log('bench: OVER BUDGET');
    for (const f of failures) console.log(`  - ${f}`);
    process.exitCode = 1;
  }
}

main();
