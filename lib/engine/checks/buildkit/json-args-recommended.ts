/**
 * JSONArgsRecommended: CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, so
 * the program is not PID 1 and does not get SIGTERM from `docker stop`.
 * BuildKit (dockerfile2llb/convert.go dispatchCmd/dispatchEntrypoint) warns only
 * when no SHELL is set at that point: a SHELL earlier in the stage, or in a stage
 * it is built FROM, silences it. (A SHELL in a registry base image would too; we
 * cannot see those, and official Linux images do not set one.)
 */
import type { Check, Diagnostic, Fix } from '../../types';
import { skippedByComment } from './check-config';
import { perAnalysis } from '../per-analysis';
import { simulate, type InstructionState, type StageInfo } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely, replaceOnLine } from './util';
import type { CheckContext } from '../../types';

export const jsonArgsRecommended: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const sim = simulate(ctx);
  const out: Diagnostic[] = [];
  for (const state of sim.states) {
    const { line } = state;
    const keyword = line.instruction.keyword;
    if ((keyword !== 'CMD' && keyword !== 'ENTRYPOINT') || line.instruction.json !== null) continue;
    if (state.before.shellSet || skippedByComment(line.comments, 'JSONArgsRecommended')) continue;
    out.push(
      buildkitDiagnostic(
        'JSONArgsRecommended',
        instructionRange(ctx, line),
        `JSON arguments recommended for ${line.command} to prevent unintended behavior related to OS signals`,
        `In shell form the command runs under /bin/sh -c, which does not pass stop signals on to it; use the exec form, e.g. ${keyword} ["executable", "arg"].`,
        execFormFix(ctx, state, sim.stages),
      ),
    );
  }
  return out;
};

/** Words a shell passes through unchanged: no quoting, expansion, globbing or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** Shell builtins and keywords: as the first word they do not name a program to exec. */
const SHELL_ONLY = new Set([
  '.', ':', '!', '{', '}', 'alias', 'bg', 'break', 'case', 'cd', 'command', 'continue', 'declare', 'do', 'done',
  'elif', 'else', 'esac', 'eval', 'exit', 'export', 'fc', 'fg', 'fi', 'for', 'function', 'getopts', 'hash', 'if',
  'jobs', 'let', 'local', 'read', 'readonly', 'return', 'select', 'set', 'shift', 'source', 'then', 'times', 'trap',
  'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'until', 'wait', 'while',
]);

/**
 * Offered only when exec form runs the same program with the same arguments:
 * plain words, a program name first (a leading `exec` is dropped), one line, and no
 * ENTRYPOINT/CMD pairing whose arguments would change with the form.
 */
function execFormFix(ctx: CheckContext, state: InstructionState, stages: StageInfo[]): Fix | undefined {
  const { line } = state;
  if (line.startLine !== line.lastLine || line.flags.length > 0 || line.instruction.heredocs.length > 0) return undefined;
  let words = line.rest.split(/[ \t]+/).filter((w) => w !== '');
  if (words[0] === 'exec') words = words.slice(1);
  if (words.length === 0 || !words.every((w) => PLAIN_WORD.test(w))) return undefined;
  if (SHELL_ONLY.has(words[0]) || words[0].includes('=')) return undefined;
  const partner = line.instruction.keyword === 'CMD' ? 'ENTRYPOINT' : 'CMD';
  if (stageChainHas(ctx, state.stage, stages, partner, line.instruction.keyword === 'CMD')) return undefined;

  const text = ctx.lines[line.startLine - 1];
  const { keywordRange } = line.instruction;
  const afterKeyword = keywordRange.column - 1 + line.command.length;
  const restStart = afterKeyword + (text.slice(afterKeyword).length - text.slice(afterKeyword).trimStart().length);
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return {
    title: `Use the exec form: ${line.command} ${json}`,
    edits: [replaceOnLine(line.startLine, restStart + 1, text.trimEnd().length + 1, json)],
  };
}

/** The instruction keywords of each stage's body, listed once per analysis. */
const stageKeywords = perAnalysis((ctx) => simulate(ctx).stages.map((s) => new Set(s.body.map((l) => l.instruction.keyword))));

/** Whether the stage (and, when `inherited`, the stages it is built FROM) has this instruction. */
function stageChainHas(ctx: CheckContext, stage: StageInfo, stages: StageInfo[], keyword: string, inherited: boolean): boolean {
  const keywords = stageKeywords(ctx);
  let current: StageInfo | undefined = stage;
  while (current) {
    if (keywords[current.index].has(keyword)) return true;
    if (!inherited || current.baseStage === null) return false;
    current = stages[current.baseStage];
  }
  return false;
}
