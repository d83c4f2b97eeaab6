import type { ReactNode } from 'react';
import { statusText, type BuildStatusView } from '@/lib/workbench/build-status';
import type { DrawPlan, LayerItem, StageView } from '@/lib/workbench/view-model';
import { rovingKeyDown } from './roving';

export interface LayerDiagramProps {
  /** Every stage (for the names COPY --from refers to). */
  stages: readonly StageView[];
  /** What to draw: a pasted 7,500-line file is summarised, not drawn block by block. */
  plan: DrawPlan;
  activeKey: string | null;
  /** Absent in the static rendering: the blocks are then plain boxes, not buttons. */
  onHover?(span: { line: number; endLine: number } | null): void;
  onSelect?(span: { line: number; endLine: number }): void;
  /** Drawn over the diagram (the COPY --from arrows, measured on the client). */
  overlay?: ReactNode;
  /** The last build of this Dockerfile: CACHED or EXECUTED on every step. */
  buildStatus?: BuildStatusView | null;
}

function copiesText(files: string[]): string {
  return files.length === 1 ? 'copies 1 file' : `copies ${files.length} files`;
}

function itemLabel(item: LayerItem, stages: readonly StageView[], status: string | null): string {
  const lines = item.endLine > item.line ? `Lines ${item.line}–${item.endLine}` : `Line ${item.line}`;
  const kind = item.kind === 'layer' ? 'layer' : 'config only';
  const from = item.copyFrom ? ` Copies from ${item.copyFrom.stageIndex !== null ? stages[item.copyFrom.stageIndex]?.label : `the image ${item.copyFrom.ref}`}.` : '';
  const copies = item.copies ? ` From the build context it ${copiesText(item.copies)}${item.copies.length ? `: ${item.copies.join(', ')}` : ''}.` : '';
  const summary = /[.!?]$/.test(item.summary) ? item.summary : `${item.summary}.`;
  return `${lines}, ${item.keyword}, ${kind}: ${summary}${from}${copies}${status ? ` Last build: ${status}.` : ''}`;
}

/**
 * One column per stage, the base image at the bottom and each step above it: filesystem layers as
 * blocks, config-only steps as thin tags. The final stage is emphasised, stages that are not built
 * are muted with the reason. No hooks: the lesson page renders it at build time too.
 */
