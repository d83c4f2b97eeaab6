/**
 * dockerfile-ast, made fast for our own parses (issue 12). Its queries recompute from the
 * text on every call and dockerfile-utils asks for them many times, so for the objects of a
 * parse made here (parseOurs), and only for those, results are cached or computed in
 * linear time. Any other user of dockerfile-ast gets the original behaviour, and
 * dockerfile-utils.test.ts checks that validation through parseOurs equals validate().
 */
import { Arg, DockerfileParser, Env, Label } from 'dockerfile-ast';

/**
 * dockerfile-ast recomputes an instruction's arguments, flags and variables from the
 * text on every call, and dockerfile-utils asks for them many times per instruction
 * (the parser itself already does, two or three times, while building an instruction).
 * A parse never changes afterwards, so for the instructions of our own parses the
 * zero-argument queries below are memoised.
 *
 * How: the first time we meet a class, its own query methods are wrapped on the
 * prototype. A wrapper caches only for instances that carry our MEMO map: every
 * instruction built while parseOurs runs the parser gets one on its
 * first query (the constructors query only what the Line and Instruction
 * constructors have already set: the text, range and escape character), and
 * parseOurs gives one to any instruction that has none yet. Any other
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

/**
 * At the end of a parse, dockerfile-ast's organizeComments hands each comment to the
 * template that contains it by asking every build stage for its range: comments x stages
 * range computations, the largest part of its parse on the services bench shape at 7,500
 * lines (17 of 190 ms). For our parses the same placement is made in one pass: comments
 * come in file order and the stages' ranges are in file order and disjoint, so the stages
 * that may contain a comment are found by moving forward. The ranges are computed once
 * (the stages are complete when it runs), and the same containment test decides.
 */
type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
interface RangeHolder {
  getRange(): Range;
}
interface Template extends RangeHolder {
  addComment(comment: unknown): void;
}
interface DockerfileInternals {
  getComments(): RangeHolder[];
  initialInstructions: Template;
  buildStages: Template[];
}

/** dockerfile-ast's Util.isInsideRange (lib/util.js), which organizeComments uses. */
function isInsideRange(position: Position, range: Range): boolean {
  if (range.start.line === range.end.line) {
    return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
  }
  if (range.start.line === position.line) return range.start.character <= position.character;
  if (range.end.line === position.line) return position.character <= range.end.character;
  return range.start.line < position.line && position.line < range.end.line;
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function organizeCommentsInOnePass(this: DockerfileInternals): void {
  const comments = this.getComments();
  const initialRange = this.initialInstructions.getRange();
  const stages = this.buildStages;
  const ranges = stages.map((stage) => stage.getRange());
  let first = 0;
  let previous: Position | null = null;
  for (const comment of comments) {
    const range = comment.getRange();
    if (isInsideRange(range.end, initialRange)) {
      this.initialInstructions.addComment(comment);
      continue;
    }
    const at = range.start;
    // Out of file order (never seen): start the scan again from the first stage.
    if (previous !== null && isBefore(at, previous)) first = 0;
    previous = at;
    // Stages that end before the comment cannot contain it, nor any later comment.
    while (first < ranges.length && isBefore(ranges[first].end, at)) first++;
    for (let i = first; i < ranges.length && !isBefore(at, ranges[i].start); i++) {
      if (isInsideRange(at, ranges[i])) stages[i].addComment(comment);
    }
  }
}

/**
 * dockerfile-ast turns every offset into a position with its document's positionAt
 * (vscode-languageserver-textdocument's FullTextDocument), a binary search over the line
 * offsets: about 6% of analyze() on an 80-line file, more on a long one. The parser and the
 * validator ask in file order, mostly for the line they asked about last, so for the
 * documents of our parses the last line found is tried first; the search runs only when
 * the offset lies elsewhere. Same answer as the original (dockerfile-utils.test.ts compares
 * validation results with validate()).
 */
interface TextDocumentInternals {
  _content: string;
  getLineOffsets(): number[];
  ensureBeforeEOL(offset: number, lineOffset: number): number;
  [LAST_LINE]?: number;
}
const LAST_LINE = Symbol('layerwise.lastLine');

function installPositionAt(documentPrototype: object): void {
  const descriptor = Object.getOwnPropertyDescriptor(documentPrototype, 'positionAt');
  const original = descriptor?.value as ((this: TextDocumentInternals, offset: number) => Position) | undefined;
  const probe = documentPrototype as Partial<TextDocumentInternals>;
  if (typeof original !== 'function' || typeof probe.getLineOffsets !== 'function' || typeof probe.ensureBeforeEOL !== 'function') return;
  Object.defineProperty(documentPrototype, 'positionAt', {
    ...descriptor,
    value: function positionAt(this: TextDocumentInternals, offset: number): Position {
      let hint = this[LAST_LINE];
      if (hint === undefined) {
        if (!parsingOurs || typeof this._content !== 'string') return original.call(this, offset);
        hint = 0;
      }
      offset = Math.max(Math.min(offset, this._content.length), 0);
      const lineOffsets = this.getLineOffsets();
      const count = lineOffsets.length;
      if (count === 0) return { line: 0, character: offset };
      // The line is the last one whose offset is <= offset (offsets increase strictly).
      let line = hint < count ? hint : 0;
      if (!(lineOffsets[line] <= offset && (line + 1 === count || offset < lineOffsets[line + 1]))) {
        let low = 0;
        let high = count;
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) high = mid;
          else low = mid + 1;
        }
        line = low - 1;
      }
      this[LAST_LINE] = line;
      offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
      return { line, character: offset - lineOffsets[line] };
    },
  });
}

/** Dockerfile.prototype and its document's prototype, reached through a parse (dockerfile-ast exports only the parser). */
const emptyParse = DockerfileParser.parse('') as unknown as { document?: object };
const dockerfilePrototype = Object.getPrototypeOf(emptyParse) as { organizeComments?: unknown };
if (emptyParse.document) installPositionAt(Object.getPrototypeOf(emptyParse.document));
const originalOrganizeComments = dockerfilePrototype.organizeComments;
if (typeof originalOrganizeComments === 'function' && originalOrganizeComments.length === 0) {
  Object.defineProperty(dockerfilePrototype, 'organizeComments', {
    ...Object.getOwnPropertyDescriptor(dockerfilePrototype, 'organizeComments'),
    value: function organizeComments(this: DockerfileInternals) {
      if (!parsingOurs) return originalOrganizeComments.call(this);
      organizeCommentsInOnePass.call(this);
    },
  });
}

/** DockerfileParser.parse, with the caches above for everything it builds. */
export function parseOurs(text: string): ReturnType<typeof DockerfileParser.parse> {
  let dockerfile: ReturnType<typeof DockerfileParser.parse>;
  parsingOurs = true;
  try {
    dockerfile = DockerfileParser.parse(text);
  } finally {
    parsingOurs = false;
  }
  const document = (dockerfile as unknown as { document?: TextDocumentInternals }).document;
  if (document && document[LAST_LINE] === undefined) document[LAST_LINE] = 0;
  wrapTemplateQueries(dockerfile);
  for (const template of templatesOf(dockerfile)) (template as TemplateMemoisable)[TEMPLATE_MEMO] = new Map();
  for (const instruction of dockerfile.getInstructions()) {
    wrapPrototypeChain(instruction);
    (instruction as Memoisable)[MEMO] ??= [];
  }
  return dockerfile;
}
