/**
 * The engine's data model. `analyze()` turns Dockerfile text into an `Analysis`;
 * everything the UI, the lessons and the simulator show about a Dockerfile comes from it.
 *
 * Positions are 1-based (lines and columns, end exclusive), as learners and Monaco count.
 * The 0-based positions of dockerfile-ast are converted once, in the parser adapter.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Range {
  /** Stable id used by lessons, quizzes and tests (never the message text). */
  code: string;
  severity: Severity;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** BuildKit build-check name, e.g. "JSONArgsRecommended", where BuildKit has the same check. */
  buildkitCheck?: string;
  /**
   * For a warning BuildKit itself reports (a build check that fired): its exact detail
   * text as `docker build` prints it, e.g. "JSON arguments recommended for CMD to prevent
   * unintended behavior related to OS signals", without the sentence `message` adds for
   * learners. Absent when BuildKit would not print this (a hadolint or learner rule that
   * only names the BuildKit check it corresponds to).
   */
  buildkitMessage?: string;
  /** hadolint rule, e.g. "DL3025", where hadolint has the same rule. */
  hadolintRule?: string;
  /** "/learn/<slug>#<step>" of the lesson step that teaches this rule. */
  lesson?: string;
  /** A certain fix the editor may offer as a quick fix. */
  fix?: Fix;
  /**
   * The exact text Docker prints when this problem fails the build, e.g.
   * "dockerfile parse error on line 3: ENV must have two arguments". Set for
   * parse errors the engine reproduces; absent for warnings and advice.
   */
  dockerMessage?: string;
}

/** A text replacement; applying every edit turns the source into the fixed source. */
export interface Fix {
  title: string;
  edits: Array<Range & { text: string }>;
}

export interface ImageConfig {
  workdir: string;
  env: Record<string, string>;
  /** e.g. ["8080/tcp", "53/udp"] in declaration order, no duplicates. */
  exposedPorts: string[];
  /** Exec-form array; shell form is stored as ["/bin/sh", "-c", "<cmd>"] like Docker does. */
  cmd: string[] | null;
  entrypoint: string[] | null;
  user: string;
  labels: Record<string, string>;
  volumes: string[];
  stopSignal: string | null;
  shell: string[];
  healthcheck: string[] | null;
  onbuild: string[];
}

export interface Step {
  line: number;
  endLine: number;
  keyword: string;
  text: string;
  createsLayer: boolean;
  summary: string;
  /**
   * The image config after this step. Read-only: parts a step does not change are
   * the same objects as in the previous step's config.
   */
  config: ImageConfig;
  /** The parsed instruction behind this step (arguments, flags, exec form...). */
  instruction: Instruction;
  /**
   * Whether BuildKit adds an entry to the image history for this step. False only
   * for ONBUILD, which just records a trigger in the config.
   */
  history?: boolean;
}

export interface Stage {
  index: number;
  name: string | null;
  base: string;
  /** Index of the stage this one is built FROM, when `base` names an earlier stage. */
  baseStage: number | null;
  line: number;
  used: boolean;
  /** Why the stage is not built, for learners (set when used is false). */
  unusedReason?: string;
  /** The FROM instruction itself. */
  from: Instruction;
  /**
   * Every instruction of the stage after FROM, in order, that Docker knows (unknown
   * instructions fail the build and are not steps). ONBUILD is a step with
   * createsLayer false and history false. Global ARGs (before the first FROM) belong
   * to no stage: see Analysis.globalArgs.
   */
  steps: Step[];
}

export interface Flag {
  /** Name without dashes, e.g. "from", "chown", "platform". */
  name: string;
  /** null for a flag without value (`--link`). */
  value: string | null;
  range: Range;
}

export interface Arg {
  value: string;
  range: Range;
}

export interface Heredoc {
  name: string;
  /** Body lines with their line breaks, up to (not including) the terminator; not chomped. */
  content: string;
  /** false when any part of the delimiter was quoted (no variable expansion). */
  expand: boolean;
  /** true for `<<-` (leading tabs stripped). */
  chomp: boolean;
  /** The digits before `<<` (`3<<EOF`), 0 when absent. */
  fileDescriptor?: number;
  /** The body and terminator lines (absent for an empty range). */
  range?: Range;
}

