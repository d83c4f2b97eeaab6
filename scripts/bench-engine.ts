/**
 * Engine bench: analyze() against dockerfile-utils' validate() alone, in one process,
 * on generated multi-stage Dockerfiles of about 80, 750 and 7,500 lines.
 *
 * Budgets (issue 3): analyze/validate <= 2.0 at every size, and growth
 * (analyze 7500/750) / (validate 7500/750) <= 1.15.
 *
 * Run: npm run bench:engine -- [--runs N] [--json] [--rules] [--core] [--cpu]
 * (BENCH_RULE_LINES=80 times the rules on the small file instead of the largest)
 * --runs N repeats the whole measurement and judges the medians (the machine's load
 * average is printed: other processes slow both sides, but not always alike);
 * --rules also times every check of the registry on the largest file;
 * --core also measures analyze() without any rule (the engine core alone).
 * Exits with status 1 when any budget is exceeded, naming which.
 */
import { loadavg } from 'node:os';
import { validate } from 'dockerfile-utils';
import { analyze, analyzeWith } from '../lib/engine/analyze';
import { parseDockerfile } from '../lib/engine/parse';
import { buildStages } from '../lib/engine/stages';
import { checkSets } from '../lib/engine/checks';
import type { CheckContext } from '../lib/engine/types';

const BUDGET_RATIO = 2.0;
const BUDGET_GROWTH = 1.15;

/** One realistic stage pair (~25 lines): build stage, runtime stage, mixed instructions. */
function block(i: number): string {
  return `# --- service ${i} ---
ARG NODE_VERSION=20
FROM node:\${NODE_VERSION}-alpine AS build${i}
WORKDIR /app
ENV NODE_ENV=production \\
    NPM_CONFIG_LOGLEVEL=warn
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && \\
    npm cache clean --force
COPY src/ ./src/
RUN npm run build -- --mode production
LABEL org.opencontainers.image.title="service-${i}" version="1.${i}"

FROM nginx:1.27-alpine AS web${i}
COPY --from=build${i} /app/dist /usr/share/nginx/html
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
EXPOSE 80 443/tcp
USER nginx
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1
VOLUME ["/var/cache/nginx"]
STOPSIGNAL SIGQUIT
ENTRYPOINT ["nginx"]
CMD ["-g", "daemon off;"]

`;
}

export function generateDockerfile(targetLines: number): string {
  const header = '# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing\n\n';
  let out = header;
  let i = 0;
  const blockLines = block(0).split('\n').length - 1;
  // whole blocks, as close to the target as they get (about 80 / 750 / 7,500 lines)
  while (out.split('\n').length + blockLines / 2 < targetLines) out += block(i++);
  return out;
}

/**
 * Clock: wall time by default; with --cpu, the process's CPU time (user + system),
 * which a busy machine disturbs less because time spent descheduled is not counted.
 */
const useCpu = process.argv.includes('--cpu');
function now(): number {
  if (!useCpu) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface SizeResult {
  lines: number;
  validateMs: number;
  analyzeMs: number;
  ratio: number;
}

/**
 * validate and analyze run alternately, one call each per round, so machine noise
 * (other processes, GC, CPU frequency) hits both alike; medians of all rounds.
 */
function benchSize(lines: number, analyzeFn: (text: string) => unknown = (t) => analyze(t)): SizeResult {
  const text = generateDockerfile(lines);
  const actual = text.split('\n').length;
  for (let k = 0; k < 10; k++) {
    validate(text);
    analyzeFn(text);
  }
  const budgetMs = lines > 5000 ? 12_000 : 3_000;
  const v: number[] = [];
  const a: number[] = [];
  const start = performance.now();
  while ((v.length < 15 || performance.now() - start < budgetMs) && v.length < 3000) {
    let t0 = now();
    validate(text);
    v.push(now() - t0);
    t0 = now();
    analyzeFn(text);
    a.push(now() - t0);
  }
  const validateMs = median(v);
  const analyzeMs = median(a);
  return { lines: actual, validateMs, analyzeMs, ratio: analyzeMs / validateMs };
}

/**
 * Time of each check on a fresh analysis (first call, as in analyze()), median over
 * rounds. A cache a rule set builds on first use is charged to the first check that
 * builds it.
 */
function ruleTimes(lines: number): Array<{ source: string; name: string; ms: number }> {
  const text = generateDockerfile(lines);
  const rounds = lines > 5000 ? 9 : 41;
  const samples = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    const parsed = parseDockerfile(text);
    const built = buildStages(parsed.instructions, parsed.escapeChar, {});
    const ctx: CheckContext = {
      source: text,
      lines: parsed.source.lines(),
      analysis: {
        stages: built.stages,
        directives: parsed.directives,
        globalArgs: parsed.globalArgs,
        instructions: parsed.instructions,
        escapeChar: parsed.escapeChar,
        targetStage: built.targetStage,
      },
      options: {},
    };
    for (const set of checkSets) {
      for (const [index, check] of set.checks.entries()) {
        // unnamed checks are shown by their position in the set's array
        const key = `${set.source}/${check.name || `#${index} (unnamed)`}`;
        const t0 = now();
        try {
          check(ctx);
        } catch {
          /* a failing rule is reported by analyze() as 'internal' */
        }
        const ms = now() - t0;
        if (round > 0) samples.set(key, [...(samples.get(key) ?? []), ms]);
      }
    }
  }
  return [...samples]
    .map(([key, ms]) => {
      const slash = key.indexOf('/');
      return { source: key.slice(0, slash), name: key.slice(slash + 1), ms: median(ms) };
    })
    .sort((x, y) => y.ms - x.ms);
}

