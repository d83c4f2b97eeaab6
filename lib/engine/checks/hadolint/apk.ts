/** DL3019: apk add without --no-cache. */
import type { Check } from '@/lib/engine/types';
import { cmdHasArgs, hasFlag } from './shell';
import { cacheMountTargets, instructionStream, report, runShell, type HadolintRule } from './support';

export const DL3019: HadolintRule = {
  code: 'DL3019',
  severity: 'info',
  message:
    'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
};

export const dl3019: Check = (ctx) =>
  instructionStream(ctx)
    .filter(({ instr }) => {
      if (instr.keyword !== 'RUN') return false;
      // A BuildKit cache mount on apk's cache directory keeps the cache out of the layer.
      if (cacheMountTargets(instr).some((t) => t.startsWith('/var/cache/apk'))) return false;
      return runShell(instr).commands.some((c) => cmdHasArgs(c, 'apk', ['add']) && !hasFlag(c, 'no-cache'));
    })
    .map((item) => report(ctx, DL3019, item));
