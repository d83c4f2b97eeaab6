/**
 * Errors that make `docker build` fail while reading the Dockerfile: the parser's
 * own (from the adapter) and the first checks of BuildKit's instructions.Parse
 * (unknown instruction, an instruction without the arguments it needs, instruction
 * before FROM). Other argument errors are the ones dockerfile-utils reports (dfu-* codes).
 */
import type { Diagnostic, Instruction } from '../types';
import type { ParseProblem } from '../parse';
import { suggestInstruction } from '../suggest';
import { missingArgumentsDiagnostic } from './missing-arguments';

export function parseProblemDiagnostics(problems: ParseProblem[]): Diagnostic[] {
  return problems.map((p) => ({
    code: p.code,
    severity: 'error',
    message: p.message,
    ...p.range,
    dockerMessage: p.dockerMessage,
  }));
}

/**
 * `problems`: what the parser already rejected; an instruction whose line did not parse
 * (e.g. `COPY ["a", 1]`) gets no second error from instructions.Parse, which never runs.
 */
export function instructionDiagnostics(instructions: Instruction[], problems: ParseProblem[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rejectedLines = new Set(problems.map((p) => p.range.line));
  let sawFrom = false;
  for (const ins of instructions) {
    if (!ins.known) {
      const suggestion = suggestInstruction(ins.rawKeyword);
      const detail = `unknown instruction: ${ins.rawKeyword}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
      const hint = /^[A-Za-z]+\[/.test(ins.rawKeyword)
        ? ' Put a space between the instruction and the "[" of its JSON array.'
        : suggestion
          ? ` Did you mean ${suggestion}?`
          : '';
      out.push({
        code: 'parse-unknown-instruction',
        severity: 'error',
        message: `"${ins.rawKeyword}" is not a Dockerfile instruction.${hint}`,
        ...ins.keywordRange,
        dockerMessage: `dockerfile parse error on line ${ins.range.line}: ${detail}`,
      });
      continue;
    }
    const missing = rejectedLines.has(ins.range.line) ? null : missingArgumentsDiagnostic(ins);
    if (missing) out.push(missing);
    if (ins.keyword === 'FROM') sawFrom = true;
    else if (!sawFrom && ins.keyword !== 'ARG') {
      sawFrom = true; // report once, like dockerfile-utils
      out.push({
        code: 'parse-no-build-stage',
        severity: 'error',
        message: `${ins.keyword} comes before any FROM. A Dockerfile must start with FROM (only ARG, comments and parser directives may come first).`,
        ...ins.keywordRange,
        dockerMessage: 'no build stage in current context',
      });
    }
  }
  const onlyGlobalArgs = instructions.length > 0 && instructions.every((i) => i.keyword === 'ARG');
  if (onlyGlobalArgs) {
    // dockerfile2llb: a file with ARGs but no FROM has nothing to build.
    out.push({
      code: 'parse-no-stages',
      severity: 'error',
      message: 'There is no FROM instruction, so there is no stage to build. Add FROM <image> after the ARGs.',
      ...instructions[0].keywordRange,
      dockerMessage: 'dockerfile contains no stages to build',
    });
  }
  return out;
}
