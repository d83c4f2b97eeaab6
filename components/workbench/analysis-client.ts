/**
 * Talks to the analysis worker. At most one request is in flight: while the worker is busy (a long
 * Dockerfile), newer texts replace each other and only the latest is sent next, so the results
 * never queue up behind the learner's typing. If a worker cannot start, the analysis runs on the
 * main thread instead (loaded on demand).
 */
import type { BuildContextInput } from '@/lib/workspace/context-check';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

export interface AnalysisResult<T> {
  tag: T;
  model: WorkbenchModel;
  ms: number;
}

export class AnalysisClient<T> {
  private worker: Worker | null = null;
  private busy = false;
  private pending: { source: string; context: BuildContextInput | null; tag: T } | null = null;
  private inFlightTag: T | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly onResult: (result: AnalysisResult<T>) => void) {
    try {
      this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'layerwise-analysis' });
      this.worker.onmessage = (e: MessageEvent<AnalysisResponse>) => this.finish(e.data.model, e.data.ms);
      this.worker.onerror = () => {
        // A worker that failed to load: analyze on the main thread from now on.
        this.worker?.terminate();
        this.worker = null;
        this.busy = false;
        if (this.inFlightTag !== null && this.lastSource !== null) this.request(this.lastSource, this.inFlightTag, this.lastContext);
      };
    } catch {
      this.worker = null;
    }
  }

  private lastSource: string | null = null;
  private lastContext: BuildContextInput | null = null;

  /** Analyzes `source` (in `context`, when known); `tag` comes back with the result (e.g. the editor version). */
  request(source: string, tag: T, context: BuildContextInput | null = null): void {
    if (this.disposed) return;
    if (this.busy) {
      this.pending = { source, context, tag };
      return;
    }
    this.busy = true;
    this.inFlightTag = tag;
    this.lastSource = source;
    this.lastContext = context;
    if (this.worker) {
      const message: AnalysisRequest = { id: this.nextId++, source, context };
      this.worker.postMessage(message);
    } else {
      void this.analyzeHere(source, context);
    }
  }

  private async analyzeHere(source: string, context: BuildContextInput | null) {
    const { analyzeInContext } = await import('@/lib/workbench/workspace-model');
    const started = performance.now();
    const model = analyzeInContext(source, context);
    this.finish(model, performance.now() - started);
  }

  private finish(model: WorkbenchModel, ms: number) {
    if (this.disposed) return;
    const tag = this.inFlightTag as T;
    this.busy = false;
    this.inFlightTag = null;
    this.onResult({ tag, model, ms });
    const next = this.pending;
    this.pending = null;
    if (next) this.request(next.source, next.tag, next.context);
  }

  dispose() {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
  }
}
