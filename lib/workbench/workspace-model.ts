/**
 * The one analysis of what the editor holds, with what the project adds: the analysis worker
 * and the build-time rendering both call this, so the page shows the same problems and layers
 * before and after the editor loads.
 */
import { analyze } from '@/lib/engine/analyze';
import { checkBuildContext, type BuildContextInput } from '@/lib/workspace/context-check';
import { toWorkbenchModel, type WorkbenchModel } from './view-model';

export function analyzeInContext(source: string, context: BuildContextInput | null): WorkbenchModel {
  const analysis = analyze(source);
  if (!context) return toWorkbenchModel(analysis);
  let report;
  try {
    report = checkBuildContext(analysis, source, context);
  } catch {
    report = null; // the context check is extra help: never lose the analysis over it
  }
  return toWorkbenchModel(analysis, report);
}
