/**
 * The parser adapter: the only module that touches dockerfile-ast.
 *
 * We call `DockerfileParser.parse` once per analysis. Its Dockerfile object is what
 * dockerfile-utils' validator works on (see ../diagnostics/dockerfile-utils.ts), so
 * the text is not parsed a second time for validation.
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
import { Arg, DockerfileParser, Env, Label } from 'dockerfile-ast';
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
  /** null when dockerfile-ast itself failed (then dockerfile-utils validation is skipped). */
  ast: AstHandle | null;
}

/**
 * dockerfile-ast recomputes an instruction's arguments, flags and variables from the
 * text on every call, and dockerfile-utils asks for them many times per instruction
 * (the parser itself already does, two or three times, while building an instruction).
 * A parse never changes afterwards, so for the instructions of our own parses the
 * zero-argument queries below are memoised.
 *
 * How: the first time we meet a class, its own query methods are wrapped on the
 * prototype. A wrapper caches only for instances that carry our MEMO map: every
 * instruction built while parseWithDockerfileAst runs the parser gets one on its
 * first query (the constructors query only what the Line and Instruction
 * constructors have already set: the text, range and escape character), and
 * parseWithDockerfileAst gives one to any instruction that has none yet. Any other
 * user of dockerfile-ast gets the original behaviour. The cache is keyed by wrapper,
 * so a subclass method calling super.getArguments() still gets the superclass's result.
 * dockerfile-utils.test.ts checks that validation output is unchanged.
 */
const MEMOISED_QUERIES = ['getArguments', 'getPropertyArguments'] as const;
// getArguments is cached: the parser and the validator ask for it two to four times per
// instruction (EXPOSE, RUN, COPY...). So is getPropertyArguments (ENV, LABEL, ARG): the
// validator's argument check and getProperties each ask for it, and the Property objects
// keep its Arguments alive anyway (analyze() on the ENV and LABEL shapes at 750 lines: 5-10%
// faster, interleaved A/B in one process). Nothing else: a cached result lives as long as the parse, which
// costs the garbage collector more than recomputing a query asked once or twice: counted
// per keyword on the bench shapes, getProperties (ENV, LABEL) is asked once per wrapper,
// getVariables and getRawArguments once or twice, and with those cached, dockerfile-utils'
// validation through our parse took 1.2-1.5x validate() on ENV-heavy files (about 1.1x
// without). getRange and getInstructionRange just return a field; a cache would only
// slow them down (dockerfile-utils calls getRange on every FROM for each variable it resolves).

const MEMO = Symbol('layerwise.memo');
const wrappedPrototypes = new WeakSet<object>();
/** True while DockerfileParser.parse runs for us: the instances it builds are ours. */
let parsingOurs = false;

/**
 * [wrapper, value, wrapper, value...]: a plain array rather than a Map per instruction (a
 * Map is several times larger, and one was kept for every instruction of the parse).
 */
type Memoisable = { [MEMO]?: unknown[] };

/**
 * ENV, LABEL and ARG are read through getProperties, and getArguments is asked about once per
 * instruction: a cache of it only costs (about 10% of dockerfile-utils' validation on an
 * ENV- or LABEL-heavy file). Their getArguments calls the original query.
 */
function cachesQueries(instance: object): boolean {
  return !(instance instanceof Env || instance instanceof Label || instance instanceof Arg);
}

/**
 * Replaces each named zero-argument method that `proto` itself defines with `wrap(original)`,
 * keeping its descriptor. Both query caches below install themselves this way.
 */
function replaceQueries(proto: object, names: readonly string[], wrap: (original: (this: object) => unknown, name: string) => (this: object) => unknown): void {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const original = descriptor?.value;
    if (typeof original !== 'function' || original.length !== 0) continue;
    Object.defineProperty(proto, name, { ...descriptor, value: wrap(original, name) });
  }
}

function prototypesOf(instance: object): object[] {
  const out: object[] = [];
  for (let proto = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) out.push(proto);
  return out;
}

