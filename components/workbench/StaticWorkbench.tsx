import type { ReactNode } from 'react';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { ProblemsList } from '@/components/editor/ProblemsList';
import { LayerPanel } from '@/components/layers/LayerPanel';
import { EditorStatus } from './EditorStatus';
import './workbench.css';

/** The highlighted Dockerfile, as the editor frame shows it until the editor has loaded. */
export function StaticCode({ html }: { html: string }) {
  // shiki output generated at build time from repository content (no user input).
  return <div className="wb-static" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * The workbench as it looks before any JavaScript runs: the Dockerfile highlighted in the editor's
 * frame, and the problems, layers and image card of its build-time analysis. The interactive
 * Workbench renders the same structure, so nothing moves when it takes over.
 */
export function StaticWorkbench({
  staticEditor,
  model,
  idPrefix,
  headingLevel,
  editorHeight,
  layout = 'stacked',
  toolbar,
}: {
  staticEditor: ReactNode;
  model: WorkbenchModel | null;
  idPrefix: string;
  headingLevel: 2 | 3;
  editorHeight: string;
  layout?: 'stacked' | 'split';
  toolbar?: ReactNode;
}) {
  return (
    <div className={`wb wb-${layout}`} data-editor-kind="static">
      <div className="wb-main">
        {toolbar}
        <div className="wb-editor-frame" style={{ height: editorHeight }}>
          {staticEditor}
        </div>
        <EditorStatus id={`${idPrefix}-editor-help`} kind="loading" cursor={null} tabMovesFocus={false} fixMessage={null} />
        <ProblemsList diagnostics={model?.diagnostics ?? []} headingLevel={headingLevel} idPrefix={idPrefix} />
      </div>
      <div className="wb-side">{model ? <LayerPanel model={model} headingLevel={headingLevel} idPrefix={idPrefix} /> : null}</div>
    </div>
  );
}
