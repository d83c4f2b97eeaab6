/**
 * The parser adapter: the one place that parses with dockerfile-ast (./ast-cache.ts holds its caches).
 *
 * We call `DockerfileParser.parse` once per analysis (parseForValidation). Its
 * Dockerfile object is what dockerfile-utils' validator works on (see
 * ../diagnostics/dockerfile-utils.ts), so the text is not parsed a second time for
 * validation. analyze() validates it first and lets it go before reading the file with
 * BuildKit's rules (parseDockerfile): the tree is about 400 bytes a line, and while it is
 * alive every garbage collection during the rest of the analysis copies it (issue 12).
 *
 * The instructions the rest of lib/ sees are read with BuildKit's own rules
 * (./buildkit-reader.ts) because dockerfile-ast differs from BuildKit on cases the
 * conformance corpus pins down (__fixtures__/buildkit-parser, checked by
 * conformance.test.ts; adapter.test.ts shows each difference):
 *  - trailing-backslash: `ENV C trailing\\backslash\\` ends with an escaped
 *    backslash, not a continuation; dockerfile-ast joins the next line into it.
 *  - heredoc-cases: a quoted delimiter (`<<eo'f'`) is not recognised by
 *    dockerfile-ast, which then swallows the rest of the file into one RUN;
 *    `RUN 3<<EMPTY2` leaves its terminator as an instruction.
 *  - env, args: dockerfile-ast splits `name="value value1"` and `abc="123 456"` at
 *    the space; BuildKit keeps the quoted word (and its escapes) verbatim.
 *  - continueIndent: a whitespace-only continuation line keeps its whitespace in
 *    BuildKit ("echo hi   world"), dockerfile-ast drops it ("echo hi  world").
 *  - json: BuildKit decodes JSON escapes (`"a\u0041"` is `aA`); dockerfile-ast keeps
 *    them raw. Go's decoder also ignores text after the closing "]".
 * Positions: dockerfile-ast is 0-based; everything here is 1-based with
 * end-exclusive columns, counted in UTF-16 code units like Monaco.
 */
import { parseOurs } from './ast-cache';
import type { Instruction, ParserDirective } from '../types';
import { readBuildkit, type ParseProblem } from './buildkit-reader';
import type { SourceText } from './source';

export type { ParseProblem } from './buildkit-reader';
export { SourceText } from './source';

/** dockerfile-ast's parse result, opaque outside the engine's diagnostics plumbing. */
export type AstHandle = { readonly __brand: 'dockerfile-ast'; readonly dockerfile: unknown };

export interface ParsedDockerfile {
  source: SourceText;
  instructions: Instruction[];
  directives: ParserDirective[];
  escapeChar: string;
  globalArgs: Array<{ name: string; value: string | null; line: number }>;
  problems: ParseProblem[];
}

/** dockerfile-ast's parse of `text`; null when dockerfile-ast itself failed (then dockerfile-utils validation is skipped). */
export function parseForValidation(text: string): AstHandle | null {
  try {
    return { __brand: 'dockerfile-ast', dockerfile: parseOurs(text) } as AstHandle;
  } catch {
    return null;
  }
}

/** The file read with BuildKit's rules: what every other part of lib/ works on. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const read = readBuildkit(text);
  // Field by field: V8 (Node 20) builds `{ ...read }` on a slow path.
  return {
    source: read.source,
    instructions: read.instructions,
    directives: read.directives,
    escapeChar: read.escapeChar,
    globalArgs: collectGlobalArgs(read.instructions),
    problems: read.problems,
  };
}

/** ARGs before the first FROM; `ARG a b=1` declares two. Values are as written (quotes kept). */
function collectGlobalArgs(instructions: Instruction[]): ParsedDockerfile['globalArgs'] {
  const out: ParsedDockerfile['globalArgs'] = [];
  for (const ins of instructions) {
    if (ins.stageIndex >= 0) break;
    if (ins.keyword !== 'ARG') continue;
    for (const pair of ins.pairs ?? []) {
      out.push({ name: pair.key.value, value: pair.value ? pair.value.value : null, line: ins.range.line });
    }
  }
  return out;
}