function memoisedQuery(original: (this: object) => unknown, name: string): (this: object) => unknown {
  const always = name !== 'getArguments';
  const wrapper = function memoised(this: Memoisable) {
    if (!always && !cachesQueries(this)) return original.call(this);
    let memo = this[MEMO];
    if (!memo) {
      if (!parsingOurs) return original.call(this);
      memo = [];
      this[MEMO] = memo;
    }
    for (let i = 0; i < memo.length; i += 2) if (memo[i] === wrapper) return memo[i + 1];
    const value = original.call(this);
    memo.push(wrapper, value);
    return value;
  };
  return wrapper;
}

function wrapPrototypeChain(instance: object): void {
  // Wrapping a prototype wraps its whole chain: one Set lookup for every later instance.
  if (wrappedPrototypes.has(Object.getPrototypeOf(instance))) return;
  for (const proto of prototypesOf(instance)) {
    if (wrappedPrototypes.has(proto)) continue;
    wrappedPrototypes.add(proto);
    replaceQueries(proto, MEMOISED_QUERIES, memoisedQuery);
  }
}

/**
 * dockerfile-ast resolves a variable by scanning: getContainingImage walks every build stage
 * and builds its range, and the stage's getENVs/getARGs (and the file's getFROMs) rebuild
 * their lists from all its instructions, once per variable reference. On a long file that is
 * quadratic (the services and mixed bench shapes spent most of dockerfile-utils' time there).
 * Once our parse is complete the templates never change, so for the Dockerfile and its
 * stages of our parses these list queries are cached, like getArguments above. A template
 * gets its cache only after DockerfileParser.parse has returned (while it runs, the lists
 * are still growing), and templates built later (dockerfile-ast makes throwaway ones) have
 * none. dockerfile-utils.test.ts checks that validation output is unchanged.
 */
const TEMPLATE_QUERIES = ['getFROMs', 'getENVs', 'getARGs', 'getRange'] as const;
const TEMPLATE_MEMO = Symbol('layerwise.templateMemo');
type TemplateMemoisable = { [TEMPLATE_MEMO]?: Map<unknown, unknown> };
let templatesWrapped = false;

function cachedTemplateQuery(original: (this: object) => unknown): (this: object) => unknown {
  const wrapper = function cachedTemplateQuery(this: TemplateMemoisable) {
    const memo = this[TEMPLATE_MEMO];
    if (!memo) return original.call(this);
    if (memo.has(wrapper)) return memo.get(wrapper);
    const value = original.call(this);
    memo.set(wrapper, value);
    return value;
  };
  return wrapper;
}

function wrapTemplateQueries(template: object): void {
  if (templatesWrapped) return;
  templatesWrapped = true;
  for (const proto of prototypesOf(template)) replaceQueries(proto, TEMPLATE_QUERIES, cachedTemplateQuery);
}

/** The Dockerfile object and its templates (the part before the first FROM, each build stage). */
function templatesOf(dockerfile: object): object[] {
  const d = dockerfile as { initialInstructions?: unknown; buildStages?: unknown };
  const out: object[] = [dockerfile];
  if (d.initialInstructions && typeof d.initialInstructions === 'object') out.push(d.initialInstructions);
  if (Array.isArray(d.buildStages)) for (const stage of d.buildStages) if (stage && typeof stage === 'object') out.push(stage);
  return out;
}

function parseWithDockerfileAst(text: string): AstHandle | null {
  try {
    let dockerfile: ReturnType<typeof DockerfileParser.parse>;
    parsingOurs = true;
    try {
      dockerfile = DockerfileParser.parse(text);
    } finally {
      parsingOurs = false;
    }
    wrapTemplateQueries(dockerfile);
    for (const template of templatesOf(dockerfile)) (template as TemplateMemoisable)[TEMPLATE_MEMO] = new Map();
    for (const instruction of dockerfile.getInstructions()) {
      wrapPrototypeChain(instruction);
      (instruction as Memoisable)[MEMO] ??= [];
    }
    return { __brand: 'dockerfile-ast', dockerfile } as AstHandle;
  } catch {
    return null;
  }
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const ast = parseWithDockerfileAst(text);
  const read = readBuildkit(text);
  return { ...read, globalArgs: collectGlobalArgs(read.instructions), ast };
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
