/**
 * What each COPY/ADD of a Dockerfile would read from a build context, without building: the
 * files each source selects, and for a source the build cannot find, the exact error the build
 * then stops with. The live editor uses it to report a missing or ignored source before anyone
 * builds; build() reports the same text because both share prepareBuildContext(), matchSource()
 * and the same ref id.
 */
import type { Analysis, Step } from '@/lib/engine/types';
import { envLookup } from '@/lib/engine/config';
import { matchSource, notFoundPath, type ContextFile } from '../context';
import { buildxError, copySourceNotFound, fakeRefId } from '../errors';
import { expandWord } from '../expand';
import type { BuildRequest } from '../types';
import { contextRefSeed, prepareBuildContext } from './prepare-context';
import { NO_ENV, StageArgs, globalArgValues } from './vars';

export type SourceStatus =
  /** Found in the context: `files` lists what it copies. */
  | 'found'
  /** Not in the context at all: the build fails with `"/path": not found`. */
  | 'missing'
  /** In the project, but the ignore file keeps it out of the context: the build fails the same way. */
  | 'ignored'
  /** A wildcard that matches nothing: BuildKit copies nothing and does not fail. */
  | 'no-match';

export interface SourceCheck {
  /** Position among the instruction's arguments (its range is `instruction.args[index].range`). */
  index: number;
  /** The source as written in the Dockerfile. */
  written: string;
  /** After variable expansion, relative to the context root ("" = the root). */
  path: string;
  status: SourceStatus;
  /** Context paths this source copies (status "found"). */
  files: string[];
  /** The final error line `docker build` prints when this source stops the build. */
  error?: string;
}

export interface CopyStepCheck {
  stageIndex: number;
  line: number;
  endLine: number;
  keyword: 'COPY' | 'ADD';
  sources: SourceCheck[];
  /** Every context path the step copies, in order, without repeats. */
  files: string[];
}

type ContextRequest = Pick<BuildRequest, 'context' | 'dockerfile' | 'dockerfilePath' | 'dockerignore' | 'buildArgs'>;

const HEREDOC_SOURCE = /^\d*<<-?["']?([^"']+)["']?$/;
const REMOTE_SOURCE = /^(https?:\/\/|git@)/;

function flagValue(step: Step, name: string): string | undefined {
  const flag = step.instruction.flags.find((f) => f.name === name);
  return flag ? (flag.value ?? '') : undefined;
}

/** Checks the context sources of every COPY and ADD in `analysis` (an analysis of `request.dockerfile`). */
export function checkCopySources(analysis: Analysis, request: ContextRequest): CopyStepCheck[] {
  const prepared = prepareBuildContext(request);
  const buildArgs = request.buildArgs ?? {};
  const globals = globalArgValues(analysis, buildArgs);
  const stageArgs = new Map<number, StageArgs>();
  const out: CopyStepCheck[] = [];

  for (const stage of analysis.stages) {
    const parent = stage.baseStage !== null ? stageArgs.get(stage.baseStage) : undefined;
    const parentSteps = stage.baseStage !== null ? analysis.stages[stage.baseStage].steps : [];
    const parentLast = parentSteps[parentSteps.length - 1];
    const parentEnv = parent ? (parentLast ? envLookup(parentLast.config) : NO_ENV) : undefined;
    const args = new StageArgs(globals, buildArgs, analysis.escapeChar, parent, parentEnv);
    stageArgs.set(stage.index, args);
    for (const step of stage.steps) {
      const env = envLookup(step.config);
      if (step.keyword === 'ENV') args.setEnv(step.instruction, env);
      if (step.keyword === 'ARG') args.declare(step.instruction, env);
      if (step.keyword !== 'COPY' && step.keyword !== 'ADD') continue;
      if (flagValue(step, 'from') !== undefined) continue; // reads another stage or an image
      const ins = step.instruction;
      const vars = args.lookup(env);
      const words = ins.json ?? ins.args.map((a) => expandWord(a.value, vars, { escapeChar: analysis.escapeChar }));
      if (words.length < 2) continue; // a parse error is reported elsewhere
      const heredocs = new Set(ins.heredocs.map((h) => h.name));
      const sources: SourceCheck[] = [];
      for (const [index, written] of words.slice(0, -1).entries()) {
        const heredoc = HEREDOC_SOURCE.exec(written);
        if (heredoc && heredocs.has(heredoc[1])) continue;
        if (step.keyword === 'ADD' && REMOTE_SOURCE.test(written)) continue;
        sources.push({ index, ...checkSource(written, prepared.selected, prepared.all) });
      }
      if (sources.length === 0) continue;
      const files = [...new Set(sources.flatMap((s) => s.files))];
      out.push({ stageIndex: stage.index, line: step.line, endLine: step.endLine, keyword: step.keyword as 'COPY' | 'ADD', sources, files });
    }
  }
  return out;
}

function checkSource(written: string, selected: Map<string, ContextFile>, all: Map<string, ContextFile>): Omit<SourceCheck, 'index'> {
  const matches = matchSource(selected, written);
  const path = notFoundPath(written).slice(1);
  if (matches !== null) {
    const files = matches.flatMap((m) => m.files.map((f) => f.file.path));
    return { written, path, status: matches.length === 0 ? 'no-match' : 'found', files };
  }
  const quoted = notFoundPath(written);
  const error = buildxError(copySourceNotFound(fakeRefId(contextRefSeed(selected, quoted)), quoted));
  const inProject = matchSource(all, written);
  return { written, path, status: inProject !== null && inProject.length > 0 ? 'ignored' : 'missing', files: [], error };
}
