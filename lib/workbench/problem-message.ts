/**
 * How the problems list shows a diagnostic's message. A message is prose; a rule that suggests
 * Dockerfile lines (lw-cache-order's reordering) puts them after the prose, one per line, following
 * the first line break. Those lines are code, shown as a block, not run into the sentence.
 */
export interface ProblemMessage {
  /** The sentences, on one line. */
  text: string;
  /** Suggested Dockerfile lines, or null when the message has none. */
  code: string | null;
}

export function problemMessage(message: string): ProblemMessage {
  const newline = message.indexOf('\n');
  if (newline < 0) return { text: message, code: null };
  const code = message
    .slice(newline + 1)
    .replace(/^\n+|\s+$/g, '');
  return { text: message.slice(0, newline).trimEnd(), code: code === '' ? null : code };
}
