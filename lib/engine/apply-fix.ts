/**
 * Applying a Diagnostic.fix to plain text: the textarea editor does (Monaco applies the same
 * edits itself, through executeEdits, so they land on its undo stack), and the rule tests check
 * the fixed text with it.
 */
import type { Fix } from './types';
import { positionToOffset } from './text-positions';

/**
 * Applies every edit of a fix to `source`. The edits' ranges refer to `source` as it was analyzed,
 * so they are applied from the last to the first: earlier offsets stay valid. Returns null when
 * the edits overlap (the fix is not certain any more and must not be applied).
 */
export function applyFix(source: string, fix: Fix): string | null {
  const spans = fix.edits
    .map((e) => ({ start: positionToOffset(source, e.line, e.column), end: positionToOffset(source, e.endLine, e.endColumn), text: e.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = source;
  let limit = Infinity;
  for (const span of spans) {
    if (span.end < span.start || span.end > limit) return null;
    result = result.slice(0, span.start) + span.text + result.slice(span.end);
    limit = span.start;
  }
  return result;
}
