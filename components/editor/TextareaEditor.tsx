'use client';

/**
 * The fallback editor: a plain textarea, used on touch devices (Monaco is built for a mouse and a
 * keyboard) and whenever Monaco cannot load. The workbench around it is the same: problems list,
 * quick fixes from the list, layer view and image card. Tab keeps its usual meaning here.
 */
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { applyFix } from '@/lib/engine/apply-fix';
import { offsetToPosition, positionToOffset } from '@/lib/workbench/ranges';
import type { EditorHandle, EditorProps } from './types';

export const TextareaEditor = forwardRef<EditorHandle, EditorProps>(function TextareaEditor(props, ref) {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const versionRef = useRef(1);
  const analyzedVersionRef = useRef(0);

  const reportCursor = () => {
    const area = areaRef.current;
    if (!area) return;
    const text = area.value;
    const start = offsetToPosition(text, area.selectionStart);
    const end = offsetToPosition(text, area.selectionEnd);
    const head = area.selectionDirection === 'backward' ? start : end;
    props.onCursorChange({
      line: head.line,
      column: head.column,
      selectionStart: start.line,
      selectionEnd: end.column === 1 && end.line > start.line ? end.line - 1 : end.line,
      hasSelection: area.selectionStart !== area.selectionEnd,
    });
  };

  const replaceAll = (value: string) => {
    const area = areaRef.current;
    if (!area) return;
    area.focus();
    area.select();
    // execCommand keeps the browser's undo history; assigning .value would wipe it.
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, value);
    if (!inserted || area.value !== value) {
      area.value = value;
      versionRef.current++;
      props.onChange();
    }
  };

  useImperativeHandle(ref, (): EditorHandle => ({
    getValue: () => areaRef.current?.value ?? '',
    getVersion: () => versionRef.current,
    setValue(value) {
      replaceAll(value);
      areaRef.current?.setSelectionRange(0, 0);
      if (areaRef.current) areaRef.current.scrollTop = 0;
    },
    focus: () => areaRef.current?.focus(),
    goTo(line, column) {
      const area = areaRef.current;
      if (!area) return;
      const offset = positionToOffset(area.value, line, column);
      area.focus();
      area.setSelectionRange(offset, offset);
      reportCursor();
    },
    selectLines(line, endLine) {
      const area = areaRef.current;
      if (!area) return;
      const start = positionToOffset(area.value, line, 1);
      const end = positionToOffset(area.value, endLine, Number.MAX_SAFE_INTEGER);
      // A textarea shows its selection only while focused.
      area.focus();
      area.setSelectionRange(start, end);
      reportCursor();
    },
    highlightLines() {
      // A textarea cannot highlight lines without selecting them; hover does nothing here.
    },
    setAnalysis(_diagnostics, _outline, version) {
      analyzedVersionRef.current = version;
    },
    applyFix(fix) {
      const area = areaRef.current;
      if (!area || analyzedVersionRef.current !== versionRef.current) return false;
      const fixed = applyFix(area.value, fix);
      if (fixed === null) return false;
      replaceAll(fixed);
      return true;
    },
  }));

  return (
    <textarea
      ref={areaRef}
      className="wb-textarea"
      data-editor="textarea"
      defaultValue={props.initialValue}
      aria-label={props.ariaLabel}
      aria-describedby={props.describedBy}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      autoComplete="off"
      wrap="off"
      onInput={() => {
        versionRef.current++;
        props.onChange();
      }}
      onSelect={reportCursor}
      onKeyUp={reportCursor}
      onClick={reportCursor}
    />
  );
});
