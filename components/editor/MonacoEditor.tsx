'use client';

/**
 * The Dockerfile editor: Monaco with markers, quick fixes, hovers and completion. Loaded only on
 * the client through a dynamic import (see Workbench); the workbench falls back to the plain
 * TextareaEditor when this module cannot load.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Diagnostic, Fix } from '@/lib/engine/types';
import type { InstructionOutline } from '@/lib/workbench/view-model';
import { diagnosticToMarker, markerKey } from '@/lib/workbench/markers';
import { lineSpan, toMonacoRange, type TextShape } from '@/lib/workbench/ranges';
import { MARKER_OWNER, currentTheme, modelStates, monaco, setupMonaco } from './monaco/setup';
import type { EditorHandle, EditorProps } from './types';

let modelCounter = 0;

/** Replaces the whole text as one undoable edit, so Ctrl+Z brings the previous text back. */
function replaceText(editor: monaco.editor.IStandaloneCodeEditor, value: string, toTop: boolean) {
  const model = editor.getModel();
  if (!model) return;
  editor.pushUndoStop();
  editor.executeEdits('layerwise-load', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
  editor.pushUndoStop();
  if (toTop) {
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
  }
}

function modelShape(model: monaco.editor.ITextModel): TextShape {
  return { lineCount: model.getLineCount(), lineLength: (line) => (line >= 1 && line <= model.getLineCount() ? model.getLineLength(line) : 0) };
}

export const MonacoEditor = forwardRef<EditorHandle, EditorProps>(function MonacoEditor(props, ref) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const highlightRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const modelsRef = useRef<{ instance: number; byPath: Map<string, monaco.editor.ITextModel> } | null>(null);

  /** The text model of a project file, created on first use. */
  function modelFor(path: string, language: string, value: string): monaco.editor.ITextModel {
    const models = modelsRef.current!;
    let model = models.byPath.get(path);
    if (!model) {
      model = monaco.editor.createModel(value, language, monaco.Uri.parse(`inmemory://layerwise/${models.instance}/${encodeURI(path)}`));
      modelStates.set(model, { version: -1, fixes: new Map(), outline: [], lessons: propsRef.current.instructionLessons });
      models.byPath.set(path, model);
    }
    return model;
  }
  const analyzedVersionRef = useRef(0);
  // Callbacks change on every render; the editor is created once and reads the latest ones.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    setupMonaco();
    const instance = ++modelCounter;
    modelsRef.current = { instance, byPath: new Map() };
    const model = modelFor(propsRef.current.path ?? 'Dockerfile', propsRef.current.language ?? 'dockerfile', propsRef.current.initialValue);
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: propsRef.current.ariaLabel,
      theme: currentTheme(),
      minimap: { enabled: false },
      fontSize: 14,
      lineHeight: 20,
      fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
      lineNumbersMinChars: 3,
      glyphMargin: false,
      folding: false,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      wordBasedSuggestions: 'off',
      occurrencesHighlight: 'off',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      hover: { delay: 250 },
      padding: { top: 8, bottom: 8 },
      scrollbar: { alwaysConsumeMouseWheel: false },
      tabFocusMode: false,
    });
    editorRef.current = editor;
    highlightRef.current = editor.createDecorationsCollection();
    if (propsRef.current.describedBy) {
      // Monaco puts the accessible name on its input element; the keyboard help describes it.
      host.querySelector('.native-edit-context, textarea.inputarea')?.setAttribute('aria-describedby', propsRef.current.describedBy);
    }

    // Tab is the editor's indent key. Ctrl+M (as in VS Code) toggles "Tab moves focus"; Esc arms
    // it for the next key only, so "Esc, then Tab" always leaves the editor.
    let tabMovesFocus = false;
    let escapeArmed = false;
    const applyTabMode = () => editor.updateOptions({ tabFocusMode: tabMovesFocus || escapeArmed });
    // The Ctrl key itself on every platform (Cmd+M would minimize the window on a Mac).
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
    const ctrlM = (isMac ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd) | monaco.KeyCode.KeyM;
    editor.addCommand(ctrlM, () => {
      tabMovesFocus = !tabMovesFocus;
      escapeArmed = false;
      applyTabMode();
      propsRef.current.onTabModeChange?.(tabMovesFocus);
    });
    const disposables = [
      editor.onKeyDown((e) => {
        if (e.keyCode === monaco.KeyCode.Escape) {
          escapeArmed = true;
          applyTabMode();
        } else if (escapeArmed && e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift) {
          escapeArmed = false;
          applyTabMode();
        }
      }),
      editor.onDidBlurEditorText(() => {
        if (escapeArmed) {
          escapeArmed = false;
          applyTabMode();
        }
      }),
      editor.onDidChangeModelContent(() => propsRef.current.onChange()),
      editor.onDidChangeCursorSelection((e) => {
        const s = e.selection;
        propsRef.current.onCursorChange({
          line: s.positionLineNumber,
          column: s.positionColumn,
          selectionStart: s.startLineNumber,
          selectionEnd: s.endColumn === 1 && s.endLineNumber > s.startLineNumber ? s.endLineNumber - 1 : s.endLineNumber,
          hasSelection: !s.isEmpty(),
        });
      }),
    ];

    // Follow the site's light/dark switch.
    const themeObserver = new MutationObserver(() => monaco.editor.setTheme(currentTheme()));
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

    return () => {
      themeObserver.disconnect();
      for (const d of disposables) d.dispose();
      editor.dispose();
      for (const m of modelsRef.current?.byPath.values() ?? []) {
        modelStates.delete(m);
        m.dispose();
      }
      modelsRef.current = null;
      editorRef.current = null;
    };
  }, []);

  // Another file of the project: switch to its model (each file keeps its own undo history),
  // bringing the model up to date if the file changed elsewhere (terminal, file panel).
  const { path = 'Dockerfile', language = 'dockerfile', initialValue } = props;
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const model = modelFor(path, language, initialValue);
    if (editor.getModel() !== model) {
      editor.setModel(model);
      editor.updateOptions({ ariaLabel: propsRef.current.ariaLabel });
    }
    if (model.getValue() !== initialValue) replaceText(editor, initialValue, false);
    // Only on a switch of file: later text changes arrive through the handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, language]);

  useImperativeHandle(
    ref,
    (): EditorHandle => ({
      getValue: () => editorRef.current?.getValue() ?? '',
      getVersion: () => editorRef.current?.getModel()?.getVersionId() ?? 0,
      setValue(value) {
        const editor = editorRef.current;
        if (!editor || editor.getValue() === value) return;
        // One undoable edit, so Ctrl+Z brings the learner's own text back after Reset.
        replaceText(editor, value, true);
      },
      focus: () => editorRef.current?.focus(),
      goTo(line, column) {
        const editor = editorRef.current;
        if (!editor) return;
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
        editor.focus();
      },
      selectLines(line, endLine) {
        const editor = editorRef.current;
        const model = editor?.getModel();
        if (!editor || !model) return;
        const r = toMonacoRange(lineSpan(line, endLine, modelShape(model)));
        editor.setSelection(r);
        editor.revealRangeInCenterIfOutsideViewport(r);
      },
      highlightLines(span) {
        const editor = editorRef.current;
        const model = editor?.getModel();
        if (!editor || !model || !highlightRef.current) return;
        if (!span) {
          highlightRef.current.clear();
          return;
        }
        const r = toMonacoRange(lineSpan(span.line, span.endLine, modelShape(model)));
        highlightRef.current.set([{ range: r, options: { isWholeLine: true, className: 'wb-line-highlight', linesDecorationsClassName: 'wb-line-highlight-gutter' } }]);
        editor.revealRangeInCenterIfOutsideViewport(r);
      },
      setAnalysis(diagnostics: readonly Diagnostic[], outline: readonly InstructionOutline[], version: number) {
        const model = editorRef.current?.getModel();
        if (!model) return;
        // Markers are clamped into the text as it is now (the learner may have typed on).
        const shape = modelShape(model);
        const fixes = new Map<string, Fix>();
        const markers = diagnostics.map((d) => {
          const marker = diagnosticToMarker(d, shape);
          if (d.fix) fixes.set(markerKey(marker), d.fix);
          return marker;
        });
        analyzedVersionRef.current = version;
        modelStates.set(model, { version, fixes, outline, lessons: propsRef.current.instructionLessons });
        monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
      },
      applyFix(fix) {
        const editor = editorRef.current;
        const model = editor?.getModel();
        if (!editor || !model || model.getVersionId() !== analyzedVersionRef.current) return false;
        editor.pushUndoStop();
        const ok = editor.executeEdits('layerwise-fix', fix.edits.map((e) => ({ range: toMonacoRange(e), text: e.text })));
        editor.pushUndoStop();
        return ok;
      },
    }),
    [],
  );

  return <div ref={hostRef} className="wb-monaco" data-editor="monaco" />;
});
