/**
 * Which stage a `FROM` or a `COPY --from` / `RUN --mount=from=` names, as BuildKit decides it
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go):
 *  - stage names are kept lower-cased (instructions/parse.go parseBuildStageName), and a later
 *    stage of the same name replaces an earlier one in the name table;
 *  - FROM: dispatchStates.addState looks the expanded base name up *as written* among the
 *    stages added so far, so only an earlier stage matches, and only when the base is written
 *    in lower case (`AS base` then `FROM BASE` names an image "BASE", which is invalid);
 *  - --from: toCommand runs after every stage is added; findStateByName lower-cases the name,
 *    so any case matches, and a later stage is a stage too; a number is an index into all
 *    stages (findStateByIndex). A stage naming itself is a circular dependency: no stage here.
 *  - --from of COPY in toCommand (buildStageDependencyGraph, before any base image is
 *    resolved): the value (quotes already removed by extractBuilderFlags) is lexed with an
 *    empty environment and must come out unchanged (no variables); a value strconv.Atoi reads (`1`, `+1`, `-1`, `01`) is an index,
 *    and findStateByIndex fails with "invalid stage index N" outside 0..stages-1.
 */
import { processWord, ShellLexError } from './shell-lex';

/** strconv.Atoi on a 64-bit platform: optional sign, decimal digits, in int64 range; else null. */
export function goAtoi(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const big = BigInt(text);
  if (big > 9223372036854775807n || big < -9223372036854775808n) return null;
  return Number(big);
}

/**
 * The error BuildKit's toCommand raises for `COPY --from=<raw>` (the flag as written), or null.
 * `stageCount` is the number of stages in the Dockerfile; `escape` its escape character.
 */
export function fromFlagError(raw: string, stageCount: number, escape: string): string | null {
  let lexed: string;
  try {
    lexed = processWord(raw, () => undefined, { escape });
  } catch (e) {
    if (e instanceof ShellLexError) return e.message;
    throw e;
  }
  if (lexed !== raw) {
    return 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
  }
  const index = goAtoi(raw);
  if (index !== null && (index < 0 || index >= stageCount)) return `invalid stage index ${index}`;
  return null;
}

export interface StageNameTable {
  /** Index of the stage each lower-cased name ends up naming. */
  readonly byName: ReadonlyMap<string, number>;
  /** Every stage's name as written (null when it has none), by index. */
  readonly names: ReadonlyArray<string | null>;
}

export function stageNameTable(names: ReadonlyArray<string | null>): StageNameTable {
  const byName = new Map<string, number>();
  names.forEach((name, index) => {
    if (name) byName.set(name.toLowerCase(), index);
  });
  return { byName, names };
}

/** The earlier stage `FROM <base>` builds on (base already expanded), or null for an image. */
export function fromBaseStage(names: ReadonlyArray<string | null>, base: string, index: number): number | null {
  for (let i = index - 1; i >= 0; i--) {
    const name = names[i];
    if (name !== null && name.toLowerCase() === base) return i;
  }
  return null;
}

/** The stage `--from=<ref>` names (ref already expanded), or null for an image (or the stage itself). */
export function fromFlagStage(table: StageNameTable, ref: string, index: number): number | null {
  let found: number | undefined;
  const n = goAtoi(ref);
  if (n !== null) found = n >= 0 && n < table.names.length ? n : undefined;
  else found = table.byName.get(ref.toLowerCase());
  return found === undefined || found === index ? null : found;
}
