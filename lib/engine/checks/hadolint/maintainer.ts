/** DL4000: MAINTAINER is deprecated; the fix turns it into a LABEL. */
import type { Check, Fix, Instruction } from '@/lib/engine/types';
import { itemsOf, report, type HadolintRule } from './support';

export const DL4000: HadolintRule = {
  code: 'DL4000',
  severity: 'error',
  message: 'MAINTAINER is deprecated',
  explanation: 'Use a label instead, for example LABEL org.opencontainers.image.authors="you@example.com".',
  buildkitCheck: 'MaintainerDeprecated',
};

function labelFix(instr: Instruction): Fix | undefined {
  const value = (instr.argsText ?? instr.args[0]?.value ?? '').trim();
  if (value === '' || instr.range.line !== instr.range.endLine) return undefined;
  // Inside double quotes LABEL still expands $ and reads \ as an escape: keep both literal.
  const quoted = value.replace(/[\\"$]/g, (c) => `\\${c}`);
  const label = instr.rawKeyword === instr.rawKeyword.toLowerCase() ? 'label' : 'LABEL';
  return {
    title: 'Replace MAINTAINER with a LABEL',
    edits: [{ ...instr.range, text: `${label} org.opencontainers.image.authors="${quoted}"` }],
  };
}

export const dl4000: Check = (ctx) =>
  itemsOf(ctx, 'MAINTAINER')
    .map((item) => report(ctx, DL4000, item, item.written.keywordRange, item.instr === item.written ? labelFix(item.instr) : undefined));
