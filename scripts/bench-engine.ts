/**
 * Engine bench: analyze() against dockerfile-utils' validate() alone, in one process.
 *
 * Inputs (issue 12): generated Dockerfiles of one shape each (scripts/bench-shapes.ts: a
 * realistic multi-stage file, and ENV-, ARG-chain-, LABEL-, EXPOSE-heavy files, one long
 * line with many variables, many stages, a mixed file) at about 80, 750 and 7,500 lines;
 * a few extreme inputs (a 1 MB line, 2,000 heredocs...); and seeded random mutations of
 * every Dockerfile in the course.
 *
 * Budgets:
 *  - analyze/validate <= 2.0 for every shape and size;
 *  - growth (analyze 7500/750) / (validate 7500/750) <= 1.15 for every shape;
 *  - worst case: no input under 10,000 lines takes more than 300 ms beyond what
 *    validate() itself takes on it.
 *
 * Run: npm run bench:engine -- [--runs N] [--json] [--rules] [--core] [--cpu] [--shape NAME] [--no-settle]
 * (BENCH_RULE_LINES=80 times the rules on the small file instead of the largest)
 * --runs N repeats the shape measurements and judges the medians (the machine's load
 * average is printed: other processes slow both sides, but not always alike);
 * --shape NAME measures one shape only (and skips the extremes and mutations);
 * --rules also times every check of the registry on the largest realistic file;
 * --core also measures analyze() without any rule (the engine core alone).
 * Exits with status 1 when any budget is exceeded, naming which.
 */
import { loadavg } from 'node:os';
import { validate } from 'dockerfile-utils';
import { analyze, analyzeWith } from '../lib/engine/analyze';
import { parseDockerfile } from '../lib/engine/parse';
import { buildStages } from '../lib/engine/stages';
import { checkSets } from '../lib/engine/checks';
import { loadCourse } from '../lib/content/loader';
import type { CheckContext } from '../lib/engine/types';
import { EXTREMES, SHAPES, mutate, random, type Shape } from './bench-shapes';

const BUDGET_RATIO = 2.0;
const BUDGET_GROWTH = 1.15;
const BUDGET_EXCESS_MS = 300;
const EXCESS_LINE_LIMIT = 10_000;
const SIZES = [80, 750, 7500];
const MUTANTS_PER_FILE = 4;

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

const services: Shape = { name: 'services', about: 'realistic build + runtime stage pairs', generate: generateDockerfile };
const ALL_SHAPES: readonly Shape[] = [services, ...SHAPES];

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

/**
 * Heap settling (issue 12): with --expose-gc (npm run bench:engine passes it), a minor
 * collection empties the young generation before every timed call, outside the timing.
 * Without it, garbage one function left behind is collected during the other's call, and
 * the ratio moved by 0.3 between identical runs (analyze keeps more alive while it runs,
 * so a collection that lands inside it costs more). Each call still pays for every
 * collection its own allocation triggers. Not a full collection: that also discards
 * compiled code and made validate() 7x slower at 80 lines. --no-settle measures the old way.
 */
