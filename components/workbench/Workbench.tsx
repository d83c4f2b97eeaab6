'use client';

/**
 * The editor workbench: a Dockerfile editor that explains itself while the learner types. After
 * each change (debounced) the whole text is analyzed in a worker; the result becomes editor
 * markers, the problems list, the layer view and the image card.
 *
 * This module is loaded lazily (after the page's text): lesson pages and the playground render a
 * static version of the same panels at build time until it is ready.
 */
import { type ComponentType, type ReactNode, type RefAttributes, forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/engine/types';
import { targetAtLine, type LayerItem, type WorkbenchModel } from '@/lib/workbench/view-model';
import { ProblemsList } from '@/components/editor/ProblemsList';
import { TextareaEditor } from '@/components/editor/TextareaEditor';
import type { CursorInfo, EditorHandle, EditorProps } from '@/components/editor/types';
import { LayerPanel } from '@/components/layers/LayerPanel';
import { CopyLinks } from '@/components/layers/CopyLinks';
import { ensureTabStop } from '@/components/layers/roving';
import { AnalysisClient } from './analysis-client';
import { EditorStatus } from './EditorStatus';
import './workbench.css';

export interface WorkbenchController {
  /** Loads a Dockerfile (one undoable edit in Monaco). */
  setSource(source: string): void;
  getSource(): string;
  focusEditor(): void;
}

export interface WorkbenchProps {
  initialSource: string;
  /** The analysis of `initialSource` made at build time, so the panels are filled at once. */
  initialModel?: WorkbenchModel | null;
  /** Accessible name of the editor, e.g. "Dockerfile editor". */
  editorLabel: string;
  /** Makes ids unique when several workbenches could share a page. */
  idPrefix: string;
  headingLevel: 2 | 3;
  instructionLessons: Record<string, string>;
  /** Shown in the editor's place until the editor has loaded (the same text, highlighted). */
  staticEditor?: ReactNode;
  /** Editor frame height in CSS (e.g. "22rem"); the static view uses the same, so nothing jumps. */
  editorHeight: string;
  /** Called with each analyzed text (for autosave), after the debounce. */
  onAnalyzed?(source: string): void;
  /** Controls above the editor (share, reset...). */
  toolbar?: ReactNode;
  /** "split": editor and problems left, layers and image card right (wide playground). */
  layout?: 'stacked' | 'split';
  /**
   * Focus the editor once it has loaded: "always" when the learner asked for it (Open in editor),
   * "if-free" when focus was on the static code it replaces (only if focus went nowhere else).
   */
  focusWhenReady?: 'always' | 'if-free' | false;
}

type EditorComponent = ComponentType<EditorProps & RefAttributes<EditorHandle>>;
type EditorKind = { kind: 'loading' } | { kind: 'monaco'; Editor: EditorComponent } | { kind: 'textarea'; reason: 'touch' | 'failed' };

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

export const Workbench = forwardRef<WorkbenchController, WorkbenchProps>(function Workbench(props, ref) {
  const { initialSource, initialModel, editorLabel, idPrefix, headingLevel, instructionLessons, staticEditor, editorHeight, onAnalyzed, toolbar, layout = 'stacked', focusWhenReady = false } = props;
  const editorRef = useRef<EditorHandle | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EditorKind>({ kind: 'loading' });
  const [model, setModel] = useState<WorkbenchModel | null>(initialModel ?? null);
  // What the editor will open with: a setSource() before the editor has loaded replaces it.
  const [openingSource, setOpeningSource] = useState(initialSource);
  const openingSourceRef = useRef(initialSource);
  const [analyzedVersion, setAnalyzedVersion] = useState(0);
  const [cursor, setCursor] = useState<CursorInfo | null>(null);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const [showAllProblems, setShowAllProblems] = useState(false);
  const [fixMessage, setFixMessage] = useState<string | null>(null);
  const timerRef = useRef<number | null>(null);
  const lineCountRef = useRef(countLines(initialSource));
  const onAnalyzedRef = useRef(onAnalyzed);
  useEffect(() => {
    onAnalyzedRef.current = onAnalyzed;
  });

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

  const client = useMemo(() => (typeof window === 'undefined' ? null : new AnalysisClient<{ version: number; source: string }>((r) => {
    editorRef.current?.setAnalysis(r.model.diagnostics, r.model.instructions, r.tag.version);
    rootRef.current?.setAttribute('data-analysis-ms', r.ms.toFixed(1));
    setModel(r.model);
    setAnalyzedVersion(r.tag.version);
    onAnalyzedRef.current?.(r.tag.source);
  })), []);
  useEffect(() => () => client?.dispose(), [client]);

  const analyzeNow = useCallback(() => {
    const handle = editorRef.current;
    if (!handle || !client) return;
    timerRef.current = null;
    const source = handle.getValue();
    lineCountRef.current = countLines(source);
    client.request(source, { version: handle.getVersion(), source });
  }, [client]);

  const onChange = useCallback(() => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(analyzeNow, analysisDelay(lineCountRef.current));
  }, [analyzeNow]);

  useEffect(() => () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
  }, []);

  // The first analysis of whatever the editor opened with (markers need it even with initialModel).
  const focusWhenReadyRef = useRef(focusWhenReady);
  useEffect(() => {
    if (editor.kind === 'loading') return;
    analyzeNow();
    // Only if focus is nowhere else: never pull it away from where the learner went meanwhile.
    const active = document.activeElement;
    const free = !active || active === document.body || !active.isConnected;
    if (focusWhenReadyRef.current === 'always' || (focusWhenReadyRef.current === 'if-free' && free)) editorRef.current?.focus();
  }, [editor, analyzeNow]);

  // For the benchmark and the tests: the editor version whose analysis is on screen.
  useLayoutEffect(() => {
    rootRef.current?.setAttribute('data-analyzed-version', String(analyzedVersion));
    ensureTabStop(rootRef.current?.querySelector('.wb-stages') ?? null);
  }, [analyzedVersion, model, editor]);

  useImperativeHandle(ref, () => ({
    setSource(source) {
      setShowAllProblems(false);
      if (editorRef.current) {
        editorRef.current.setValue(source);
        return;
      }
      // The editor is still loading: it will open with this text instead.
      openingSourceRef.current = source;
      setOpeningSource(source);
      setModel(null);
    },
    getSource: () => editorRef.current?.getValue() ?? openingSourceRef.current,
    focusEditor: () => editorRef.current?.focus(),
  }), []);

  const goTo = useCallback((d: Diagnostic) => editorRef.current?.goTo(d.line, d.column), []);
  const fix = useCallback((d: Diagnostic) => {
    if (!d.fix) return;
    const applied = editorRef.current?.applyFix(d.fix);
    setFixMessage(applied ? `Applied: ${d.fix.title}` : 'The text changed since this problem was found; wait a moment for the list to update, then try again.');
  }, []);

  const activeTarget = model && cursor ? targetAtLine(model, cursor.line) : null;
  const activeKey = activeTarget?.kind === 'item' ? activeTarget.item.key : activeTarget?.kind === 'base' ? `base-${activeTarget.stage.index}` : null;
  const onLayerHover = useCallback((item: { line: number; endLine: number } | null) => editorRef.current?.highlightLines(item), []);
  const onLayerSelect = useCallback((item: Pick<LayerItem, 'line' | 'endLine'>) => editorRef.current?.selectLines(item.line, item.endLine), []);

  const helpId = `${idPrefix}-editor-help`;
  const editorProps: EditorProps = {
    initialValue: openingSource,
    ariaLabel: editorLabel,
    onChange,
    onCursorChange: setCursor,
    onTabModeChange: setTabMovesFocus,
    instructionLessons,
    describedBy: helpId,
  };

  return (
    <div className={`wb wb-${layout}`} ref={rootRef} data-editor-kind={editor.kind}>
      <div className="wb-main">
        {toolbar}
        {editor.kind === 'textarea' && editor.reason === 'failed' ? (
          <p className="wb-notice" role="status">
            The full editor could not be loaded, so a plain text box is used. Problems, layers and the image card still update as you type.
          </p>
        ) : null}
        <div className="wb-editor-frame" style={{ height: editorHeight }}>
          {editor.kind === 'monaco' ? (
            <editor.Editor ref={editorRef} {...editorProps} />
          ) : editor.kind === 'textarea' ? (
            <TextareaEditor ref={editorRef} {...editorProps} />
          ) : (
            (openingSource === initialSource && staticEditor) || <pre className="wb-static-plain" tabIndex={0}>{openingSource}</pre>
          )}
        </div>
        <EditorStatus id={helpId} kind={editor.kind} cursor={cursor} tabMovesFocus={tabMovesFocus} fixMessage={fixMessage} />
        <ProblemsList
          diagnostics={model?.diagnostics ?? []}
          headingLevel={headingLevel}
          idPrefix={idPrefix}
          showAll={showAllProblems}
          onShowAll={() => setShowAllProblems(true)}
          onGoTo={editor.kind === 'loading' ? undefined : goTo}
          onFix={editor.kind === 'loading' ? undefined : fix}
        />
      </div>
      <div className="wb-side">
        {model ? (
          <LayerPanel
            model={model}
            headingLevel={headingLevel}
            idPrefix={idPrefix}
            activeKey={activeKey}
            onHover={editor.kind === 'loading' ? undefined : onLayerHover}
            onSelect={editor.kind === 'loading' ? undefined : onLayerSelect}
            overlay={<CopyLinks revision={model} />}
          />
        ) : null}
      </div>
    </div>
  );
});
