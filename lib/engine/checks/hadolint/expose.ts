/** DL3011: EXPOSE ports above 65535. */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { itemsOf, report, type HadolintRule } from './support';

export const DL3011: HadolintRule = {
  code: 'DL3011',
  severity: 'error',
  message: 'Valid UNIX ports range from 0 to 65535',
};

export const dl3011: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'EXPOSE')) {
    for (const arg of item.instr.args) {
      const port = arg.value.split('/')[0];
      const single = /^\d+$/.exec(port);
      const range = /^(\d+)-(\d+)$/.exec(port);
      if (single && Number(port) > 65535) {
        // BuildKit's own text for this case (moby/buildkit
        // frontend/dockerfile/dockerfile2llb/convert_expose.go).
        const rule = { ...DL3011, explanation: `The build fails with "invalid containerPort: ${port}".` };
        out.push(report(ctx, rule, item, arg.range));
        break;
      }
      if (range && (Number(range[1]) > 65535 || Number(range[2]) > 65535)) {
        out.push(report(ctx, DL3011, item, arg.range));
        break;
      }
    }
  }
  return out;
};
