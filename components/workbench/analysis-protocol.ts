import type { BuildContextInput } from '@/lib/workspace/context-check';
import type { WorkbenchModel } from '@/lib/workbench/view-model';

export interface AnalysisRequest {
  id: number;
  source: string;
  /** The build context the Dockerfile would be built with, when the page has a project. */
  context: BuildContextInput | null;
}

export interface AnalysisResponse {
  id: number;
  model: WorkbenchModel;
  /** Time the analysis took in the worker. */
  ms: number;
}
