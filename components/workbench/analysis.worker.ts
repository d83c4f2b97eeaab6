// Runs the analysis off the main thread, so a long Dockerfile never blocks typing, and sends back
// only the slim model the page draws (the full Analysis of a long file is far too large to copy).
import { analyzeInContext } from '@/lib/workbench/workspace-model';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, source, context } = event.data;
  const started = performance.now();
  const model = analyzeInContext(source, context ?? null);
  const response: AnalysisResponse = { id, model, ms: performance.now() - started };
  self.postMessage(response);
};
