/**
 * ExposeInvalidFormat: EXPOSE takes container ports only. `EXPOSE 8080:80` or
 * `EXPOSE 127.0.0.1:80:80` builds (only the container port is recorded) but the
 * host part is ignored; publishing is done with `docker run -p`.
 * Source: convert_expose.go parsePort ("This will become an error in a future release").
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { exposedPortSpecs } from './expose-ports';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const exposeInvalidFormat: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const spec of exposedPortSpecs(ctx)) {
    if (spec.ip === '' && spec.hostPort === '') continue;
    if (skippedByComment(spec.line.comments, 'ExposeInvalidFormat')) continue;
    out.push(
      buildkitDiagnostic(
        'ExposeInvalidFormat',
        instructionRange(ctx, spec.line),
        `EXPOSE instruction should not define an IP address or host-port mapping, found '${spec.raw}'`,
        'EXPOSE only documents the container port; map host ports at run time with docker run -p.',
      ),
    );
  }
  return out;
};
