/**
 * Runs dockerfile-utils' validator on the Dockerfile that the parser adapter already
 * parsed with dockerfile-ast, so the text is parsed once per analysis.
 *
 * `validate(content)` in dockerfile-utils 0.16.3 is: parse, then the steps below on
 * a `Validator` (lib/dockerValidator.js, `Validator.prototype.validate`). We run the
 * same steps in the same order on our parse. dockerfile-utils.test.ts checks that the
 * result equals `validate(content)` on a corpus and on generated Dockerfiles, so a
 * version bump that changes validate() is caught.
 */
import { Cmd, Entrypoint, From, Healthcheck } from 'dockerfile-ast';
import type { Dockerfile, Instruction as AstInstruction } from 'dockerfile-ast';
import { ValidationCode } from 'dockerfile-utils';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import type { Diagnostic, Severity } from '../types';
import type { AstHandle } from '../parse';

/** What dockerfile-utils returns (vscode-languageserver Diagnostic plus its extras). */
export interface DfuProblem {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  code?: number | string;
  instructionLine: number | null;
}

interface TextDocumentLike {
  getText(): string;
  positionAt(offset: number): { line: number; character: number };
  offsetAt(position: { line: number; character: number }): number;
}

/** The Validator methods validate() calls (private in its typings). */
interface ValidatorInternals {
  document: TextDocumentLike;
  settings: Record<string, unknown>;
  checkDirectives(dockerfile: Dockerfile, problems: DfuProblem[]): void;
  createDuplicatesDiagnostics(problems: DfuProblem[], severity: unknown, keyword: string, instructions: AstInstruction[]): void;
  createDuplicateBuildStageNameDiagnostics(problems: DfuProblem[], froms: From[]): void;
  validateInstruction(
    document: TextDocumentLike,
    escapeChar: string,
    instruction: AstInstruction,
    keyword: string,
    isTrigger: boolean,
    problems: DfuProblem[],
  ): void;
  checkVariables(instruction: AstInstruction, problems: DfuProblem[]): void;
}

type NoSourceImage = (start: unknown, end: unknown) => DfuProblem;

/**
 * dockerfile-ast 0.7.1 has inputs on which validate() itself throws, e.g.
 *  - `  node:20 AS b${A:-x}` (an indented instruction with a variable before the
 *    first FROM): Dockerfile.resolveVariable recurses until the stack overflows;
 *  - `COPY  \\` + newline + `#\\x`: Copy.getHeredocs reads an undefined argument.
 * We run each step, and each instruction's checks, separately: a step that throws
 * loses only its own findings and the rest of the file is still validated.
 */
function guard(step: () => void): void {
  try {
    step();
  } catch {
    // dockerfile-utils would have thrown for the whole file; see above
  }
}

/** dockerfile-utils' validate(), minus its own parse. */
export function validateParsed(handle: AstHandle): DfuProblem[] {
  const dockerfile = handle.dockerfile as Dockerfile & { document: TextDocumentLike };
  const document = dockerfile.document;
  const v = new Validator() as unknown as ValidatorInternals;
  const createNoSourceImage = (Validator as unknown as { createNoSourceImage: NoSourceImage }).createNoSourceImage;
  v.document = document;
  const problems: DfuProblem[] = [];
  guard(() => v.checkDirectives(dockerfile, problems));
  const instructions = dockerfile.getInstructions();
  if (instructions.length === 0 || dockerfile.getARGs().length === instructions.length) {
    problems.push(createNoSourceImage(document.positionAt(0), document.positionAt(0)));
  }
  let cmds: AstInstruction[] = [];
  let entrypoints: AstInstruction[] = [];
  let healthchecks: AstInstruction[] = [];
  const flushDuplicates = () => {
    guard(() => v.createDuplicatesDiagnostics(problems, v.settings.instructionCmdMultiple, 'CMD', cmds));
    guard(() => v.createDuplicatesDiagnostics(problems, v.settings.instructionEntrypointMultiple, 'ENTRYPOINT', entrypoints));
    guard(() => v.createDuplicatesDiagnostics(problems, v.settings.instructionHealthcheckMultiple, 'HEALTHCHECK', healthchecks));
    cmds = [];
    entrypoints = [];
    healthchecks = [];
  };
  for (const instruction of instructions) {
    if (instruction instanceof Cmd) cmds.push(instruction);
    else if (instruction instanceof Entrypoint) entrypoints.push(instruction);
    else if (instruction instanceof Healthcheck) healthchecks.push(instruction);
    else if (instruction instanceof From) flushDuplicates();
  }
  flushDuplicates();
  guard(() => v.createDuplicateBuildStageNameDiagnostics(problems, dockerfile.getFROMs()));
  const escapeChar = dockerfile.getEscapeCharacter();
  let hasFrom = false;
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      hasFrom = true;
    } else if (!hasFrom && keyword !== 'ARG') {
      const range = instruction.getInstructionRange();
      problems.push(createNoSourceImage(range.start, range.end));
      hasFrom = true;
    }
    // try/catch in place of guard(): two closures per instruction add up on a long file.
    try {
      v.validateInstruction(document, escapeChar, instruction, keyword, false, problems);
    } catch {
      // see guard()
    }
    try {
      v.checkVariables(instruction, problems);
    } catch {
      // see guard()
    }
  }
  for (const instruction of dockerfile.getOnbuildTriggers()) {
    guard(() => v.validateInstruction(document, escapeChar, instruction, instruction.getKeyword(), true, problems));
  }
  const ignoredLines = dockerfile
    .getComments()
    .filter((c) => c.getContent() === 'dockerfile-utils: ignore')
    .map((c) => c.getRange().start.line);
  return problems.filter((p) => p.instructionLine === null || !ignoredLines.some((l) => l + 1 === p.instructionLine));
}

function severityOf(n: number | undefined): Severity {
  if (n === 1) return 'error';
  if (n === 2) return 'warning';
  return 'info';
}

/** `dfu-<ValidationCode enum name>`, e.g. dfu-UNKNOWN_INSTRUCTION. */
export function dfuCode(code: number | string | undefined): string {
  if (typeof code === 'number') {
    const name = (ValidationCode as unknown as Record<number, string>)[code];
    return 'dfu-' + (name ?? String(code));
  }
  return 'dfu-' + String(code ?? 'UNKNOWN');
}

export function toDiagnostic(p: DfuProblem): Diagnostic {
  return {
    code: dfuCode(p.code),
    severity: severityOf(p.severity),
    message: p.message,
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
  };
}

/**
 * dockerfile-utils flags a lowercase keyword (CASING_INSTRUCTION) but offers no edit; the fix
 * is certain (instructions are case-insensitive), so the editor can offer it as a quick fix.
 */
function withCasingFix(d: Diagnostic, p: DfuProblem, document: TextDocumentLike): Diagnostic {
  if (d.code !== 'dfu-CASING_INSTRUCTION' || p.range.start.line !== p.range.end.line) return d;
  const word = document.getText().slice(document.offsetAt(p.range.start), document.offsetAt(p.range.end));
  if (!word || word === word.toUpperCase()) return d;
  const upper = word.toUpperCase();
  const fixed: Diagnostic = Object.assign({}, d);
  fixed.fix = { title: `Write ${upper} in upper case`, edits: [{ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, text: upper }] };
  return fixed;
}

export function dockerfileUtilsDiagnostics(handle: AstHandle | null): Diagnostic[] {
  if (!handle) return [];
  const document = (handle.dockerfile as Dockerfile & { document: TextDocumentLike }).document;
  return validateParsed(handle).map((p) => withCasingFix(toDiagnostic(p), p, document));
}
