/**
 * Analysis that knows the project: what the build would fail on because of its context. A COPY
 * or ADD source that is not in the context, or that .dockerignore keeps out of it, becomes a
 * problem before anyone builds, carrying the exact error `docker build` then prints
 * (checkCopySources() and build() share the context code, so the texts are the same).
 */
import { lessonLinks } from '@/lib/engine/lesson-links';
import type { Analysis, Diagnostic, Range } from '@/lib/engine/types';
import { checkCopySources, type CopyStepCheck, type SourceCheck } from '@/lib/simulator/build/copy-sources';
import type { VirtualFiles } from '@/lib/simulator/types';

export interface BuildContextInput {
  /** The context's files, paths relative to the context root. */
  files: VirtualFiles;
  /** The Dockerfile relative to the context root (may start with "../"). */
  dockerfileInContext: string;
  /** How learners know the context, e.g. `the project root` or `the folder "resources"`. */
  label: string;
  /** The ignore file the CLI would send (null: none). */
  dockerignore?: string | null;
  buildArgs?: Record<string, string>;
}

export const COPY_SOURCE_MISSING = 'lw-copy-source-missing';
export const COPY_SOURCE_IGNORED = 'lw-copy-source-ignored';

export interface ContextReport {
  diagnostics: Diagnostic[];
  /** Per COPY/ADD step (by line): the context files it copies. */
  copies: CopyStepCheck[];
}

export function contextLabel(context: string): string {
  return context === '.' || context === '' ? 'the project root' : `the folder "${context}"`;
}

/** Problems and copied files for the Dockerfile `source` (analyzed as `analysis`) in `context`. */
export function checkBuildContext(analysis: Analysis, source: string, context: BuildContextInput): ContextReport {
  const copies = checkCopySources(analysis, {
    context: context.files,
    dockerfile: source,
    dockerfilePath: context.dockerfileInContext,
    dockerignore: context.dockerignore,
    buildArgs: context.buildArgs,
  });
  const diagnostics: Diagnostic[] = [];
  const instructions = new Map(analysis.instructions.map((ins) => [ins.range.line, ins]));
  for (const step of copies) {
    const ins = instructions.get(step.line);
    for (const src of step.sources) {
      if (src.status !== 'missing' && src.status !== 'ignored') continue;
      const range: Range = ins?.args[src.index]?.range ?? { line: step.line, column: 1, endLine: step.line, endColumn: 1 };
      diagnostics.push(sourceDiagnostic(step, src, range, context.label));
    }
  }
  return { diagnostics, copies };
}

function sourceDiagnostic(step: CopyStepCheck, src: SourceCheck, range: Range, label: string): Diagnostic {
  const shown = src.path === '' ? '.' : src.path;
  const code = src.status === 'ignored' ? COPY_SOURCE_IGNORED : COPY_SOURCE_MISSING;
  const why =
    src.status === 'ignored'
      ? `"${shown}" is in the project, but .dockerignore keeps it out of the build context (${label}), so ${step.keyword} cannot see it.`
      : `"${shown}" is not in the build context (${label}). ${step.keyword} reads its sources relative to the context, not to the Dockerfile.`;
  const diagnostic: Diagnostic = {
    ...range,
    code,
    severity: 'error',
    message: `${why} docker build stops at this step with: ${src.error}`,
    dockerMessage: src.error,
  };
  const lesson = lessonLinks[code];
  if (lesson) diagnostic.lesson = lesson;
  return diagnostic;
}
