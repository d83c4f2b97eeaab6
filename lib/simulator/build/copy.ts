/**
 * COPY and ADD: what a step copies, the checksum BuildKit keys it by, its `docker history`
 * text and where the files land. Sources come from the context (after .dockerignore),
 * another stage (content-based, moby/buildkit solver/llbsolver/ops/file.go), an image, a heredoc
 * or a URL.
 */
import type { Stage, Step } from '@/lib/engine/types';
import { byteLength, matchSource, notFoundPath, sourceChecksum, type ContextFile } from '../context';
import { basename, cleanPath, contextSourcePath } from '../paths';
import { sha256Hex, unitFraction } from '../sha256';
import type { StepInputs } from '../types';
import type { StageFs } from './stage-fs';

export interface CopyEnv {
  /** The context after .dockerignore. */
  context: Map<string, ContextFile>;
  /** A stage named or numbered by `--from`, or null when it names an image. */
  stageIndexOf(ref: string): number | null;
  /** The file system a built stage left behind. */
  stageFs(index: number): StageFs | undefined;
  imageIdOf(written: string): string | undefined;
}

export interface CopyPlan {
  inputs: StepInputs;
  bytes: number;
  count: number;
  history: string;
  /** Context files this step reads (for "transferring context"). */
  used: ContextFile[];
  /** Puts the copied files into the stage's file system. */
  apply: () => void;
}

export type CopyProblem = { problem: 'not-found'; path: string } | { problem: 'error'; message: string };

