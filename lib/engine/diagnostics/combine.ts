/**
 * Turns the diagnostics of every source into the list analyze() returns:
 * `# check=` directive applied, duplicates merged, positions clamped into the
 * text, sorted by position, lesson links attached.
 */
import type { Diagnostic, ParserDirective, Severity } from '../types';
import { lessonLinks } from '../lesson-links';

/**
 * Where a diagnostic came from. When two diagnostics say the same thing at the
 * same place (the same instruction; the same line outside instructions), the more
 * specific source wins: a Layerwise learner rule (written for beginners) over what
 * Docker itself prints (a BuildKit check, then the engine's parse errors, which quote
 * Docker's error) over a hadolint rule, over dockerfile-utils' generic message. The winner
 * keeps the loser's cross-references (buildkitCheck, buildkitMessage, hadolintRule,
 * dockerMessage, fix), and stays an error when the loser is an error that fails the build.
 */
export type DiagnosticSource = 'dockerfile-utils' | 'parse' | 'buildkit' | 'hadolint' | 'learner';

const SPECIFICITY: Record<DiagnosticSource, number> = {
  'dockerfile-utils': 0,
  hadolint: 1,
  parse: 2,
  buildkit: 3,
  learner: 4,
};

export interface SourcedDiagnostic {
  source: DiagnosticSource;
  diagnostic: Diagnostic;
}

/**
 * Codes that report the same problem as an engine parse error, a BuildKit build
 * check or a hadolint rule (dockerfile-utils codes, hadolint rules, learner rules).
 * Two diagnostics of different sources at the same place with a common topic are
 * duplicates. (A hadolint rule that always matches a BuildKit check names it in
 * `buildkitCheck` instead, e.g. DL3025, DL3024, DL4000.)
 */
const SAME_TOPIC: Record<string, string> = {
  'dfu-UNKNOWN_INSTRUCTION': 'parse-unknown-instruction',
  'dfu-ARGUMENT_MISSING': 'parse-missing-arguments',
  'dfu-ARGUMENT_REQUIRES_AT_LEAST_ONE': 'parse-missing-arguments',
  'dfu-ARGUMENT_REQUIRES_AT_LEAST_TWO': 'parse-missing-arguments',
  'dfu-NO_SOURCE_IMAGE': 'parse-no-build-stage',
  'dfu-INVALID_ESCAPE_DIRECTIVE': 'parse-invalid-escape',
  'dfu-DUPLICATED_ESCAPE_DIRECTIVE': 'parse-duplicate-directive',
  'dfu-EMPTY_CONTINUATION_LINE': 'bk:NoEmptyContinuation',
  'dfu-DEPRECATED_MAINTAINER': 'bk:MaintainerDeprecated',
  'dfu-WORKDIR_IS_NOT_ABSOLUTE': 'bk:WorkdirRelativePath',
  'dfu-DUPLICATE_BUILD_STAGE_NAME': 'bk:DuplicateStageName',
  'dfu-MULTIPLE_INSTRUCTIONS': 'bk:MultipleInstructionsDisallowed',
  'dfu-CASING_INSTRUCTION': 'bk:ConsistentInstructionCasing',
  // The same topic only where both fire: DL3000 flags every relative WORKDIR,
  // BuildKit only the first of a stage chain; DL3061 flags every instruction
  // before FROM, the parse error only the first.
  DL3000: 'bk:WorkdirRelativePath',
  DL3061: 'parse-no-build-stage',
  // Only the legacy builder rejects several sources into a destination without '/' (moby/moby
  // daemon/builder/dockerfile/copy.go); BuildKit's dispatchCopy (moby/buildkit
  // frontend/dockerfile/dockerfile2llb/convert.go) builds it. hadolint's rule says so and
  // stays, dockerfile-utils' message goes.
  'dfu-INVALID_DESTINATION': 'hl:DL3021',
  // Learner rules that explain a parse error in beginners' words: the learner message wins.
  'lw-unknown-instruction': 'parse-unknown-instruction',
  'lw-exec-form-no-space': 'parse-unknown-instruction',
};

function computeTopics(d: Diagnostic): string[] {
  const topics = [d.code];
  if (SAME_TOPIC[d.code]) topics.push(SAME_TOPIC[d.code]);
  if (d.buildkitCheck) topics.push('bk:' + d.buildkitCheck);
  if (d.hadolintRule) {
    topics.push('hl:' + d.hadolintRule);
    if (SAME_TOPIC[d.hadolintRule]) topics.push(SAME_TOPIC[d.hadolintRule]);
  }
  return topics;
}

