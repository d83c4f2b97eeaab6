/**
 * lw-expose-host-mapping: `EXPOSE 8080:80`. EXPOSE documents a container port; BuildKit
 * accepts the mapping form but records only the container port (moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert_expose.go).
 * BuildKit's ExposeInvalidFormat warning is reported by the build-check rules; this one
 * explains what EXPOSE does and how publishing works.
 */
import type { Check, Diagnostic } from '@/lib/engine/types';

export const exposeHostMapping: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const instr of ctx.analysis.instructions) {
    if (instr.keyword !== 'EXPOSE') continue;
    for (const arg of instr.args) {
      const spec = arg.value;
      if (!spec.includes(':') || spec.includes('$')) continue;
      const parts = spec.split(':');
      const containerPort = parts[parts.length - 1];
      if (!/^\d+(-\d+)?(\/\w+)?$/.test(containerPort)) continue;
      const recorded = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`;
      const hostSide = parts.slice(0, -1).join(':');
      out.push({
        ...arg.range,
        code: 'lw-expose-host-mapping',
        severity: 'info',
        message:
          `EXPOSE only records which port your app listens on inside the container; it does not publish or map anything. ` +
          `Docker keeps just the container port here (${recorded}) and drops "${hostSide}". ` +
          `To reach the app from your machine, publish the port when you start the container: ` +
          `docker run -p ${spec} <image> (or -P to publish every exposed port on a high-numbered host port Docker picks). Write EXPOSE ${containerPort} here.`,
        fix: { title: `Change to EXPOSE ${containerPort}`, edits: [{ ...arg.range, text: containerPort }] },
      });
    }
  }
  return out;
};
