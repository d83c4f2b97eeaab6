/** DL4003 / DL4004: several CMD or ENTRYPOINT instructions in one stage (the later ones are reported). */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { instructionStream, report, type HadolintRule } from './support';

export const DL4003: HadolintRule = {
  code: 'DL4003',
  severity: 'warning',
  message:
    'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
};

export const DL4004: HadolintRule = {
  code: 'DL4004',
  severity: 'error',
  message:
    'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
};

function repeatedInStage(rule: HadolintRule, keyword: string): Check {
  return (ctx) => {
    let seen = false;
    const out: Diagnostic[] = [];
    for (const item of instructionStream(ctx)) {
      if (item.instr.keyword === 'FROM') seen = false;
      if (item.instr.keyword !== keyword) continue;
      if (seen) out.push(report(ctx, rule, item, item.written.keywordRange));
      seen = true;
    }
    return out;
  };
}

export const dl4003 = repeatedInStage(DL4003, 'CMD');
export const dl4004 = repeatedInStage(DL4004, 'ENTRYPOINT');
