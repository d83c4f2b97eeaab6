import type { ReactNode } from 'react';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { ProblemsList } from '@/components/editor/ProblemsList';
import { LayerPanel } from '@/components/layers/LayerPanel';
import { buildTree, type TreeNode } from '@/components/build/tree';
import type { ProjectEntry } from '@/lib/simulator/types';
import { EditorStatus } from '@/components/workbench/EditorStatus';
import { Heading } from '@/components/workbench/Heading';
import '@/components/workbench/workbench.css';
import './workspace.css';
import type { BuildTimeWorkspace } from './build-time';

function StaticTree({ nodes, open }: { nodes: TreeNode[]; open: string | null }) {
  return (
    <ul className="ws-tree">
      {nodes.map((node) =>
        node.kind === 'dir' ? (
          <li key={node.path} className="ws-tree-dir">
            <span className="ws-tree-dirname">{node.name}/</span>
            <StaticTree nodes={node.children} open={open} />
          </li>
        ) : (
          <li key={node.path}>
            <span className="ws-tree-file" aria-current={node.path === open ? 'true' : undefined}>
              {node.name}
            </span>
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * The workspace as it looks before any JavaScript runs: the project's files, the open file
 * highlighted in the editor's frame, and the problems and layers of the build-time analysis.
 * WorkspaceLive renders the same structure, so nothing moves when it takes over.
 */
export function StaticWorkspace({
  entries,
  openFile,
  analyzedPath,
  staticEditor,
  model,
  idPrefix,
  headingLevel,
  editorHeight,
  toolbar,
  layout = 'panel',
}: {
  entries: ProjectEntry[];
  openFile: string | null;
  analyzedPath: string | null;
  staticEditor: ReactNode;
  model: WorkbenchModel | null;
  idPrefix: string;
  headingLevel: 2 | 3;
  editorHeight: string;
  toolbar?: ReactNode;
  layout?: 'panel' | 'page';
}) {
  return (
    <div className={`ws ws-${layout}`} data-editor-kind="static">
      {toolbar}
      <div className="ws-work">
        <div className="ws-files" role="group" aria-labelledby={`${idPrefix}-files-title`}>
          <p className="ws-files-title" id={`${idPrefix}-files-title`}>
            Project files
          </p>
          <StaticTree nodes={buildTree(entries)} open={openFile} />
        </div>
        <div className="ws-editor">
          <p className="ws-open-file">
            <span className="visually-hidden">Open file: </span>
            <code>{openFile ?? 'no file open'}</code>
          </p>
          <div className="wb-editor-frame" style={{ height: editorHeight }}>
            {staticEditor}
          </div>
          <EditorStatus id={`${idPrefix}-editor-help`} kind="loading" cursor={null} tabMovesFocus={false} fixMessage={null} />
        </div>
      </div>
      <div className="ws-analysis">
        <div className="ws-problems">
          {analyzedPath && analyzedPath !== openFile ? (
            <p className="ws-analyzed-note">
              Problems and layers of <code>{analyzedPath}</code>, the Dockerfile this project builds.
            </p>
          ) : null}
          <ProblemsList diagnostics={model?.diagnostics ?? []} headingLevel={headingLevel} idPrefix={idPrefix} />
        </div>
        <div className="ws-layers">{model ? <LayerPanel model={model} headingLevel={headingLevel} idPrefix={idPrefix} /> : null}</div>
      </div>
      <section className="ws-terminal" aria-labelledby={`${idPrefix}-terminal-title`}>
        <Heading level={headingLevel} id={`${idPrefix}-terminal-title`} className="wb-section-title ws-terminal-heading">
          <button type="button" className="ws-disclosure" aria-expanded={false} disabled>
            Terminal and build cache
          </button>
        </Heading>
      </section>
    </div>
  );
}

/** StaticWorkspace over a build-time workspace (components/workspace/build-time.ts). */
export function BuiltStaticWorkspace({
  built,
  ...rest
}: { built: Pick<BuildTimeWorkspace, 'entries' | 'openFile' | 'analyzedPath' | 'model'> } & Omit<Parameters<typeof StaticWorkspace>[0], 'entries' | 'openFile' | 'analyzedPath' | 'model'>) {
  return <StaticWorkspace entries={built.entries} openFile={built.openFile} analyzedPath={built.analyzedPath} model={built.model} {...rest} />;
}
