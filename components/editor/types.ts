import type { Diagnostic, Fix } from '@/lib/engine/types';
import type { InstructionOutline } from '@/lib/workbench/view-model';

/** Where the cursor is, for the status line and the layer view. */
export interface CursorInfo {
  line: number;
  column: number;
  /** First and last line of the selection (equal to `line` when nothing is selected). */
  selectionStart: number;
  selectionEnd: number;
  hasSelection: boolean;
}

/** What the workbench asks of an editor, whichever one loaded (Monaco or the plain textarea). */
export interface EditorHandle {
  getValue(): string;
  /** Changes with every edit; an analysis remembers the version it was computed for. */
  getVersion(): number;
  /** Replaces the whole text as one undoable edit (so "Reset" can be undone). */
  setValue(value: string): void;
  focus(): void;
  /** Moves the cursor to a position, scrolls it into view and focuses the editor. */
  goTo(line: number, column: number): void;
  /** Selects whole lines (a layer's instruction) and scrolls them into view, leaving focus where it is. */
  selectLines(line: number, endLine: number): void;
  /** Highlights lines while a layer is hovered or focused; null clears. */
  highlightLines(span: { line: number; endLine: number } | null): void;
  /** Shows the diagnostics of the analysis of text version `version` (markers, quick fixes). */
  setAnalysis(diagnostics: readonly Diagnostic[], outline: readonly InstructionOutline[], version: number): void;
  /** Applies a quick fix; false when the text changed since the analysis (the fix may not fit). */
  applyFix(fix: Fix): boolean;
}

export interface EditorProps {
  /** The text the editor opens `path` with (later changes come through the handle). */
  initialValue: string;
  /** Project path of the file shown; a new path switches the editor to that file. */
  path?: string;
  /** Monaco language id: "dockerfile", "python", "shell", "markdown" or "plaintext". */
  language?: string;
  /** Accessible name of the editing area. */
  ariaLabel: string;
  /** Called on every change; the workbench debounces the analysis itself. */
  onChange(): void;
  onCursorChange(cursor: CursorInfo): void;
  /** Tab moves focus (true) or inserts a tab (false); Monaco only. */
  onTabModeChange?(tabMovesFocus: boolean): void;
  /** "/learn/<slug>#<step>" per instruction keyword, for hover links. */
  instructionLessons: Record<string, string>;
  /** Id of the element describing the keyboard help, for aria-describedby. */
  describedBy?: string;
}
