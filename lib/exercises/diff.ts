/**
 * "Show solution": the solution as a line diff against the learner's text (jsdiff's diffLines,
 * Myers' algorithm), so the learner sees what would change before confirming.
 */
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** 1-based line in the learner's text (same, removed). */
  oldLine?: number;
  /** 1-based line in the solution (same, added). */
  newLine?: number;
}

export interface SolutionDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
  /** False when the learner's text already is the solution. */
  changed: boolean;
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function solutionDiff(learnerText: string, solutionText: string): SolutionDiff {
  const normalise = (t: string) => t.replace(/\r\n?/g, '\n');
  const lines: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (const part of diffLines(normalise(learnerText), normalise(solutionText))) {
    for (const text of splitLines(part.value)) {
      if (part.added) {
        lines.push({ kind: 'added', text, newLine: newLine++ });
        added++;
      } else if (part.removed) {
        lines.push({ kind: 'removed', text, oldLine: oldLine++ });
        removed++;
      } else lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return { lines, added, removed, changed: added + removed > 0 };
}

/** One diff per file the solution changes, against the learner's version (empty when the file is missing). */
export function solutionDiffs(solutionFiles: Record<string, string>, read: (path: string) => string | undefined): Array<{ path: string; diff: SolutionDiff }> {
  return Object.entries(solutionFiles).map(([path, text]) => ({ path, diff: solutionDiff(read(path) ?? '', text) }));
}
