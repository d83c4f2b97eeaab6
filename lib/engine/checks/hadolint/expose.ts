/** DL3011: EXPOSE ports above 65535. */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { itemsOf, report, type HadolintRule } from './support';

export const DL3011: HadolintRule = {
  code: 'DL3011',
  severity: 'error',
  message: 'Valid UNIX ports range from 0 to 65535',
};

const PORT = /^\d+$/;
const PORT_RANGE = /^(\d+)-(\d+)$/;

export const dl3011: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'EXPOSE')) {
    for (const arg of item.instr.args) {
      const value = arg.value;
      // No number above 65535 fits in four characters.
      if (value.length <= 4) continue;
      const slash = value.indexOf('/');
      const port = slash < 0 ? value : value.slice(0, slash);
      const single = PORT.test(port);
      const range = single ? null : PORT_RANGE.exec(port);
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