const collect = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
const settling = collect !== undefined && !process.argv.includes('--no-settle');
function settle(): void {
  if (settling) collect?.({ type: 'minor' });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

interface SizeResult {
  size: number;
  lines: number;
  validateMs: number;
  analyzeMs: number;
  ratio: number;
}

/**
 * validate and analyze run alternately, one call each per round, so machine noise
 * (other processes, GC, CPU frequency) hits both alike; medians of all rounds. Rounds
 * go on for a time budget, at least 5 of them (a slow input gets few).
 */
function benchText(text: string, size: number, analyzeFn: (text: string) => unknown = (t) => analyze(t)): SizeResult {
  const warmups = size > 5000 ? 2 : 5;
  for (let k = 0; k < warmups; k++) {
    validate(text);
    analyzeFn(text);
  }
  const budgetMs = size > 5000 ? 4_000 : 1_500;
  const v: number[] = [];
  const a: number[] = [];
  const start = performance.now();
  while ((v.length < 5 || performance.now() - start < budgetMs) && v.length < 500) {
    settle();
    let t0 = now();
    validate(text);
    v.push(now() - t0);
    settle();
    t0 = now();
    analyzeFn(text);
    a.push(now() - t0);
  }
  const validateMs = median(v);
  const analyzeMs = median(a);
  return { size, lines: lineCount(text), validateMs, analyzeMs, ratio: analyzeMs / validateMs };
}

/** One call each after a warm-up call: for the worst case over many inputs. */
function timeOnce(text: string): { validateMs: number; analyzeMs: number } {
  validate(text);
  analyze(text);
  settle();
  let t0 = now();
  validate(text);
  const validateMs = now() - t0;
  settle();
  t0 = now();
  analyze(text);
  return { validateMs, analyzeMs: now() - t0 };
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

interface ShapeResult {
  shape: string;
  about: string;
  sizes: SizeResult[];
  /** (analyze 7500/750) / (validate 7500/750). */
  growth: number;
}

function measureShape(shape: Shape): ShapeResult {
  const sizes = SIZES.map((n) => benchText(shape.generate(n), n));
  const mid = sizes[1];
  const big = sizes[2];
  const growth = big.analyzeMs / mid.analyzeMs / (big.validateMs / mid.validateMs);
  return { shape: shape.name, about: shape.about, sizes, growth };
}

/** Each figure is the median over the runs (one run: that run's figures). */
function medianShape(runs: ShapeResult[]): ShapeResult {
  const sizes = runs[0].sizes.map((s, i) => ({
    size: s.size,
    lines: s.lines,
    validateMs: median(runs.map((r) => r.sizes[i].validateMs)),
    analyzeMs: median(runs.map((r) => r.sizes[i].analyzeMs)),
    ratio: median(runs.map((r) => r.sizes[i].ratio)),
  }));
  return { ...runs[0], sizes, growth: median(runs.map((r) => r.growth)) };
}

interface WorstCase {
  input: string;
  lines: number;
  validateMs: number;
  analyzeMs: number;
  /** analyze minus validate. */
  excessMs: number;
}

/** Every Dockerfile in the course (code blocks, exercises, workbench files, quiz code). */
function courseDockerfiles(): Array<{ where: string; text: string }> {
  return loadCourse().flatMap((lesson) => [
    ...lesson.codeBlocks.filter((b) => b.lang === 'dockerfile' || b.lang === 'docker').map((b) => ({ where: `${lesson.file}:${b.line}`, text: b.code })),
    ...Object.entries(lesson.files)
      .filter(([name]) => name.endsWith('Dockerfile'))
      .map(([name, text]) => ({ where: `${lesson.dir}/${name}`, text })),
  ]);
}

function worstCases(shapes: ShapeResult[]): { worst: WorstCase[]; mutants: number } {
  const cases: WorstCase[] = [];
  const add = (input: string, lines: number, validateMs: number, analyzeMs: number) =>
    cases.push({ input, lines, validateMs, analyzeMs, excessMs: analyzeMs - validateMs });
  for (const shape of shapes) for (const s of shape.sizes) add(`${shape.shape} @${s.size}`, s.lines, s.validateMs, s.analyzeMs);
  for (const extreme of EXTREMES) {
    const text = extreme.text();
    const t = timeOnce(text);
    add(extreme.name, lineCount(text), t.validateMs, t.analyzeMs);
  }
  let mutants = 0;
  const next = random(12);
  for (const file of courseDockerfiles()) {
    for (let m = 0; m < MUTANTS_PER_FILE; m++) {
      const text = mutate(file.text, next);
      const t = timeOnce(text);
      mutants++;
      add(`mutant ${m + 1} of ${file.where}`, lineCount(text), t.validateMs, t.analyzeMs);
    }
  }
  return { worst: cases.sort((a, b) => b.excessMs - a.excessMs), mutants };
}

function optionValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function fmt(ms: number, width: number): string {
  return ms.toFixed(ms < 100 ? 2 : 0).padStart(width);
}

function main(): void {
  const json = process.argv.includes('--json');
  const runCount = optionValue('--runs', 1);
  const shapeAt = process.argv.indexOf('--shape');
  const onlyShape = shapeAt >= 0 ? process.argv[shapeAt + 1] : undefined;
  const chosen = ALL_SHAPES.filter((s) => onlyShape === undefined || s.name === onlyShape);
  const loadBefore = loadavg();
  const shapes = chosen.map((shape) => medianShape(Array.from({ length: runCount }, () => measureShape(shape))));
  const { worst, mutants } = onlyShape === undefined ? worstCases(shapes) : { worst: [], mutants: 0 };
  const loadAfter = loadavg();

  const failures: string[] = [];
  for (const shape of shapes) {
    for (const s of shape.sizes) {
      if (s.ratio > BUDGET_RATIO) failures.push(`${shape.shape}: ratio at ${s.size} is ${s.ratio.toFixed(2)}, over the budget of ${BUDGET_RATIO}`);
    }
    if (shape.growth > BUDGET_GROWTH) failures.push(`${shape.shape}: growth is ${shape.growth.toFixed(3)}, over the budget of ${BUDGET_GROWTH}`);
  }
  for (const w of worst) {
    if (w.lines < EXCESS_LINE_LIMIT && w.excessMs > BUDGET_EXCESS_MS) {
      failures.push(`${w.input} (${w.lines} lines): analyze takes ${w.excessMs.toFixed(0)} ms more than validate, over the budget of ${BUDGET_EXCESS_MS} ms`);
    }
  }
  const ok = failures.length === 0;
  const core = process.argv.includes('--core') ? SIZES.map((n) => benchText(generateDockerfile(n), n, (t) => analyzeWith(t, {}, []))) : null;

  if (json) {
    console.log(JSON.stringify({ shapes, worst: worst.slice(0, 10), mutants, ok, failures, runs: runCount, load: { before: loadBefore, after: loadAfter }, core }, null, 2));
  } else {
    const clock = useCpu ? 'CPU time' : 'wall time';
    console.log(`engine bench (${clock}, ${settling ? 'young generation emptied before each timed call' : 'heap not settled'}, medians${runCount > 1 ? ` of ${runCount} runs` : ''}); load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`);
    console.log(`  shape       size  lines  validate ms  analyze ms  ratio (<= ${BUDGET_RATIO})  growth (<= ${BUDGET_GROWTH})`);
    for (const shape of shapes) {
      shape.sizes.forEach((s, i) => {
        const mark = s.ratio <= BUDGET_RATIO ? 'ok' : 'OVER';
        const growth = i === shape.sizes.length - 1 ? `${shape.growth.toFixed(3)} ${shape.growth <= BUDGET_GROWTH ? 'ok' : 'OVER'}` : '';
        console.log(
          `  ${(i === 0 ? shape.shape : '').padEnd(10)} ${String(s.size).padStart(5)}  ${String(s.lines).padStart(5)}  ${fmt(s.validateMs, 11)}  ${fmt(s.analyzeMs, 10)}  ${s.ratio.toFixed(2).padStart(5)} ${mark.padEnd(4)}        ${growth}`,
        );
      });
    }
    if (worst.length > 0) {
      console.log(`worst cases (analyze minus validate; budget ${BUDGET_EXCESS_MS} ms under ${EXCESS_LINE_LIMIT} lines), of ${worst.length} inputs including ${mutants} course mutants:`);
      for (const w of worst.slice(0, 5)) {
        console.log(`  ${fmt(w.excessMs, 8)} ms  ${w.input} (${w.lines} lines; validate ${fmt(w.validateMs, 1)} ms, analyze ${fmt(w.analyzeMs, 1)} ms)`);
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

if (process.argv[1]?.endsWith('bench-engine.ts')) main();