export function LayerDiagram({ stages, plan, activeKey, onHover, onSelect, overlay, buildStatus = null }: LayerDiagramProps) {
  const interactive = Boolean(onSelect);
  const usedBy = new Map<number, string[]>();
  for (const stage of stages) {
    for (const item of stage.items) {
      if (item.copyFrom?.stageIndex != null) usedBy.set(item.copyFrom.stageIndex, [...(usedBy.get(item.copyFrom.stageIndex) ?? []), stage.label]);
    }
  }
  // One tab stop for the whole diagram (arrow keys move inside): the final stage's base.
  const firstStop = stages.find((s) => s.isFinal)?.index ?? stages[0]?.index;

  const block = (key: string, className: string, span: { line: number; endLine: number }, label: string, content: ReactNode, extra: Record<string, string | number> = {}) => {
    const active = key === activeKey;
    const cls = `${className}${active ? ' is-active' : ''}`;
    if (!interactive) {
      return (
        <div className={cls} data-layer-key={key} {...extra}>
          {content}
        </div>
      );
    }
    return (
      <button
        type="button"
        className={cls}
        data-layer-key={key}
        aria-label={label}
        aria-current={active ? 'true' : undefined}
        tabIndex={key === `base-${firstStop}` ? 0 : -1}
        onMouseEnter={() => onHover?.(span)}
        onMouseLeave={() => onHover?.(null)}
        onFocus={() => onHover?.(span)}
        onBlur={() => onHover?.(null)}
        onClick={() => onSelect?.(span)}
        {...extra}
      >
        {content}
      </button>
    );
  };

  return (
    <div
      className="wb-stages"
      role={interactive ? 'group' : undefined}
      aria-label={interactive ? 'Layer diagram: one column per build stage, base image at the bottom. Arrow keys move between steps.' : undefined}
      onKeyDown={interactive ? rovingKeyDown : undefined}
    >
      {plan.drawn.map(({ stage, limit }) => (
        <div
          key={stage.index}
          className={`wb-stage${stage.isFinal ? ' is-final' : ''}${stage.used ? '' : ' is-unused'}`}
          data-stage-index={stage.index}
        >
          <p className="wb-stage-title">
            <span className="wb-stage-name">{stage.label}</span>
            {stage.isFinal ? <span className="wb-badge">final image</span> : null}
            {!stage.used ? <span className="wb-badge wb-badge-muted">not built</span> : null}
          </p>
          {!stage.used && stage.unusedReason ? <p className="wb-stage-reason">{stage.unusedReason}</p> : null}
          {usedBy.has(stage.index) ? <p className="wb-stage-usedby">Copied from by {usedBy.get(stage.index)!.join(', ')}</p> : null}
          <ol className="wb-stack">
            <li>
              {block(
                `base-${stage.index}`,
                'wb-block wb-base',
                { line: stage.line, endLine: stage.fromEndLine },
                `Line ${stage.line}, FROM ${stage.base}: the base ${stage.baseStage !== null ? 'stage' : 'image'}, all its layers and config.`,
                <>
                  <span className="wb-kw">FROM</span> <span className="wb-block-label">{stage.base}</span>
                  <span className="wb-block-summary">{stage.baseStage !== null ? 'Continues from that stage: its layers and config.' : stage.base.toLowerCase() === 'scratch' ? 'An empty image: no layers.' : 'The base image: its layers and config.'}</span>
                </>,
              )}
            </li>
            {stage.items.slice(0, limit).map((item) => {
              const built = buildStatus?.byLine.get(item.line) ?? null;
              const status = built ? statusText(built) : null;
              return (
                <li key={item.key}>
                  {block(
                    item.key,
                    `${item.kind === 'layer' ? 'wb-block wb-layer' : 'wb-block wb-tag'}${built ? ` is-${built.failed ? 'failed' : built.status.toLowerCase()}` : ''}`,
                    item,
                    itemLabel(item, stages, status),
                    <>
                      <span className="wb-kw">{item.keyword}</span> <span className="wb-block-label">{item.label.slice(item.keyword.length).trim() || ' '}</span>
                      <span className="wb-block-summary">{item.summary}</span>
                      {item.copyFrom ? (
                        <span className="wb-copy-from">
                          ← from {item.copyFrom.stageIndex !== null ? stages[item.copyFrom.stageIndex]?.label : `image ${item.copyFrom.ref}`}
                        </span>
                      ) : null}
                      {item.copies ? (
                        <span className="wb-copies">
                          {copiesText(item.copies)}
                          {item.copies.length ? <span className="wb-copies-list">{item.copies.join(', ')}</span> : null}
                        </span>
                      ) : null}
                      {status ? (
                        <span className="wb-build-status" data-build-status={built!.failed ? 'FAILED' : built!.status}>
                          {status}
                        </span>
                      ) : null}
                    </>,
                    item.copyFrom?.stageIndex != null ? { 'data-copy-from': item.copyFrom.stageIndex } : {},
                  )}
                </li>
              );
            })}
            {stage.items.length > limit ? (
              <li className="wb-more">… {stage.items.length - limit} more steps above, not drawn</li>
            ) : null}
          </ol>
        </div>
      ))}
      {plan.hiddenStages > 0 ? (
        <p className="wb-more wb-more-stages">
          … and {plan.hiddenStages} more {plan.hiddenStages === 1 ? 'stage' : 'stages'}, not drawn (a Dockerfile this long is summarised; the problems list covers all of it)
        </p>
      ) : null}
      {overlay}
    </div>
  );
}
