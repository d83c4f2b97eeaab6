/**
 * What the hadolint ports share: the instruction stream hadolint folds over, the
 * shell script of a RUN, and building a Diagnostic on the line hadolint reports.
 */
import type { CheckContext, Diagnostic, Fix, Instruction, Range, Severity } from '@/lib/engine/types';
import { perAnalysis } from '../per-analysis';
import { parseShell, type ParsedShell } from './shell';

/** One instruction as hadolint's rules see it. */
export interface Item {
  /** The instruction a rule inspects: for `ONBUILD RUN x`, the RUN. */
  instr: Instruction;
  /** The instruction as written in the file (the ONBUILD one for a trigger). */
  written: Instruction;
}

/**
 * Every instruction in file order, with ONBUILD triggers unwrapped in place: hadolint
 * applies its rules to `ONBUILD RUN ...` as to `RUN ...` (its specs check both).
 * Built once per analysis and shared by every rule (read-only).
 */
export const instructionStream: (ctx: CheckContext) => Item[] = perAnalysis((ctx) =>
  ctx.analysis.instructions.map((written) => ({
    instr: written.keyword === 'ONBUILD' && written.onbuild ? written.onbuild : written,
    written,
  })),
);

/**
 * The items of the stream whose inspected instruction has one of `keywords`, in file order.
 * Built once per analysis and keyword list, and shared (read-only): a rule about RUN walks
 * the RUN instructions only, not every instruction of the file.
 */
export function itemsOf(ctx: CheckContext, ...keywords: string[]): Item[] {
  const index = itemIndex(ctx);
  const key = keywords.join('|');
  let items = index.get(key);
  if (items === undefined) {
    const wanted = new Set(keywords);
    items = instructionStream(ctx).filter((item) => wanted.has(item.instr.keyword));
    index.set(key, items);
  }
  return items;
}

const itemIndex = perAnalysis((): Map<string, Item[]> => new Map());

export interface HadolintRule {
  code: string;
  severity: Severity;
  /** hadolint's own text. */
  message: string;
  /**
   * One plain sentence for learners, shown after hadolint's text as a sentence of its own
   * (see `ruleMessage`).
   */
  explanation?: string;
  /**
   * The BuildKit build check that reports the same problem on the same line, so the
   * engine can merge the two into one diagnostic.
   */
  buildkitCheck?: string;
}

/**
 * A diagnostic on the line hadolint reports (the first line of the instruction).
 * `range` narrows the mark to a word when that word is on that line; otherwise the
 * mark covers the instruction's first line.
 */
export function report(
  ctx: CheckContext,
  rule: HadolintRule,
  item: Item,
  range?: Range | null,
  fix?: Fix,
): Diagnostic {
  const line = item.written.range.line;
  const mark = range && range.line === line ? range : firstLineOf(ctx, item.written);
  const message = ruleMessage(rule);
  // A literal, not a spread of `mark` (see buildkitDiagnostic in ../buildkit/util.ts).
  const diagnostic: Diagnostic = {
    line: mark.line,
    column: mark.column,
    endLine: mark.endLine,
    endColumn: mark.endColumn,
    code: rule.code,
    hadolintRule: rule.code,
    severity: rule.severity,
    message,
  };
  if (rule.buildkitCheck) diagnostic.buildkitCheck = rule.buildkitCheck;
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}

/**
 * hadolint's text, then the learner's sentence. Many hadolint texts have no final period
 * ("Always tag the version of an image explicitly"); one is added before the explanation so
 * the two read as two sentences, not one run-on sentence. hadolint's own wording is kept.
 */
export function ruleMessage(rule: Pick<HadolintRule, 'message' | 'explanation'>): string {
  const text = rule.message.trim();
  const explanation = rule.explanation?.trim();
  if (!explanation) return text;
  return /[.!?]$/.test(text) ? `${text} ${explanation}` : `${text}. ${explanation}`;
}

/** The instruction's range, cut at the end of its first line. */
export function firstLineOf(ctx: CheckContext, instr: Instruction): Range {
  const { range } = instr;
  if (range.endLine === range.line) return { ...range };
  const text = ctx.lines[range.line - 1] ?? '';
  return { line: range.line, column: range.column, endLine: range.line, endColumn: Math.max(range.column + 1, text.length + 1) };
}

