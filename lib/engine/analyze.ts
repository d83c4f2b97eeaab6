/**
 * analyze(): Dockerfile text in, Analysis out. Never throws: any internal failure
 * becomes an 'internal' diagnostic on a well-formed (possibly partial) Analysis.
 *
 * Diagnostic codes:
 *  - `parse-*`: errors that stop `docker build` while reading the file, found by the
 *    engine (parse-unknown-instruction, parse-no-build-stage, parse-no-stages,
 *    parse-empty-file, parse-no-instructions, parse-missing-value, parse-missing-arguments,
 *    parse-missing-equals, parse-json-not-strings, parse-unterminated-heredoc,
 *    parse-heredoc-syntax, parse-invalid-escape, parse-duplicate-directive);
 *    `dockerMessage` holds Docker's exact text.
 *  - `dfu-<ValidationCode name>`: everything dockerfile-utils' validate() reports,
 *    e.g. dfu-UNKNOWN_INSTRUCTION, with its severity.
 *  - the rule sets' own codes (BuildKit checks, hadolint DLxxxx, learner rules).
 *  - `internal`: the engine or a rule failed on this input (severity info).
 * Then: `# check=` applied, duplicates merged (diagnostics/combine.ts), positions
 * clamped into the text, sorted by position, lesson links attached.
 */
import type { Analysis, AnalyzeOptions, CheckContext, Diagnostic, Instruction } from './types';
import { parseDockerfile, parseForValidation, type ParsedDockerfile } from './parse';
import { buildStages } from './stages';
import { checkSets, type CheckSet } from './checks';
import { dockerfileUtilsDiagnostics } from './diagnostics/dockerfile-utils';
import { instructionDiagnostics, parseProblemDiagnostics } from './diagnostics/parse-diagnostics';
import { combineDiagnostics, parseCheckDirective, type SourcedDiagnostic } from './diagnostics/combine';

function internalDiagnostic(what: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    severity: 'info',
    message: `Layerwise could not finish ${what} (${detail.slice(0, 200)}). The rest of the analysis is still shown.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

function emptyAnalysis(): Analysis {
  return { stages: [], diagnostics: [], directives: [], globalArgs: [], instructions: [], escapeChar: '\\', targetStage: null };
}

/** Length of each line; from the parse's line table when there is one (no string per line). */
function lineLengthsOf(source: string, parsed: ParsedDockerfile | null): number[] {
  if (!parsed) return source.split(/\r\n|\r|\n/).map((l) => l.length);
  const { lineStarts, lineEnds } = parsed.source;
  const lengths = new Array<number>(lineStarts.length);
  for (let i = 0; i < lengths.length; i++) lengths[i] = lineEnds[i] - lineStarts[i];
  return lengths;
}

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(source, options, checkSets);
}

/** analyze() with a chosen set of rules (the bench and tests run the core alone with []). */
export function analyzeWith(source: string, options: AnalyzeOptions, sets: readonly CheckSet[]): Analysis {
  const text = typeof source === 'string' ? source : '';
  const opts: AnalyzeOptions = options && typeof options === 'object' ? options : {};
  const sourced: SourcedDiagnostic[] = [];
  const result = emptyAnalysis();
  let parsed: ParsedDockerfile | null = null;

  // dockerfile-utils first, so its dockerfile-ast tree is garbage before the rest begins
  // (see ./parse/index.ts); its findings join the others in the same place as before.
  let dfu: Diagnostic[];
  try {
    dfu = dockerfileUtilsDiagnostics(parseForValidation(text));
  } catch (e) {
    dfu = [internalDiagnostic('the dockerfile-utils validation', e)];
  }

  try {
    parsed = parseDockerfile(text);
    // Field by field, here and below: V8 (Node 20) builds `{ ...result, ... }` on a slow path.
    result.instructions = parsed.instructions;
    result.directives = parsed.directives;
    result.globalArgs = parsed.globalArgs;
    result.escapeChar = parsed.escapeChar;
    for (const d of parseProblemDiagnostics(parsed.problems)) sourced.push({ source: 'parse', diagnostic: d });
    for (const d of instructionDiagnostics(parsed.instructions, parsed.problems)) sourced.push({ source: 'parse', diagnostic: d });
  } catch (e) {
    sourced.push({ source: 'parse', diagnostic: internalDiagnostic('reading the Dockerfile', e) });
  }

  if (parsed) {
    try {
      const built = buildStages(parsed.instructions, parsed.escapeChar, opts);
      result.stages = built.stages;
      result.targetStage = built.targetStage;
    } catch (e) {
      sourced.push({ source: 'parse', diagnostic: internalDiagnostic('working out stages and layers', e) });
    }
    for (const d of dfu) sourced.push({ source: 'dockerfile-utils', diagnostic: d });
    const analysisForChecks: CheckContext['analysis'] = {
      stages: result.stages,
      directives: result.directives,
      globalArgs: result.globalArgs,
      instructions: result.instructions,
      escapeChar: result.escapeChar,
      targetStage: result.targetStage,
    };
    const ctx: CheckContext = {
      source: text,
      lines: parsed.source.lines(),
      analysis: analysisForChecks,
      options: opts,
    };
    for (const set of sets) {
      for (const check of set.checks) {
        try {
          const found = check(ctx);
          if (Array.isArray(found)) for (const d of found) if (isDiagnostic(d)) sourced.push({ source: set.source, diagnostic: d });
        } catch (e) {
          sourced.push({ source: set.source, diagnostic: internalDiagnostic(`the ${set.source} check "${check.name || 'anonymous'}"`, e) });
        }
      }
    }
  }

  try {
    const directive = parseCheckDirective(result.directives, opts.buildArgs);
    result.diagnostics = combineDiagnostics(sourced, directive, lineLengthsOf(text, parsed), instructionPlaces(result.instructions));
  } catch (e) {
    result.diagnostics = [internalDiagnostic('collecting the diagnostics', e)];
  }
  return result;
}

/** Place of a line for duplicate detection: the instruction covering it, else the line. */
function instructionPlaces(instructions: Instruction[]): (line: number) => string {
  // One string per instruction, made once: a line with thousands of findings asks thousands of times.
  // An array by line number, filled in increasing order: cheaper than a Map of every line.
  const owner: string[] = [];
  instructions.forEach((ins, index) => {
    const place = `I${index}`;
    for (let l = ins.range.line; l <= ins.range.endLine; l++) owner[l] = place;
  });
  return (line) => owner[line] ?? `L${line}`;
}

function isDiagnostic(d: unknown): d is Diagnostic {
  if (!d || typeof d !== 'object') return false;
  const x = d as Diagnostic;
  return typeof x.code === 'string' && typeof x.message === 'string' && typeof x.line === 'number';
}

/** Instructions of one stage, in order (FROM first). */
export function stageInstructions(analysis: Analysis, stageIndex: number): Instruction[] {
  return analysis.instructions.filter((i) => i.stageIndex === stageIndex);
}
