import type { DrawPlan, StageView } from '@/lib/workbench/view-model';

/**
 * The layer view as text: one ordered list per stage, bottom (base image) first, as Docker builds
 * it, with the same facts the diagram draws. A disclosure, so it costs nothing until opened.
 */
export function LayerTextList({ stages, plan }: { stages: readonly StageView[]; plan: DrawPlan }) {
  return (
    <details className="wb-layer-text">
      <summary>Layers as a list</summary>
      <ol className="wb-layer-text-stages">
        {plan.drawn.map(({ stage, limit }) => (
          <li key={stage.index}>
            <p className="wb-layer-text-stage">
              {stage.label}
              {stage.isFinal ? ', the final image' : ''}
              {stage.used ? '' : `, not built. ${stage.unusedReason ?? ''}`}
            </p>
            <ol>
              <li>
                Line {stage.line}, FROM: starts from {stage.baseStage !== null ? `stage ${stage.base}` : `the image ${stage.base}`}, with all its layers and config.
              </li>
              {stage.items.slice(0, limit).map((item) => (
                <li key={item.key}>
                  Line {item.line}, {item.keyword} ({item.kind === 'layer' ? 'adds a layer' : 'config only, no layer'}): {item.summary}
                  {item.copyFrom ? ` Copies from ${item.copyFrom.stageIndex !== null ? `stage ${stages[item.copyFrom.stageIndex]?.label ?? item.copyFrom.ref}` : `the image ${item.copyFrom.ref}`}.` : ''}
                </li>
              ))}
              {stage.items.length > limit ? <li>… and {stage.items.length - limit} more steps, not listed.</li> : null}
            </ol>
          </li>
        ))}
      </ol>
      {plan.hiddenStages > 0 ? <p>… and {plan.hiddenStages} more stages, not listed.</p> : null}
    </details>
  );
}