/** One `key=value` (or legacy `key value`) of ENV and LABEL, or one name of ARG. */
export interface KeyValue {
  /** As written (quotes kept), as BuildKit's AST keeps it. */
  key: Arg;
  /** As written (quotes kept); null for an ARG without default. */
  value: Arg | null;
  /** true for `key=value`; false for the legacy `ENV key value` form or a bare ARG name. */
  equals: boolean;
}

export interface Instruction {
  /** Upper-cased keyword, e.g. "RUN". For an unknown instruction, the word as written, upper-cased. */
  keyword: string;
  /** The keyword exactly as written (for casing checks). */
  rawKeyword: string;
  range: Range;
  keywordRange: Range;
  /**
   * The instruction as written, continuation lines joined (escape char removed, comments
   * dropped) — BuildKit's `Original`. Heredoc bodies are not included: see `heredocs`.
   */
  text: string;
  flags: Flag[];
  /**
   * Arguments after the flags, split as BuildKit splits them for this instruction:
   * one argument holding the whole command for shell-form RUN/CMD/ENTRYPOINT/SHELL;
   * one per JSON element in exec form; whitespace-separated words for FROM, EXPOSE and
   * shell-form ADD/COPY/VOLUME; the whole rest for USER/WORKDIR/STOPSIGNAL/MAINTAINER;
   * [type, ...command] for HEALTHCHECK; quoted words for ARG; for ENV and LABEL the
   * keys and values in turn, [key1, value1, key2, value2] (BuildKit's AST also stores
   * a separator, see `pairs`); for ONBUILD the wrapped instruction's text.
   */
  args: Arg[];
  /** Everything after the keyword and the flags, trimmed (BuildKit's `args` string). */
  argsText?: string;
  /** Range of argsText, null when there are no arguments. */
  argsRange?: Range | null;
  /** ENV, LABEL and ARG: the declared names and values, as written. */
  pairs?: KeyValue[];
  /** Comment lines directly above the instruction (without "#"), as BuildKit collects them. */
  comments?: string[];
  /** Lines (1-based) that were empty inside this instruction's continuation (NoEmptyContinuation). */
  emptyContinuationLines?: number[];
  /** Exec form: the parsed JSON array; null for shell form. */
  json: string[] | null;
  heredocs: Heredoc[];
  /** For ONBUILD: the wrapped instruction. */
  onbuild?: Instruction;
  /** -1 for instructions before the first FROM (global scope). */
  stageIndex: number;
  /** false for a keyword Docker does not know. */
  known: boolean;
}

export interface ParserDirective {
  name: string;
  value: string;
  line: number;
}

export interface Analysis {
  stages: Stage[];
  diagnostics: Diagnostic[];
  directives: ParserDirective[];
  /** ARGs declared before the first FROM, with their defaults (null when none). */
  globalArgs: Array<{ name: string; value: string | null; line: number }>;
  /** Every instruction in file order, including global ones and unknown instructions. */
  instructions: Instruction[];
  /** The escape character in effect ("\\" or "`"). */
  escapeChar: string;
  /** Index of the stage that is built (options.target, else the last stage); null without stages. */
  targetStage?: number | null;
}

export interface AnalyzeOptions {
  /** Contents of the .dockerignore next to the build context, for CopyIgnoredFile. */
  dockerignore?: string;
  /** Build args as passed with --build-arg, for variable resolution. */
  buildArgs?: Record<string, string>;
  /** `--target`: the stage to build (name or index); default the last stage. */
  target?: string;
  /**
   * The environment (Config.Env) of a registry base image, when the caller knows it (the
   * simulated build knows its registry's images); null when it does not. Without it, a
   * variable the base image may set shows as `${NAME}` (see scope.ts baseImageEnv).
   */
  baseImageEnv?: (image: string) => Readonly<Record<string, string>> | null;
}

/** Everything a rule may look at. Rules are pure: context in, diagnostics out. */
export interface CheckContext {
  source: string;
  /** Source split into lines (CRLF normalised), index 0 = line 1. */
  lines: string[];
  analysis: Omit<Analysis, 'diagnostics'>;
  options: AnalyzeOptions;
}

export type Check = (ctx: CheckContext) => Diagnostic[];