interface BenchRun {
  sizes: SizeResult[];
  growth: number;
}

function measureOnce(): BenchRun {
  const sizes = [80, 750, 7500].map((n) => benchSize(n));
  const [, mid, big] = sizes;
  const growth = big.analyzeMs / mid.analyzeMs / (big.validateMs / mid.validateMs);
  return { sizes, growth };
}

/** Each figure is the median over the runs (one run: that run's figures). */
function medianRun(runs: BenchRun[]): BenchRun {
  const sizes = runs[0].sizes.map((s, i) => {
    const validateMs = median(runs.map((r) => r.sizes[i].validateMs));
    const analyzeMs = median(runs.map((r) => r.sizes[i].analyzeMs));
    return { lines: s.lines, validateMs, analyzeMs, ratio: median(runs.map((r) => r.sizes[i].ratio)) };
  });
  return { sizes, growth: median(runs.map((r) => r.growth)) };
}

function optionValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function main(): void {
  const json = process.argv.includes('--json');
  const runCount = optionValue('--runs', 1);
  const loadBefore = loadavg();
  const runs: BenchRun[] = [];
  for (let r = 0; r < runCount; r++) runs.push(measureOnce());
  const { sizes, growth } = medianRun(runs);
  const loadAfter = loadavg();
  const failures = [
    ...sizes
      .filter((s) => s.ratio > BUDGET_RATIO)
      .map((s) => `ratio at ${s.lines} lines is ${s.ratio.toFixed(2)}, over the budget of ${BUDGET_RATIO}`),
    ...(growth > BUDGET_GROWTH ? [`growth is ${growth.toFixed(3)}, over the budget of ${BUDGET_GROWTH}`] : []),
  ];
  const ok = failures.length === 0;
  const core = process.argv.includes('--core')
    ? [80, 750, 7500].map((n) => benchSize(n, (t) => analyzeWith(t, {}, [])))
    : null;
  if (json) {
    console.log(JSON.stringify({ sizes, growth, ok, failures, runs: runCount, load: { before: loadBefore, after: loadAfter }, core }, null, 2));
  } else {
    const clock = useCpu ? 'CPU time' : 'wall time';
    console.log(`engine bench (${clock}, median${runCount > 1 ? ` of ${runCount} runs` : ''}); load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`);
    console.log('  lines  validate ms  analyze ms  ratio  budget');
    for (const s of sizes) {
      const mark = s.ratio <= BUDGET_RATIO ? 'ok' : 'OVER';
      console.log(
        `  ${String(s.lines).padStart(5)}  ${s.validateMs.toFixed(2).padStart(11)}  ${s.analyzeMs.toFixed(2).padStart(10)}  ${s.ratio.toFixed(2).padStart(5)}  <= ${BUDGET_RATIO} ${mark}`,
      );
    }
    console.log(
      `  growth (analyze 7500/750 over validate 7500/750): ${growth.toFixed(3)}  <= ${BUDGET_GROWTH} ${growth <= BUDGET_GROWTH ? 'ok' : 'OVER'}`,
    );
    if (runCount > 1) {
      for (const [i, r] of runs.entries()) {
        console.log(`  run ${i + 1}: ratios ${r.sizes.map((s) => s.ratio.toFixed(2)).join(' / ')}, growth ${r.growth.toFixed(3)}`);
      }
    }
    for (const s of core ?? []) {
      console.log(`  core only (no rules), ${s.lines} lines: analyze ${s.analyzeMs.toFixed(2)} ms, ratio ${s.ratio.toFixed(2)}`);
    }
  }
  if (process.argv.includes('--rules')) {
    const ruleLines = Number(process.env.BENCH_RULE_LINES ?? 7500);
    const rules = ruleTimes(ruleLines);
    console.log(`slowest checks on the ${ruleLines}-line file (median ms):`);
    for (const r of rules.slice(0, 15)) console.log(`  ${r.ms.toFixed(3).padStart(8)}  ${r.source}/${r.name}`);
    const total = rules.reduce((sum, r) => sum + r.ms, 0);
    console.log(`  total of ${rules.length} checks: ${total.toFixed(2)} ms`);
  }
  if (ok) {
    console.log('bench: within budget');
  } else {
    console.log('bench: OVER BUDGET');
    for (const f of failures) console.log(`  - ${f}`);
    // A non-zero exit makes `npm run bench:engine` fail in scripts and CI.
    process.exitCode = 1;
  }
}

if (process.argv[1]?.endsWith("bench-engine.ts")) main();
