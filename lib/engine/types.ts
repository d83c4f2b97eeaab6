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
  /** hadolint rule, e.g. "DL3025", where hadolint has the same rule. */
  hadolintRule?: string;
  /** "/learn/<slug>#<step>" of the lesson step that teaches this rule. */
  lesson?: string;
  /** A certain fix the editor may offer as a quick fix. */
  fix?: Fix;
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
  config: ImageConfig;
  /** The parsed instruction behind this step (arguments, flags, exec form...). */
  instruction: Instruction;
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
  content: string;
  /** false when any part of the delimiter was quoted (no variable expansion). */
  expand: boolean;
  /** true for `<<-` (leading tabs stripped). */
  chomp: boolean;
}

export interface Instruction {
  /** Upper-cased keyword, e.g. "RUN". For an unknown instruction, the word as written, upper-cased. */
  keyword: string;
  /** The keyword exactly as written (for casing checks). */
  rawKeyword: string;
  range: Range;
  keywordRange: Range;
  /** The instruction as written, continuation lines joined (escape char removed, comments dropped). */
  text: string;
  flags: Flag[];
  /** Arguments after the flags, split as BuildKit splits them for this instruction. */
  args: Arg[];
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
}

export interface AnalyzeOptions {
  /** Contents of the .dockerignore next to the build context, for CopyIgnoredFile. */
  dockerignore?: string;
  /** Build args as passed with --build-arg, for variable resolution. */
  buildArgs?: Record<string, string>;
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
