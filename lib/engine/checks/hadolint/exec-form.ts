/** DL3025: CMD and ENTRYPOINT in shell form, with a fix to exec (JSON) form when it is safe. */
import type { Check, CheckContext, Fix, Instruction } from '@/lib/engine/types';
import { perAnalysis } from '../per-analysis';
import { itemsOf, report, type HadolintRule, type Item } from './support';

export const DL3025: HadolintRule = {
  code: 'DL3025',
  severity: 'warning',
  message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
  explanation: 'In shell form Docker runs the command through /bin/sh -c, so your program is not PID 1 and does not get the stop signal from docker stop.',
  buildkitCheck: 'JSONArgsRecommended',
};

/** Words that mean the same with or without a shell: no quotes, variables, globs or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_.,:/@%+=-]+$/;

/** Shell builtins and keywords: as the first word they name no program that exec form could run. */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'break', 'case', 'cd', 'command', 'continue', 'eval', 'exec', 'exit', 'export', 'for', 'if',
  'read', 'readonly', 'return', 'set', 'shift', 'source', 'trap', 'ulimit', 'umask', 'unset', 'wait', 'while',
]);

/** The instruction keywords of each stage (by stage index), listed once per analysis. */
const keywordsByStage = perAnalysis((ctx) => {
  const byStage = new Map<number, Set<string>>();
  for (const i of ctx.analysis.instructions) {
    let keywords = byStage.get(i.stageIndex);
    if (!keywords) {
      keywords = new Set();
      byStage.set(i.stageIndex, keywords);
    }
    keywords.add(i.keyword);
  }
  return byStage;
});

function stageHas(ctx: CheckContext, instr: Instruction, keyword: string): boolean {
  return keywordsByStage(ctx).get(instr.stageIndex)?.has(keyword) ?? false;
}

/**
 * Shell form -> exec form is certain only when the command is plain words on one line,
 * no SHELL instruction changed the shell for the stage, and (for ENTRYPOINT) no CMD in
 * the stage would start being passed to it as arguments.
 */
function execFormFix(ctx: CheckContext, item: Item): Fix | undefined {
  const { instr, written } = item;
  if (instr !== written || instr.json !== null || !instr.argsRange) return undefined;
  if (instr.range.line !== instr.range.endLine) return undefined;
  const words = (instr.argsText ?? instr.args[0]?.value ?? '').trim().split(/[ \t]+/);
  if (words.length === 0 || !words.every((w) => PLAIN_WORD.test(w))) return undefined;
  if (SHELL_ONLY.has(words[0]) || words[0].includes('=')) return undefined;
  if (stageHas(ctx, instr, 'SHELL')) return undefined;
  if (instr.keyword === 'ENTRYPOINT' && stageHas(ctx, instr, 'CMD')) return undefined;
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return { title: `Use exec form: ${instr.rawKeyword} ${json}`, edits: [{ ...instr.argsRange, text: json }] };
}

export const dl3025: Check = (ctx) =>
  itemsOf(ctx, 'CMD', 'ENTRYPOINT')
    .filter(({ instr }) => instr.json === null && instr.args.length > 0)
    .map((item) => report(ctx, DL3025, item, item.instr.argsRange ?? item.instr.args[0].range, execFormFix(ctx, item)));
