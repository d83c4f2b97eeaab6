/** COPY/ADD rules: DL3020, DL3021, DL3022, DL3023, DL3045. */
import type { Check, Diagnostic, Fix, Instruction } from '@/lib/engine/types';
import { copyPaths, dropQuotes, fromParts, instructionStream, itemsOf, report, type HadolintRule } from './support';

export const DL3020: HadolintRule = {
  code: 'DL3020',
  severity: 'error',
  message: 'Use COPY instead of ADD for files and folders',
  explanation: 'ADD can also download URLs and unpack archives; COPY only copies, so it says exactly what happens.',
};

// hadolint's archiveFileFormatExtensions
const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];
const isArchive = (src: string) => ARCHIVE_EXTENSIONS.some((ext) => src.endsWith(ext));
const isUrl = (src: string) => src.startsWith('https://') || src.startsWith('http://');
/** Anything ADD fetches rather than copies from the build context (Git, other URLs). */
const isRemote = (src: string) => src.includes('://') || src.startsWith('git@');
/** Flags that COPY accepts too; any other ADD flag (--checksum, --keep-git-dir...) rules out the fix. */
const FLAGS_COPY_ACCEPTS = new Set(['chown', 'chmod', 'link']);

function addToCopyFix(instr: Instruction, sources: string[]): Fix | undefined {
  if (sources.some((s) => isRemote(s) || isArchive(s))) return undefined;
  if (instr.flags.some((f) => !FLAGS_COPY_ACCEPTS.has(f.name))) return undefined;
  const keyword = instr.rawKeyword === instr.rawKeyword.toLowerCase() ? 'copy' : 'COPY';
  return { title: 'Replace ADD with COPY', edits: [{ ...instr.keywordRange, text: keyword }] };
}

export const dl3020: Check = (ctx) =>
  itemsOf(ctx, 'ADD')
    .flatMap((item) => {
      const { sources } = copyPaths(item.instr);
      if (sources.every((s) => isArchive(s) || isUrl(s))) return [];
      // The fix is offered for `ADD` written directly, not inside ONBUILD.
      const fix = item.instr === item.written ? addToCopyFix(item.instr, sources) : undefined;
      return [report(ctx, DL3020, item, item.instr.keywordRange, fix)];
    });

export const DL3021: HadolintRule = {
  code: 'DL3021',
  severity: 'error',
  message: 'COPY with more than 2 arguments requires the last argument to end with /.',
  explanation:
    'End the destination with / to make it clearly a directory. Current Docker (BuildKit) accepts this line as it is; the legacy builder rejects it.',
};

export const dl3021: Check = (ctx) =>
  instructionStream(ctx)
    .filter(({ instr }) => {
      if (instr.keyword !== 'COPY') return false;
      const { sources, dest } = copyPaths(instr);
      return sources.length > 1 && dest !== null && !dest.endsWith('/');
    })
    .map((item) => report(ctx, DL3021, item, copyPaths(item.instr).destRange));

export const DL3022: HadolintRule = {
  code: 'DL3022',
  severity: 'warning',
  message: '`COPY --from` should reference a previously defined `FROM` alias',
};

const fromFlag = (instr: Instruction) => instr.flags.find((f) => f.name === 'from' && f.value !== null);

/** `--from` must name an earlier stage, an earlier stage index, or an image (with a `:`). */
export const dl3022: Check = (ctx) => {
  const names = new Set<string>();
  let stageCount = 0;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') {
      stageCount++;
      const { alias } = fromParts(instr);
      if (alias) names.add(alias.toLowerCase());
      continue;
    }
    if (instr.keyword !== 'COPY') continue;
    const flag = fromFlag(instr);
    if (!flag) continue;
    const source = dropQuotes(flag.value ?? '');
    if (source.includes(':') || names.has(source.toLowerCase())) continue;
    const index = /^\d+/.exec(source);
    if (index && Number(index[0]) < stageCount) continue;
    out.push(report(ctx, DL3022, item, flag.range));
  }
  return out;
};

export const DL3023: HadolintRule = {
  code: 'DL3023',
  severity: 'error',
  message: '`COPY --from` cannot reference its own `FROM` alias',
  explanation: 'The stage is not finished yet, so there is nothing to copy from; Docker stops with "circular dependency detected on stage".',
};

export const dl3023: Check = (ctx) => {
  let alias: string | null = null;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') alias = fromParts(instr).alias;
    if (instr.keyword !== 'COPY' || alias === null) continue;
    const flag = fromFlag(instr);
    if (flag && flag.value === alias) out.push(report(ctx, DL3023, item, flag.range));
  }
  return out;
};

export const DL3045: HadolintRule = {
  code: 'DL3045',
  severity: 'warning',
  message: '`COPY` to a relative destination without `WORKDIR` set.',
  explanation: 'The files then land relative to whatever working directory the base image set (often /); set WORKDIR first or use an absolute path.',
};

function isAbsoluteOrVariable(dest: string): boolean {
  const path = dest.replace(/^["']+|["']+$/g, '');
  return path.startsWith('/') || path.startsWith('$') || /^.:[\\/]/.test(path);
}

/**
 * A WORKDIR counts for its stage and for stages built FROM it (by name), like hadolint.
 * Before any FROM (and in ONBUILD-only files) the state is shared.
 */
export const dl3045: Check = (ctx) => {
  const workdirSet = new Map<string, boolean>();
  const NO_STAGE = '\u0000none';
  let current = NO_STAGE;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') {
      const { alias, reference } = fromParts(instr);
      const inherited = workdirSet.get(reference.name) ?? false;
      current = alias ?? reference.name;
      workdirSet.set(current, inherited);
    } else if (instr.keyword === 'WORKDIR') {
      workdirSet.set(current, true);
    } else if (instr.keyword === 'COPY') {
      const { dest, destRange } = copyPaths(instr);
      if (dest === null || workdirSet.get(current) || isAbsoluteOrVariable(dest)) continue;
      out.push(report(ctx, DL3045, item, destRange));
    }
  }
  return out;
};