/** Removes one layer of surrounding quotes, like hadolint's dropQuotes. */
export function dropQuotes(text: string): string {
  return text.replace(/^["']+|["']+$/g, '');
}

/**
 * The shell script a RUN runs, as hadolint hands it to ShellCheck: the command of a
 * shell-form RUN, the words of an exec-form RUN joined by spaces. For a RUN whose only
 * argument is a heredoc (`RUN <<EOF`), the heredoc body is the script.
 */
export function runScript(instr: Instruction): string {
  if (instr.json) return instr.json.join(' ');
  const command = instr.argsText ?? instr.args.map((a) => a.value).join(' ');
  if (instr.heredocs.length > 0 && /^\s*(\d*<<-?\s*["']?[\w.-]+["']?\s*)+$/.test(command)) {
    const body = instr.heredocs.map((h) => h.content).join('\n');
    // A shebang picks another interpreter (e.g. python): that body is not shell.
    if (/^#!/.test(body) && !/^#!\s*\S*\b(sh|bash|ash|dash|zsh)\b/.test(body)) return '';
    return body;
  }
  return command;
}

const parsedScripts = new WeakMap<Instruction, ParsedShell>();

/** The parsed script of a RUN (memoised per instruction: many rules read it). */
export function runShell(instr: Instruction): ParsedShell {
  let parsed = parsedScripts.get(instr);
  if (!parsed) {
    parsed = parseShell(runScript(instr));
    parsedScripts.set(instr, parsed);
  }
  return parsed;
}

/** `--mount=type=cache,target=/x` options of a RUN, as key/value maps. */
export function runMounts(instr: Instruction): Array<Record<string, string>> {
  return instr.flags
    .filter((f) => f.name === 'mount' && f.value !== null)
    .map((f) => {
      const options: Record<string, string> = {};
      for (const part of (f.value ?? '').split(',')) {
        const eq = part.indexOf('=');
        const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
        options[key] = eq < 0 ? 'true' : part.slice(eq + 1).trim();
      }
      return options;
    });
}

/** Targets of the cache mounts of a RUN. */
export function cacheMountTargets(instr: Instruction): string[] {
  return runMounts(instr)
    .filter((m) => m.type === 'cache')
    .map((m) => m.target ?? m.dst ?? m.destination ?? '')
    .filter((t) => t !== '');
}

export interface ImageReference {
  /** Everything before the tag and digest, e.g. "docker.io/library/python". */
  name: string;
  tag: string | null;
  digest: string | null;
}

/** Splits `registry/name:tag@digest` (a port in the registry is not a tag). */
export function parseImageReference(reference: string): ImageReference {
  let rest = reference;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}

/** The parts of a FROM instruction hadolint looks at. */
export interface FromParts {
  image: string;
  imageArg: Range | null;
  reference: ImageReference;
  /** Stage name as written after AS, or null. */
  alias: string | null;
  aliasArg: Range | null;
}

export function fromParts(instr: Instruction): FromParts {
  const [image, as, alias] = instr.args;
  const hasAlias = instr.args.length >= 3 && as.value.toLowerCase() === 'as';
  return {
    image: image?.value ?? '',
    imageArg: image?.range ?? null,
    reference: parseImageReference(image?.value ?? ''),
    alias: hasAlias ? alias.value : null,
    aliasArg: hasAlias ? alias.range : null,
  };
}

/** Sources and destination of COPY/ADD, quotes removed (exec form or shell form). */
export function copyPaths(instr: Instruction): { sources: string[]; dest: string | null; destRange: Range | null } {
  const words = instr.json ?? instr.args.map((a) => a.value);
  if (words.length < 2) return { sources: [], dest: null, destRange: null };
  const last = instr.args[instr.args.length - 1];
  return {
    sources: words.slice(0, -1).map(dropQuotes),
    dest: dropQuotes(words[words.length - 1]),
    destRange: last?.range ?? null,
  };
}

export function flagValue(instr: Instruction, name: string): string | null {
  const flag = instr.flags.find((f) => f.name === name);
  return flag ? flag.value : null;
}