/**
 * Topics of the usual shapes, made once per code: no cross-reference, or a BuildKit check or a
 * hadolint rule named by the code itself. A line with thousands of findings of one rule then
 * builds no topic list or string per finding. The lists are shared: never changed.
 */
const plainTopics = new Map<string, string[]>();
const buildkitTopics = new Map<string, string[]>();
const hadolintTopics = new Map<string, string[]>();

function topicOf(d: Diagnostic): string[] {
  const { code, buildkitCheck, hadolintRule } = d;
  let cache: Map<string, string[]> | null = null;
  if (buildkitCheck === undefined && hadolintRule === undefined) cache = plainTopics;
  else if (buildkitCheck === code && hadolintRule === undefined) cache = buildkitTopics;
  else if (hadolintRule === code && buildkitCheck === undefined) cache = hadolintTopics;
  if (!cache) return computeTopics(d);
  let topics = cache.get(code);
  if (!topics) cache.set(code, (topics = computeTopics(d)));
  return topics;
}

/**
 * `# check=skip=A,B;error=true;experimental=C` (or the BUILDKIT_DOCKERFILE_CHECK
 * build arg, which wins), parsed like BuildKit's linter.ParseLintOptions.
 */
export interface CheckDirective {
  skipAll: boolean;
  skip: Set<string>;
  error: boolean;
  experimentalAll: boolean;
  experimental: Set<string>;
}

/**
 * Experimental build checks run only when named in `experimental=` (or `all`);
 * `skip=` never applies to them (linter.go Linter.Run).
 */
export const EXPERIMENTAL_CHECKS = new Set(['InvalidDefinitionDescription']);

function goParseBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

export function parseCheckDirective(directives: ParserDirective[], buildArgs: Record<string, string> | undefined): CheckDirective {
  const fromArg = buildArgs && Object.prototype.hasOwnProperty.call(buildArgs, 'BUILDKIT_DOCKERFILE_CHECK')
    ? buildArgs.BUILDKIT_DOCKERFILE_CHECK
    : undefined;
  const value = (fromArg ?? directives.find((d) => d.name === 'check')?.value ?? '').trim();
  const result: CheckDirective = { skipAll: false, skip: new Set(), error: false, experimentalAll: false, experimental: new Set() };
  if (value === '') return result;
  for (const part of value.split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue; // BuildKit rejects the whole option ("invalid check option"); we ignore the part
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (key === 'skip' || key === 'experimental') {
      const all = val === 'all';
      const names = all ? [] : val.split(',').map((n) => n.trim()).filter(Boolean);
      if (key === 'skip') {
        result.skipAll ||= all;
        for (const n of names) result.skip.add(n);
      } else {
        result.experimentalAll ||= all;
        for (const n of names) result.experimental.add(n);
      }
    } else if (key === 'error') {
      result.error = goParseBool(val) ?? false;
    }
  }
  return result;
}

function applyCheckDirective(list: SourcedDiagnostic[], directive: CheckDirective): SourcedDiagnostic[] {
  const out: SourcedDiagnostic[] = [];
  for (const item of list) {
    const name = item.diagnostic.buildkitCheck;
    if (name) {
      if (EXPERIMENTAL_CHECKS.has(name)) {
        const enabled = directive.experimentalAll || directive.experimental.has(name);
        // Not enabled: BuildKit prints nothing. A rule set may still show it as an
        // 'info' hint (the BuildKit set does); the hint goes when the rule is skipped.
        if (!enabled && (item.diagnostic.severity !== 'info' || directive.skipAll || directive.skip.has(name))) continue;
      } else if (directive.skipAll || directive.skip.has(name)) {
        continue;
      }
      if (directive.error && item.diagnostic.severity === 'warning') {
        item.diagnostic = { ...item.diagnostic, severity: 'error' };
      }
    }
    out.push(item);
  }
  return out;
}

/** What makes two diagnostics of one source the same diagnostic (isRival within a source). */
function sameSignature(a: SourcedDiagnostic, b: SourcedDiagnostic): boolean {
  return a.source === b.source && isRival(a, b);
}

/** The diagnostics kept under one (place, topic). */
interface Bucket {
  /** Indexes in `kept`, in the order they were remembered. */
  indexes: number[];
  /** The source every entry of this bucket has had, or null once two sources met in it. */
  onlySource: DiagnosticSource | null;
}

/**
 * For exact repeats within a source, over all buckets: message -> [index, entry as remembered,
 * index, entry...]; the first entry with the same signature (sameSignature) is the repeat. One
 * map for the whole list, keyed by the message: an exact repeat has the same code and line, so
 * it is in the bucket of the item's first topic, and one lookup per diagnostic finds it (a map per
 * bucket cost a lookup per key, and was most of combining one line with thousands of findings).
 */
