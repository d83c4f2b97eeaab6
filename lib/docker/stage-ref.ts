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
 */

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
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    found = n < table.names.length ? n : undefined;
  } else found = table.byName.get(ref.toLowerCase());
  return found === undefined || found === index ? null : found;
}
