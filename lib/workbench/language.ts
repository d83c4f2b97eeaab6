/**
 * What the learner points at or types, for hovers and completion. Hovers read the instruction
 * outline the engine produced (keyword and flag ranges); completion looks only at the text before
 * the cursor on the current line, because the analysis lags the typing by the debounce.
 */
import type { Range } from '@/lib/engine/types';
import type { InstructionOutline } from './view-model';
import { INSTRUCTION_DOCS } from './instruction-docs';

export type HoverTarget =
  | { kind: 'instruction'; keyword: string; range: Range }
  | { kind: 'flag'; keyword: string; flag: string; range: Range }
  | null;

function inside(range: Range, line: number, column: number): boolean {
  if (line < range.line || line > range.endLine) return false;
  if (line === range.line && column < range.column) return false;
  if (line === range.endLine && column >= range.endColumn) return false;
  return true;
}

/** The instruction covering a line (binary search: outlines are in file order). */
export function outlineAt(outlines: readonly InstructionOutline[], line: number): InstructionOutline | null {
  let low = 0;
  let high = outlines.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const o = outlines[mid];
    if (line < o.line) high = mid - 1;
    else if (line > o.endLine) low = mid + 1;
    else return o;
  }
  return null;
}

export function hoverTargetAt(outlines: readonly InstructionOutline[], line: number, column: number): HoverTarget {
  const o = outlineAt(outlines, line);
  if (!o) return null;
  if (inside(o.keywordRange, line, column) && o.known) return { kind: 'instruction', keyword: o.keyword, range: o.keywordRange };
  if (o.inner && inside(o.inner.range, line, column) && INSTRUCTION_DOCS[o.inner.keyword]) {
    return { kind: 'instruction', keyword: o.inner.keyword, range: o.inner.range };
  }
  for (const f of o.flags) {
    if (inside(f.range, line, column)) return { kind: 'flag', keyword: o.inner?.keyword ?? o.keyword, flag: f.name, range: f.range };
  }
  return null;
}

export type CompletionContext =
  | { kind: 'keyword'; prefix: string; startColumn: number }
  | { kind: 'flag'; keyword: string; prefix: string; startColumn: number }
  | null;

/**
 * What to complete at `column` (1-based) of `lineText`. `continues` is the keyword of the
 * instruction this line continues (a line after `RUN a \`), or null when the line starts fresh.
 */
export function completionContextAt(lineText: string, column: number, continues: string | null): CompletionContext {
  const before = lineText.slice(0, Math.max(0, column - 1));
  if (continues === null) {
    const word = /^\s*([A-Za-z]*)$/.exec(before);
    if (word) return { kind: 'keyword', prefix: word[1], startColumn: column - word[1].length };
    const flag = /^\s*([A-Za-z]+)\s+(?:--[\w-]+(?:=\S*)?\s+)*--([\w-]*)$/.exec(before);
    if (flag) return { kind: 'flag', keyword: flag[1].toUpperCase(), prefix: flag[2], startColumn: column - flag[2].length - 2 };
    return null;
  }
  // A continuation line of an instruction whose flags are still being written.
  const flag = /^\s*(?:--[\w-]+(?:=\S*)?\s+)*--([\w-]*)$/.exec(before);
  if (flag) return { kind: 'flag', keyword: continues.toUpperCase(), prefix: flag[1], startColumn: column - flag[1].length - 2 };
  return null;
}