export function planCopy(env: CopyEnv, stage: Stage, step: Step, fs: StageFs, expand: (word: string) => string): CopyPlan | CopyProblem {
  const ins = step.instruction;
  const flag = (name: string) => ins.flags.find((f) => f.name === name)?.value ?? undefined;
  const words = (ins.json ?? ins.args.map((a) => a.value)).map((w) => (ins.json ? w : expand(w)));
  const dest = words.length > 0 ? words[words.length - 1] : '';
  const sources = words.slice(0, -1);
  const workdir = step.config.workdir;
  const destination = dest.startsWith('/') ? dest : cleanPath(`${workdir}/${dest}`) + (dest.endsWith('/') ? '/' : '');
  const heredocs = new Map(ins.heredocs.map((h) => [h.name, h.content]));
  const heredocOf = (src: string) => {
    const m = /^\d*<<-?["']?([^"']+)["']?$/.exec(src);
    return m && heredocs.has(m[1]) ? m[1] : null;
  };
  const keyFlags = ['chown', 'chmod', 'link', 'parents', 'exclude', 'checksum', 'keep-git-dir']
    .map((n) => [n, flag(n)] as const)
    .filter(([, v]) => v !== undefined);
  // A destination is a directory when it says so ("dir/", "."), is the WORKDIR or holds
  // files already, or when several sources (or a wildcard) are copied.
  const destIsDir =
    dest.endsWith('/') ||
    dest === '.' ||
    dest.endsWith('/.') ||
    destination === cleanPath(workdir) ||
    fs.under(destination).some((f) => f.relative !== basename(destination)) ||
    sources.length > 1 ||
    sources.some((s) => /[*?[]/.test(s));
  const placed: Array<{ path: string; checksum: string; mode: string; size: number }> = [];
  const used: ContextFile[] = [];
  const tokens: string[] = [];
  const files: Record<string, string> = {};
  const checksums: string[] = [];
  let bytes = 0;
  let count = 0;
  let sourceSum: string | undefined;
  const from = flag('from');
  const chmod = flag('chmod');
  const place = (relative: string, isDir: boolean, baseName: string, file: { checksum: string; mode: string; size: number }) => {
    const target = isDir || destIsDir ? `${destination}/${isDir ? relative : baseName}` : destination;
    const mode = chmod && /^[0-7]{3,4}$/.test(chmod) ? chmod.padStart(4, '0') : file.mode;
    placed.push({ path: cleanPath(target), checksum: file.checksum, mode, size: file.size });
  };

  for (const src of sources) {
    const heredoc = heredocOf(src);
    if (heredoc !== null) {
      const content = heredocs.get(heredoc)!;
      checksums.push(sha256Hex(`heredoc|${content}`));
      const size = byteLength(content);
      placed.push({ path: cleanPath(destIsDir ? `${destination}/${heredoc}` : destination), checksum: `0644:${sha256Hex(content)}`, mode: '0644', size });
      bytes += size;
      count++;
      continue;
    }
    if (from === undefined && step.keyword === 'ADD' && /^(https?:\/\/|git@)/.test(src)) {
      checksums.push(sha256Hex(`url|${src}`));
      const size = Math.round(100_000 + unitFraction(src) * 5_000_000);
      placed.push({ path: cleanPath(destIsDir ? `${destination}/${src.split('/').pop()}` : destination), checksum: `0644:${sha256Hex(src)}`, mode: '0600', size });
      bytes += size;
      count++;
      continue;
    }
    if (from === undefined) {
      const matches = matchSource(env.context, src);
      if (matches === null) return { problem: 'not-found', path: notFoundPath(src) };
      checksums.push(sourceChecksum(matches));
      for (const m of matches) {
        for (const f of m.files) {
          files[f.file.path] = f.file.checksum;
          used.push(f.file);
          place(f.relative, m.isDir, basename(f.file.path), f.file);
          bytes += f.file.size;
          count++;
        }
      }
      continue;
    }
    // --from: another stage (content-based checksum) or an image.
    const stageIndex = env.stageIndexOf(expand(from));
    if (stageIndex !== null) {
      // These checks run before BuildKit drops the name of a lone stage.
      const current = stage.name?.toLowerCase() ?? `stage-${stage.index}`;
      if (stageIndex === stage.index) return { problem: 'error', message: `circular dependency detected on stage: ${current}` };
      if (stageIndex > stage.index) {
        return { problem: 'error', message: `cannot copy from stage "${from}", it needs to be defined before current stage "${current}"` };
      }
      const path = cleanPath('/' + contextSourcePath(src));
      const selected = env.stageFs(stageIndex)?.copyChecksum(path);
      if (!selected) return { problem: 'not-found', path };
      checksums.push(selected.checksum);
      for (const f of selected.files) place(f.relative, selected.files.length > 1 || f.relative !== basename(path), basename(path), f.file);
      const known = selected.files.reduce((sum, f) => sum + f.file.size, 0);
      const opaque = selected.opaque ? Math.round(2_000_000 + unitFraction(selected.checksum) * 18_000_000) : 0;
      bytes += known + opaque;
      count += Math.max(1, selected.files.length);
      if (selected.opaque) tokens.push(sha256Hex(`copied|${selected.checksum}|${destination}`));
      continue;
    }
    const imageId = env.imageIdOf(expand(from)) ?? from;
    checksums.push(sha256Hex(`image|${imageId}|${src}`));
    tokens.push(sha256Hex(`image|${imageId}|${src}|${destination}`));
    bytes += Math.round(1_000 + unitFraction(`${from}|${src}`) * 2_000_000);
    count++;
  }
  if (from !== undefined) sourceSum = sha256Hex(JSON.stringify(checksums));

  const op = JSON.stringify([step.keyword, keyFlags, sources, destination, [...heredocs.values()]]);
  const inputs: StepInputs = { op, line: step.line };
  if (from === undefined) inputs.files = files;
  else inputs.sourceChecksum = sourceSum;

  let history = step.keyword;
  if (flag('parents') !== undefined) history += ' --parents';
  if (flag('chown')) history += ` --chown=${flag('chown')}`;
  if (chmod) history += ` --chmod=${chmod}`;
  for (const src of sources) history += ` ${heredocOf(src) !== null ? '<<' + heredocOf(src) : src}`;
  history += ` ${dest} # buildkit`;
  return {
    inputs,
    bytes,
    count,
    history,
    used,
    apply: () => {
      for (const p of placed) fs.put(p.path, { checksum: p.checksum, mode: p.mode, size: p.size });
      fs.tokens.push(...tokens);
    },
  };
}

