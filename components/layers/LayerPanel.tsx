import type { ReactNode } from 'react';
import type { BuildStatusView } from '@/lib/workbench/build-status';
import { planDrawing, type WorkbenchModel } from '@/lib/workbench/view-model';
import { Heading } from '@/components/workbench/Heading';
import { ImageCard } from './ImageCard';
import { LayerDiagram } from './LayerDiagram';
import { LayerTextList } from './LayerTextList';

/**
 * Blocks drawn in all and per stage; more are summarised (a huge paste is still fully analyzed,
 * and the problems list covers every line). 240 blocks is more than any lesson's file has and
 * keeps a 7,500-line paste under the 200 ms long-task budget: at 400 / 200 the commit and layout
 * of the diagram took 205-210 ms in one task, at 240 / 120 168-171 ms (npm run bench:workbench).
 */
export const LAYER_DRAW_BUDGET = 240;
export const LAYER_DRAW_PER_STAGE = 120;

export interface LayerPanelProps {
  model: WorkbenchModel;
  headingLevel: 2 | 3;
  idPrefix: string;
  activeKey?: string | null;
  onHover?(span: { line: number; endLine: number } | null): void;
  onSelect?(span: { line: number; endLine: number }): void;
  overlay?: ReactNode;
  buildStatus?: BuildStatusView | null;
  /** Replaces the section heading ("Layers"), e.g. "Layers of resources/docker/Dockerfile". */
  title?: string;
}

/** The layer view, its text alternative and the image card. No hooks: rendered at build time too. */
export function LayerPanel({ model, headingLevel, idPrefix, activeKey = null, onHover, onSelect, overlay, buildStatus = null, title = 'Layers' }: LayerPanelProps) {
  const headingId = `${idPrefix}-layers-title`;
  const plan = planDrawing(model.stages, LAYER_DRAW_BUDGET, LAYER_DRAW_PER_STAGE);
  return (
    <>
      <section className="wb-layers" aria-labelledby={headingId}>
        <Heading level={headingLevel} id={headingId} className="wb-section-title">
          {title}
        </Heading>
        {buildStatus ? (
          <p className="wb-build-summary" role="status">
            Last build (<code>{buildStatus.command}</code>){buildStatus.ok ? '' : ' failed'}: {buildStatus.cached} CACHED, {buildStatus.executed} EXECUTED.
          </p>
        ) : null}
        {model.stages.length === 0 ? (
          <p className="wb-empty">No build stage yet: start with a FROM line.</p>
        ) : (
          <>
            <p className="wb-layers-intro">
              Bottom up: the base image, then each step. Blocks add a filesystem layer; thin tags change only the image config. Click a step to select its
              lines.
            </p>
            <LayerDiagram stages={model.stages} plan={plan} activeKey={activeKey} onHover={onHover} onSelect={onSelect} overlay={overlay} buildStatus={buildStatus} />
            <LayerTextList stages={model.stages} plan={plan} />
          </>
        )}
      </section>
      <ImageCard image={model.image} headingLevel={headingLevel} idPrefix={idPrefix} />
    </>
  );
}
