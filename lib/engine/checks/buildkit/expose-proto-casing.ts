/**
 * ExposeProtoCasing: the protocol in an EXPOSE port (`80/TCP`) should be lowercase.
 * Docker lowercases it anyway; BuildKit (convert_expose.go parsePort) warns.
 */
import type { Check, Diagnostic, Fix } from '../../types';
import { skippedByComment } from './check-config';
import { exposedPortSpecs, type PortSpec } from './expose-ports';
import { buildkitDiagnostic, instructionRange, parsesCompletely, replaceOnLine } from './util';

export const exposeProtoCasing: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const spec of exposedPortSpecs(ctx)) {
    if (spec.proto === spec.proto.toLowerCase()) continue;
    if (skippedByComment(spec.line.comments, 'ExposeProtoCasing')) continue;
    out.push(
      buildkitDiagnostic(
        'ExposeProtoCasing',
        instructionRange(ctx, spec.line),
        `Defined protocol '${spec.raw}' in EXPOSE instruction should be lowercase`,
        `Write the protocol in lowercase: ${spec.proto.toLowerCase()}.`,
        lowercaseFix(ctx.lines, spec),
      ),
    );
  }
  return out;
};

/** Offered when the spec is written literally on a single-line EXPOSE. */
function lowercaseFix(lines: string[], spec: PortSpec): Fix | undefined {
  const { line } = spec;
  if (line.startLine !== line.lastLine || spec.written !== spec.raw) return undefined;
  const text = lines[line.startLine - 1];
  const from = line.instruction.keywordRange.column - 1 + line.command.length;
  const escaped = spec.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<=\\s)${escaped}(?=\\s|$)`).exec(text.slice(from));
  if (!m) return undefined;
  const slash = spec.raw.lastIndexOf('/');
  const column = from + m.index + slash + 2;
  return {
    title: `Change '${spec.proto}' to '${spec.proto.toLowerCase()}'`,
    edits: [replaceOnLine(line.startLine, column, column + spec.proto.length, spec.proto.toLowerCase())],
  };
}
