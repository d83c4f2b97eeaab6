/** DL3000 (absolute WORKDIR) and DL3002 (last USER not root). */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { dropQuotes, instructionStream, itemsOf, report, type HadolintRule, type Item } from './support';

export const DL3000: HadolintRule = {
  code: 'DL3000',
  severity: 'error',
  message: 'Use absolute WORKDIR.',
  explanation: 'A relative WORKDIR is resolved against the previous WORKDIR, so where it points depends on the lines above it and on the base image.',
};

export const dl3000: Check = (ctx) =>
  itemsOf(ctx, 'WORKDIR')
    .filter(({ instr }) => instr.args.length > 0)
    .filter(({ instr }) => {
      const path = dropQuotes(instr.args[0].value);
      // Variables, POSIX absolute paths and Windows drive paths (C:\ or C:/) pass.
      return !(path.startsWith('$') || path.startsWith('/') || /^[A-Za-z]:/.test(path));
    })
    .map((item) => report(ctx, DL3000, item, item.instr.args[0].range));

export const DL3002: HadolintRule = {
  code: 'DL3002',
  severity: 'warning',
  message: 'Last USER should not be root.',
  explanation: 'Containers from this stage would run as root; switch to an unprivileged user after the steps that need root.',
};

const isRoot = (user: string) => user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');

/** Per stage, the last USER instruction is flagged when it names root (hadolint ignores USER before FROM). */
export const dl3002: Check = (ctx) => {
  const lastUserByStage: Array<Item | null> = [];
  let stage = -1;
  for (const item of instructionStream(ctx)) {
    if (item.instr.keyword === 'FROM') {
      stage++;
      lastUserByStage[stage] = null;
    } else if (item.instr.keyword === 'USER' && stage >= 0 && item.instr.args.length > 0) {
      lastUserByStage[stage] = isRoot(item.instr.args[0].value.trim()) ? item : null;
    }
  }
  return lastUserByStage
    .filter((item): item is Item => item !== null)
    .map((item): Diagnostic => report(ctx, DL3002, item, item.instr.args[0].range));
};
