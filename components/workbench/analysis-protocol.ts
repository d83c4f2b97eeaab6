import type { WorkbenchModel } from '@/lib/workbench/view-model';

export interface AnalysisRequest {
  id: number;
  source: string;
}

export interface AnalysisResponse {
  id: number;
  model: WorkbenchModel;
  /** Time the analysis took in the worker. */
  ms: number;
}
