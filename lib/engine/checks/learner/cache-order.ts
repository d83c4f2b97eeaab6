/**
 * lw-cache-order: a dependency install that comes after a COPY bringing in the whole
 * source, manifest included. Every code change then invalidates that COPY and all steps
 * after it, so the dependencies are reinstalled on every build
 * (https://docs.docker.com/build/cache/invalidation/). The lesson: copy the manifest alone,
 * install, then copy the rest.
 */
import type { Check, Diagnostic, Step } from '@/lib/engine/types';
import { basename, effectiveCommand } from '../hadolint/shell';
import { copyPaths, flagValue, runShell } from '../hadolint/support';
import { installTargets, manifestKind, type InstallTarget } from './manifests';
import { CopyIndex, type CopyRecord } from './copy-index';
import { dirname, isInside, normalizePath, relativeTo, resolvePath } from './support';

function recordCopy(step: Step): CopyRecord | null {
  const instr = step.instruction;
  if ((instr.keyword !== 'COPY' && instr.keyword !== 'ADD') || flagValue(instr, 'from') !== null) return null;
  const { sources, dest } = copyPaths(instr);
  if (dest === null || dest.includes('$')) return null;
  const local = sources.filter((s) => !s.startsWith('<<') && !s.includes('://') && !s.startsWith('git@') && !s.includes('$'));
  if (local.length === 0) return null;
  const workdir = step.config.workdir || '/';
  return { step, sources: local.map((s) => normalizePath(s) || '.'), destAbs: resolvePath(workdir, dest), workdir };
}

function suggestion(copy: CopyRecord, sourceDir: string, target: InstallTarget, manifest: string, installShown: string): string {
  const relInSource = relativeTo(manifest, copy.destAbs);
  const sourcePath = sourceDir === '.' ? relInSource : `${sourceDir}/${relInSource}`;
  const destDir = dirname(manifest);
  const dest = isInside(destDir, copy.workdir) ? relativeTo(destDir, copy.workdir) : destDir;
  const destText = dest === '.' ? './' : dest.startsWith('/') ? `${dest}/` : `./${dest}/`;
  return [
    `COPY ${target.kind.copyFirst(sourcePath).join(' ')} ${destText}`,
    `RUN ${installShown}`,
    copy.step.instruction.text,
  ].join('\n');
}

export const cacheOrder: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const stage of ctx.analysis.stages) {
    const copies = new CopyIndex();
    const reported = new Set<Step>();
    for (const step of stage.steps) {
      const copy = recordCopy(step);
      if (copy) copies.add(copy);
      if (step.instruction.keyword !== 'RUN') continue;
      let cwd = step.config.workdir || '/';
      for (const command of runShell(step.instruction).commands) {
        const effective = effectiveCommand(command);
        if (!effective) continue;
        if (basename(effective.name) === 'cd' && effective.args[0] && !effective.args[0].includes('$')) {
          cwd = resolvePath(cwd, effective.args[0]);
          continue;
        }
        // `RUN requirements.txt` (lw-run-data-file) is meant as an install too.
        const dataFile = manifestKind(effective.name);
        const targets: InstallTarget[] = dataFile
          ? [{ manifest: effective.name, kind: dataFile }]
          : installTargets(effective.name, effective.args);
        for (const target of targets) {
          const manifest = resolvePath(cwd, target.manifest);
          if (copies.copiesAlone(manifest)) continue;
          const found = copies.firstBringing(manifest, cwd);
          if (!found || reported.has(found.copy.step)) continue;
          reported.add(found.copy.step);
          const copyInstr = found.copy.step.instruction;
          const installShown = dataFile ? dataFile.install(effective.name) : (step.instruction.argsText ?? step.instruction.text);
          out.push({
            ...copyInstr.range,
            endLine: copyInstr.range.line,
            endColumn: copyInstr.range.line === copyInstr.range.endLine ? copyInstr.range.endColumn : (ctx.lines[copyInstr.range.line - 1] ?? '').length + 1,
            code: 'lw-cache-order',
            severity: 'info',
            message:
              `This COPY brings in ${target.manifest} together with the rest of your code, before the dependency install on line ${step.instruction.range.line}. ` +
              `Any change to your code invalidates this COPY in the build cache, and every step after it runs again, so the dependencies are reinstalled on every build. ` +
              `Copy the manifest on its own first, install, then copy the rest:\n` +
              suggestion(found.copy, found.dir, target, manifest, installShown),
          });
        }
      }
    }
  }
  return out;
};