type SameMessage = Array<number | SourcedDiagnostic>;

interface DedupeState {
  /** place -> topic -> bucket: no key string is built per diagnostic. */
  buckets: Map<string, Map<string, Bucket>>;
  exact: Map<string, SameMessage>;
  kept: SourcedDiagnostic[];
  /** The place and the topics each kept entry is remembered under (a merged entry has its rival's place). */
  placeOf: string[];
  topicsOf: string[][];
}

/**
 * Records kept[index] under each of its topics at `place`. `sameMessage` is the exact-repeat list
 * of its message when the caller has already looked it up (null: there is none yet).
 */
function remember(state: DedupeState, index: number, place: string, topics: string[], sameMessage: SameMessage | null | undefined, isNew: boolean): void {
  const entry = state.kept[index];
  let atPlace = state.buckets.get(place);
  if (!atPlace) state.buckets.set(place, (atPlace = new Map()));
  for (const topic of topics) {
    const bucket = atPlace.get(topic);
    if (!bucket) {
      atPlace.set(topic, { indexes: [index], onlySource: entry.source });
      continue;
    }
    // A new entry cannot be in a bucket yet; a merged one is looked for (merges are rare).
    if (isNew || !bucket.indexes.includes(index)) bucket.indexes.push(index);
    if (bucket.onlySource !== entry.source) bucket.onlySource = null;
  }
  const list = sameMessage === undefined ? state.exact.get(entry.diagnostic.message) : sameMessage;
  if (list) list.push(index, entry);
  else state.exact.set(entry.diagnostic.message, [index, entry]);
  if (isNew) {
    state.placeOf[index] = place;
    state.topicsOf[index] = topics;
    return;
  }
  const known = state.topicsOf[index];
  const added = topics.filter((t) => !known.includes(t));
  // A new array: topic lists are shared between diagnostics of one code (topicOf).
  if (added.length > 0) state.topicsOf[index] = [...known, ...added];
}

/** Drops diagnostics that repeat another one's topic on the same line; the most specific source wins. */
function dedupe(list: SourcedDiagnostic[], placeOf: PlaceOf): SourcedDiagnostic[] {
  const state: DedupeState = { buckets: new Map(), exact: new Map(), kept: [], placeOf: [], topicsOf: [] };
  const { buckets, kept } = state;
  for (const item of list) {
    const place = placeOf(item.diagnostic.line);
    const topics = topicOf(item.diagnostic);
    const atPlace = buckets.get(place);
    // Within one source, only an exact repeat is a duplicate (a rule may flag two
    // packages on one line); across sources, the same topic on the same line is.
    // A bucket whose entries all come from this item's source can only hold an exact
    // repeat, found by its signature without walking the bucket (one line with
    // thousands of findings of one rule stays linear), and looked up once per item.
    let rivalIndex: number | undefined;
    let sameMessage: SameMessage | null | undefined;
    if (atPlace) {
      for (const topic of topics) {
        const bucket = atPlace.get(topic);
        if (!bucket) continue;
        if (bucket.onlySource !== item.source) {
          rivalIndex = bucket.indexes.find((i) => isRival(kept[i], item));
        } else if (sameMessage === undefined) {
          sameMessage = state.exact.get(item.diagnostic.message) ?? null;
          rivalIndex = sameMessage ? exactRepeat(sameMessage, item) : undefined;
        }
        if (rivalIndex !== undefined) break;
      }
    }
    if (rivalIndex === undefined) {
      remember(state, kept.push(item) - 1, place, topics, sameMessage, true);
      continue;
    }
    const rival = kept[rivalIndex];
    const winner = SPECIFICITY[item.source] > SPECIFICITY[rival.source] ? item : rival;
    const loser = winner === item ? rival : item;
    kept[rivalIndex] = { source: winner.source, diagnostic: mergeInto(winner.diagnostic, loser) };
    // The merged entry may have a new source, message and signature: record them in every bucket it is in.
    remember(state, rivalIndex, state.placeOf[rivalIndex], [...state.topicsOf[rivalIndex], ...topics], undefined, false);
  }
  return kept;
}

/**
 * The winner's diagnostic, keeping what the loser knows that the winner does not say. Built
 * field by field, optional fields only when set: a spread and then `delete` of the unset ones
 * left every merged diagnostic in V8's slow dictionary mode (a pasted shell script merges
 * hundreds: each unknown instruction is a parse error and a learner rule at once).
 */
