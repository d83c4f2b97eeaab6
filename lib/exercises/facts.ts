/**
 * What goals read about a workspace, computed once per check: the analysis of the exercise's
 * Dockerfile (with the problems the project adds), and builds run in fresh copies of the
 * workspace (a new simulated daemon each, so the learner's images, cache and last build are never
 * touched and a check never depends on what the learner built before).
 */
import { analyze } from '@/lib/engine/analyze';
import { resolveDestination } from '@/lib/engine/config';
import type { Analysis, Diagnostic, Stage, Step } from '@/lib/engine/types';
import { basename, cleanPath } from '@/lib/simulator/paths';
import type { BuildResult, CommandResult } from '@/lib/simulator/types';
import { imageSummary, type ImageSummary } from '@/lib/workbench/image-card';
import { checkBuildContext, type ContextReport } from '@/lib/workspace/context-check';
import { contextInputFor } from '@/lib/workspace/context-input';
import { Workspace } from '@/lib/workspace/workspace';

export interface BuildRun {
  command: string;
  output: string;
  exitCode: number;
  /** Set when the command line ran a build. */
  result: BuildResult | null;
  dockerfile: string | null;
  /** The copy of the workspace after the build (for a second build on the same daemon). */
  workspace: Workspace;
}

/** A fresh copy of the workspace's files (no images, no cache, no last build). */
export function cloneFiles(workspace: Workspace, cwd?: string): Workspace {
  return new Workspace({ files: workspace.files(), cwd: cwd ?? workspace.cwd, command: workspace.command });
}

export function runBuild(workspace: Workspace, command: string): BuildRun {
  const out: CommandResult = workspace.run(command);
  return {
    command,
    output: out.output,
    exitCode: out.exitCode,
    result: out.build?.result ?? null,
    dockerfile: out.build?.dockerfile ?? null,
    workspace,
  };
}

/** The last line of Docker's output that says what failed. */
export function errorLine(run: Pick<BuildRun, 'output' | 'result'>): string {
  if (run.result?.error) {
    const lines = run.result.error.split('\n').filter((l) => l.trim() !== '');
    return lines[lines.length - 1] ?? run.result.error;
  }
  const lines = run.output.split('\n').filter((l) => l.trim() !== '');
  return lines.find((l) => /^ERROR|error|requires|unknown|invalid/i.test(l)) ?? lines[lines.length - 1] ?? 'the command failed';
}

export function targetStage(analysis: Pick<Analysis, 'stages' | 'targetStage'>): Stage | null {
  const stages = analysis.stages;
  return stages[analysis.targetStage ?? stages.length - 1] ?? null;
}

/** Every file an image built from `analysis` would hold from the context (absolute image paths). */
export function imageFilesOf(analysis: Analysis, report: ContextReport): Set<string> {
  const out = new Set<string>();
  const stage = targetStage(analysis);
  if (!stage) return out;
  const steps = new Map<number, Step>(stage.steps.map((s) => [s.line, s]));
  for (const copy of report.copies) {
    if (copy.stageIndex !== stage.index) continue;
    const step = steps.get(copy.line);
    if (!step) continue;
    const words = step.instruction.json ?? step.instruction.args.map((a) => a.value);
    const dest = words[words.length - 1];
    if (dest === undefined || copy.sources.length === 0) continue;
    const workdir = step.config.workdir || '/';
    const destAbs = resolveDestination(workdir, dest);
    const clean = cleanPath(destAbs);
    // A directory when written as one (`.`, `dir/`), with several sources, or when it already
    // exists in the image (WORKDIR created it, or an earlier COPY put files inside it).
    const asDir =
      destAbs.endsWith('/') || /(^|\/)\.$/.test(dest) || copy.sources.length > 1 || clean === cleanPath(workdir) || [...out].some((f) => f.startsWith(`${clean}/`));
    for (const source of copy.sources) {
      if (source.status !== 'found') continue;
      const wildcard = /[*?[]/.test(source.path);
      for (const file of source.files) {
        let target: string;
        if (source.path === '' || source.path === '.') target = `${destAbs}/${file}`;
        else if (file === source.path) target = asDir ? `${destAbs}/${basename(file)}` : destAbs;
        else if (!wildcard && file.startsWith(`${source.path.replace(/\/$/, '')}/`)) target = `${destAbs}/${file.slice(source.path.replace(/\/$/, '').length + 1)}`;
        else target = `${destAbs}/${basename(file)}`;
        out.add(cleanPath(target));
      }
    }
  }
  return out;
}

/** Lazily computed facts about one workspace for one exercise. */
export class Facts {
  private analysisCache: Analysis | null = null;
  private reportCache: ContextReport | null | undefined;
  private builds = new Map<string, BuildRun>();

  constructor(
    readonly workspace: Workspace,
    /** Project path of the Dockerfile the analysis goals read (null: the project has none). */
    readonly dockerfile: string | null,
  ) {}

  get source(): string {
    return this.dockerfile ? (this.workspace.read(this.dockerfile) ?? '') : '';
  }

  get analysis(): Analysis {
    this.analysisCache ??= analyze(this.source);
    return this.analysisCache;
  }

  get summary(): ImageSummary | null {
    return imageSummary(this.analysis);
  }

  /** Problems the build context adds (a COPY source that is missing or ignored), as the editor shows them. */
  get contextReport(): ContextReport | null {
    if (this.reportCache === undefined) {
      try {
        this.reportCache = this.dockerfile ? checkBuildContext(this.analysis, this.source, contextInputFor(this.workspace, this.dockerfile)) : null;
      } catch {
        this.reportCache = null;
      }
    }
    return this.reportCache;
  }

  get diagnostics(): Diagnostic[] {
    return [...this.analysis.diagnostics, ...(this.contextReport?.diagnostics ?? [])];
  }

  /** The text of line `line` (1-based) of the Dockerfile. */
  line(line: number): string {
    return this.source.split(/\r\n|\r|\n/)[line - 1] ?? '';
  }

  /** `command` run from `cwd` in a fresh copy of the workspace; memoised per check. */
  build(command: string, cwd: string): BuildRun {
    const key = `${cwd}\u0000${command}`;
    let run = this.builds.get(key);
    if (!run) {
      run = runBuild(cloneFiles(this.workspace, cwd), command);
      this.builds.set(key, run);
    }
    return run;
  }

  /** The image files of a successful build run (read from the Dockerfile and context that build used). */
  imageFiles(run: BuildRun): Set<string> {
    if (!run.dockerfile) return new Set();
    const source = run.workspace.read(run.dockerfile) ?? '';
    const analysis = analyze(source);
    return imageFilesOf(analysis, checkBuildContext(analysis, source, contextInputFor(run.workspace, run.dockerfile)));
  }
}
