'use client';

/**
 * The interactive workspace: one project (lib/workspace) shown as a file list, one editor for
 * whichever file is open, the problems and layers of the Dockerfile, and a terminal whose
 * builds are drawn on the layer view. The editor writes every change into the workspace at
 * once; the workspace is analyzed (debounced, in a worker) as a whole, so COPY sources are
 * checked against the project and the layer view knows what each COPY copies.
 *
 * Loaded lazily (after the page's text); the page shows a build-time rendering until then.
 */
import { type ComponentType, type ReactNode, type RefAttributes, forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/engine/types';
import { instructionLessons } from '@/lib/engine/lesson-links';
import { buildStatusFor } from '@/lib/workbench/build-status';
import { fileLanguage } from '@/lib/workbench/file-language';
import { targetAtLine, type LayerItem, type WorkbenchModel } from '@/lib/workbench/view-model';
import { contextInputFor } from '@/lib/workspace/context-input';
import { isDockerfilePath, type Workspace } from '@/lib/workspace/workspace';
import { ProblemsList } from '@/components/editor/ProblemsList';
import { TextareaEditor } from '@/components/editor/TextareaEditor';
import type { CursorInfo, EditorHandle, EditorProps } from '@/components/editor/types';
import { LayerPanel } from '@/components/layers/LayerPanel';
import { CopyLinks } from '@/components/layers/CopyLinks';
import { ensureTabStop } from '@/components/layers/roving';
import { AnalysisClient } from '@/components/workbench/analysis-client';
import { EditorStatus } from '@/components/workbench/EditorStatus';
import { ProjectFiles } from './ProjectFiles';
import { WorkspaceTerminal } from './WorkspaceTerminal';
import { useWorkspaceRevision } from './use-workspace';
import '@/components/workbench/workbench.css';
import './workspace.css';

export interface WorkspaceController {
  /** Puts `source` into the project's main Dockerfile and opens it (one undoable edit). */
  loadDockerfile(source: string): void;
  focusEditor(): void;
}

export interface WorkspaceLiveProps {
  workspace: Workspace;
  /** The build-time analysis of the Dockerfile first shown, so the panels are filled at once. */
  initialModel?: WorkbenchModel | null;
  /** The open file as the page rendered it (highlighted), until the editor has loaded. */
  staticEditor?: ReactNode;
  idPrefix: string;
  headingLevel: 2 | 3;
  editorHeight: string;
  toolbar?: ReactNode;
  /** Show the terminal at once (the lesson suggests a command); otherwise it is one click away. */
  terminalOpen: boolean;
  focusWhenReady?: 'always' | 'if-free' | false;
  /** "page": files and editor left, layers right (the wide playground); "panel": stacked beside a lesson. */
  layout?: 'panel' | 'page';
}

type EditorComponent = ComponentType<EditorProps & RefAttributes<EditorHandle>>;
type EditorKind = { kind: 'loading' } | { kind: 'monaco'; Editor: EditorComponent } | { kind: 'textarea'; reason: 'touch' | 'failed' };

interface AnalysisTag {
  path: string;
  source: string;
  /** The editor's text version the analysis belongs to (null when the file is not the open one). */
  editorVersion: number | null;
  revision: number;
}

/** Debounce before analyzing: short for normal files, longer for huge ones (their analysis is slow anyway). */
export function analysisDelay(lineCount: number): number {
  if (lineCount > 2000) return 300;
  if (lineCount > 300) return 120;
  return 40;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export const WorkspaceLive = forwardRef<WorkspaceController, WorkspaceLiveProps>(function WorkspaceLive(props, ref) {
  const { workspace, initialModel = null, staticEditor, idPrefix, headingLevel, editorHeight, toolbar, terminalOpen, focusWhenReady = false, layout = 'panel' } = props;
  const revision = useWorkspaceRevision(workspace);
  const editorRef = useRef<EditorHandle | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EditorKind>({ kind: 'loading' });
  const [result, setResult] = useState<{ model: WorkbenchModel; tag: AnalysisTag } | null>(null);
  const [cursor, setCursor] = useState<CursorInfo | null>(null);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const [showAllProblems, setShowAllProblems] = useState(false);
  const [fixMessage, setFixMessage] = useState<string | null>(null);
  const [firstOpen] = useState(() => ({ path: workspace.openFile, text: workspace.openFile ? workspace.read(workspace.openFile) : undefined }));

  const open = workspace.openFile;
  const openText = open ? (workspace.read(open) ?? '') : '';
  const language = open ? fileLanguage(open) : 'plaintext';
  // The Dockerfile the problems and layers describe: the open one, else the one the command builds.
  const analyzedPath = open && isDockerfilePath(open) ? open : workspace.mainDockerfile();

  // Monaco on a desktop; the plain textarea on touch screens or when Monaco's chunks fail to load.
  useEffect(() => {
    let cancelled = false;
    if (window.matchMedia?.('(pointer: coarse)').matches) {
      setEditor({ kind: 'textarea', reason: 'touch' });
      return;
    }
    import('@/components/editor/MonacoEditor')
      .then((m) => {
        if (!cancelled) setEditor({ kind: 'monaco', Editor: m.MonacoEditor });
      })
      .catch(() => {
        if (!cancelled) setEditor({ kind: 'textarea', reason: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const client = useMemo(
    () =>
      typeof window === 'undefined'
        ? null
        : new AnalysisClient<AnalysisTag>((r) => {
            if (r.tag.editorVersion !== null && r.tag.path === workspace.openFile) {
              editorRef.current?.setAnalysis(r.model.diagnostics, r.model.instructions, r.tag.editorVersion);
            }
            rootRef.current?.setAttribute('data-analysis-ms', r.ms.toFixed(1));
            setResult({ model: r.model, tag: r.tag });
          }),
    [workspace],
  );
  useEffect(() => () => client?.dispose(), [client]);

  // Analyze after every change of the project (the editor's typing included), debounced.
  const timerRef = useRef<number | null>(null);
  useEffect(() => {
    if (!client || !analyzedPath || editor.kind === 'loading') return;
    const source = workspace.read(analyzedPath) ?? '';
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => {
      timerRef.current = null;
      const isOpen = analyzedPath === workspace.openFile;
      const tag: AnalysisTag = { path: analyzedPath, source, editorVersion: isOpen ? (editorRef.current?.getVersion() ?? null) : null, revision: workspace.revision };
      client.request(source, tag, contextInputFor(workspace, analyzedPath));
    }, analysisDelay(countLines(source)));
    return () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    };
  }, [client, workspace, analyzedPath, revision, editor.kind]);

  // Changes from elsewhere (terminal, file panel, a lesson loading an example) reach the editor.
  useEffect(
    () =>
      workspace.subscribe((change) => {
        if (change.origin === 'editor') return;
        const path = workspace.openFile;
        if (path && change.files.includes(path) && !change.open) editorRef.current?.setValue(workspace.read(path) ?? '');
      }),
    [workspace],
  );

  const focusWhenReadyRef = useRef(focusWhenReady);
  useEffect(() => {
    if (editor.kind === 'loading') return;
    const active = document.activeElement;
    const free = !active || active === document.body || !active.isConnected;
    if (focusWhenReadyRef.current === 'always' || (focusWhenReadyRef.current === 'if-free' && free)) editorRef.current?.focus();
  }, [editor]);

  const model = result?.model ?? initialModel;
  const analyzedIsOpen = analyzedPath !== null && analyzedPath === open;
  const buildStatus = useMemo(
    () => (result && analyzedPath ? buildStatusFor(workspace.lastBuild, analyzedPath, result.tag.source) : null),
    // The statuses change only with a new analysis or a new build.
    [result, analyzedPath, workspace.lastBuild],
  );

  // For the benchmark and the tests: the workspace revision whose analysis is on screen.
  useLayoutEffect(() => {
    rootRef.current?.setAttribute('data-analyzed-revision', String(result?.tag.revision ?? -1));
    if (result?.tag.editorVersion != null) rootRef.current?.setAttribute('data-analyzed-version', String(result.tag.editorVersion));
    ensureTabStop(rootRef.current?.querySelector('.wb-stages') ?? null);
  }, [result, editor]);

  useImperativeHandle(
    ref,
    () => ({
      loadDockerfile(source) {
        setShowAllProblems(false);
        const target = workspace.mainDockerfile() ?? 'Dockerfile';
        if (workspace.openFile === target && editorRef.current) {
          editorRef.current.setValue(source); // undoable in the editor; the editor writes it through
        } else {
          workspace.write(target, source, 'load');
          workspace.openInEditor(target);
        }
      },
      focusEditor: () => editorRef.current?.focus(),
    }),
    [workspace],
  );

  const onChange = useCallback(() => {
    const path = workspace.openFile;
    const handle = editorRef.current;
    if (path && handle) workspace.write(path, handle.getValue(), 'editor');
  }, [workspace]);

  const goTo = useCallback(
    (d: Diagnostic) => {
      if (analyzedPath && workspace.openFile !== analyzedPath) workspace.openInEditor(analyzedPath);
      requestAnimationFrame(() => editorRef.current?.goTo(d.line, d.column));
    },
    [workspace, analyzedPath],
  );
  const fix = useCallback(
    (d: Diagnostic) => {
      if (!d.fix) return;
      const applied = analyzedIsOpen && editorRef.current?.applyFix(d.fix);
      setFixMessage(applied ? `Applied: ${d.fix.title}` : 'The text changed since this problem was found; wait a moment for the list to update, then try again.');
    },
    [analyzedIsOpen],
  );

  const activeTarget = model && cursor && analyzedIsOpen ? targetAtLine(model, cursor.line) : null;
  const activeKey = activeTarget?.kind === 'item' ? activeTarget.item.key : activeTarget?.kind === 'base' ? `base-${activeTarget.stage.index}` : null;
  const onLayerHover = useCallback((item: { line: number; endLine: number } | null) => (analyzedIsOpen ? editorRef.current?.highlightLines(item) : undefined), [analyzedIsOpen]);
  const onLayerSelect = useCallback(
    (item: Pick<LayerItem, 'line' | 'endLine'>) => {
      if (analyzedPath && workspace.openFile !== analyzedPath) {
        workspace.openInEditor(analyzedPath);
        requestAnimationFrame(() => editorRef.current?.selectLines(item.line, item.endLine));
      } else editorRef.current?.selectLines(item.line, item.endLine);
    },
    [workspace, analyzedPath],
  );

  const helpId = `${idPrefix}-editor-help`;
  const ready = editor.kind !== 'loading';
  const editorProps: EditorProps = {
    initialValue: openText,
    path: open ?? '',
    language,
    ariaLabel: `${open ?? 'No file'} editor`,
    onChange,
    onCursorChange: setCursor,
    onTabModeChange: setTabMovesFocus,
    instructionLessons,
    describedBy: helpId,
  };
  const showStatic = !ready && open === firstOpen.path && openText === firstOpen.text && staticEditor;

  return (
    <div className={`ws ws-${layout}`} ref={rootRef} data-editor-kind={editor.kind} data-open-file={open ?? ''}>
      {toolbar}
      <div className="ws-work">
        <ProjectFiles workspace={workspace} idPrefix={idPrefix} />
        <div className="ws-editor">
          <p className="ws-open-file">
            <span className="visually-hidden">Open file: </span>
            <code>{open ?? 'no file open'}</code>
          </p>
          {editor.kind === 'textarea' && editor.reason === 'failed' ? (
            <p className="wb-notice" role="status">
              The full editor could not be loaded, so a plain text box is used. Problems, layers and the terminal still work.
            </p>
          ) : null}
          <div className="wb-editor-frame" style={{ height: editorHeight }}>
            {open === null ? (
              <p className="wb-empty">The project has no files. Create one with New file.</p>
            ) : editor.kind === 'monaco' ? (
              <editor.Editor ref={editorRef} {...editorProps} />
            ) : editor.kind === 'textarea' ? (
              <TextareaEditor key={open} ref={editorRef} {...editorProps} />
            ) : (
              showStatic || (
                <pre className="wb-static-plain" tabIndex={0}>
                  {openText}
                </pre>
              )
            )}
          </div>
          <EditorStatus id={helpId} kind={editor.kind} cursor={cursor} tabMovesFocus={tabMovesFocus} fixMessage={fixMessage} />
        </div>
      </div>
      <div className="ws-analysis">
        <div className="ws-problems">
          {analyzedPath && !analyzedIsOpen ? (
            <p className="ws-analyzed-note">
              Problems and layers of <code>{analyzedPath}</code>, the Dockerfile this project builds.
            </p>
          ) : null}
          <ProblemsList
            diagnostics={model?.diagnostics ?? []}
            headingLevel={headingLevel}
            idPrefix={idPrefix}
            showAll={showAllProblems}
            onShowAll={() => setShowAllProblems(true)}
            onGoTo={ready ? goTo : undefined}
            onFix={ready && analyzedIsOpen ? fix : undefined}
          />
        </div>
        <div className="ws-layers">
          {model ? (
            <LayerPanel
              model={model}
              headingLevel={headingLevel}
              idPrefix={idPrefix}
              activeKey={activeKey}
              onHover={ready ? onLayerHover : undefined}
              onSelect={ready ? onLayerSelect : undefined}
              overlay={<CopyLinks revision={model} />}
              buildStatus={buildStatus}
            />
          ) : analyzedPath === null ? (
            <p className="wb-empty">No Dockerfile in this project yet: create one named Dockerfile to see its layers.</p>
          ) : null}
        </div>
      </div>
      <WorkspaceTerminal workspace={workspace} headingLevel={headingLevel} idPrefix={idPrefix} initiallyOpen={terminalOpen} />
    </div>
  );
});