function mergeInto(w: Diagnostic, loser: SourcedDiagnostic): Diagnostic {
  const l = loser.diagnostic;
  const merged: Diagnostic = {
    line: w.line,
    column: w.column,
    endLine: w.endLine,
    endColumn: w.endColumn,
    code: w.code,
    severity: failsBuild(loser) ? 'error' : w.severity,
    message: w.message,
  };
  const buildkitCheck = w.buildkitCheck ?? l.buildkitCheck;
  if (buildkitCheck !== undefined) merged.buildkitCheck = buildkitCheck;
  // BuildKit's text goes with the check it belongs to.
  const buildkitMessage = w.buildkitMessage ?? (l.buildkitCheck === buildkitCheck ? l.buildkitMessage : undefined);
  if (buildkitMessage !== undefined) merged.buildkitMessage = buildkitMessage;
  const hadolintRule = w.hadolintRule ?? l.hadolintRule;
  if (hadolintRule !== undefined) merged.hadolintRule = hadolintRule;
  if (w.lesson !== undefined) merged.lesson = w.lesson;
  const fix = w.fix ?? l.fix;
  if (fix !== undefined) merged.fix = fix;
  const dockerMessage = w.dockerMessage ?? l.dockerMessage;
  if (dockerMessage !== undefined) merged.dockerMessage = dockerMessage;
  return merged;
}

/** The index of the first entry remembered with the item's signature (an exact repeat within its source). */
function exactRepeat(sameMessage: SameMessage, item: SourcedDiagnostic): number | undefined {
  for (let i = 0; i < sameMessage.length; i += 2) {
    if (sameSignature(sameMessage[i + 1] as SourcedDiagnostic, item)) return sameMessage[i] as number;
  }
  return undefined;
}

function isRival(a: SourcedDiagnostic, b: SourcedDiagnostic): boolean {
  if (a.source !== b.source) return true;
  const x = a.diagnostic;
  const y = b.diagnostic;
  return (
    x.code === y.code && x.message === y.message && x.line === y.line && x.column === y.column &&
    x.endLine === y.endLine && x.endColumn === y.endColumn
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A parse error or a dockerfile-utils error: Docker refuses the file. */
function failsBuild(d: SourcedDiagnostic): boolean {
  return d.diagnostic.severity === 'error' && (d.source === 'parse' || d.source === 'dockerfile-utils');
}

/**
 * Names the place a diagnostic is about: by default its line; analyze() passes the
 * instruction that contains the line, so two rules marking different parts of one
 * instruction (the keyword, an argument, a blank continuation line) match.
 */
export type PlaceOf = (line: number) => string;

const byLine: PlaceOf = (line) => `L${line}`;

function whole(n: unknown, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** Keeps every position inside the text (1-based, end exclusive, end after start). */
function clamp(d: Diagnostic, lineLengths: number[]): Diagnostic {
  const lineCount = lineLengths.length;
  const line = Math.min(Math.max(whole(d.line, 1), 1), lineCount);
  const column = Math.min(Math.max(whole(d.column, 1), 1), lineLengths[line - 1] + 1);
  let endLine = Math.min(Math.max(whole(d.endLine, line), line), lineCount);
  let endColumn = Math.min(Math.max(whole(d.endColumn, column), 1), lineLengths[endLine - 1] + 1);
  if (endLine === line && endColumn < column) {
    endLine = line;
    endColumn = column;
  }
  if (line === d.line && column === d.column && endLine === d.endLine && endColumn === d.endColumn) return d;
  const clamped: Diagnostic = Object.assign({}, d);
  clamped.line = line;
  clamped.column = column;
  clamped.endLine = endLine;
  clamped.endColumn = endColumn;
  return clamped;
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

export function combineDiagnostics(
  list: SourcedDiagnostic[],
  directive: CheckDirective,
  lineLengths: number[],
  placeOf: PlaceOf = byLine,
): Diagnostic[] {
  const filtered = applyCheckDirective(list, directive);
  const unique = dedupe(filtered, placeOf);
  const out = unique.map(({ diagnostic }) => {
    const clamped = clamp(diagnostic, lineLengths);
    const lesson = clamped.lesson ?? lessonLinks[clamped.code] ?? (clamped.hadolintRule ? lessonLinks[clamped.hadolintRule] : undefined);
    if (!lesson || clamped.lesson === lesson) return clamped;
    // Object.assign, then the new field: V8 (Node 20) builds `{ ...d, lesson }` on a slow path.
    const linked: Diagnostic = Object.assign({}, clamped);
    linked.lesson = lesson;
    return linked;
  });
  return out.sort(compare);
}
