/**
 * Command history for the terminal, as bash's readline does it: Up walks back through earlier
 * commands, Down walks forward, and stepping past the newest entry restores what was being typed.
 * Pure state transitions, so the keyboard behaviour can be tested without a browser.
 */
export interface HistoryState {
  /** Commands run, oldest first. */
  entries: string[];
  /** Index into entries being shown, or null while editing the new line. */
  position: number | null;
  /** The unfinished line, kept while browsing so Down can bring it back. */
  draft: string;
}

export const emptyHistory: HistoryState = { entries: [], position: null, draft: '' };

/** Records a command that was run. Blank lines and an immediate repeat are not stored (bash's ignoreboth). */
export function recordCommand(state: HistoryState, command: string): HistoryState {
  const trimmed = command.trim();
  const last = state.entries[state.entries.length - 1];
  const entries = trimmed === '' || trimmed === last ? state.entries : [...state.entries, trimmed];
  return { entries, position: null, draft: '' };
}

/** Up arrow: the previous command, or the same one when already at the oldest. */
export function historyUp(state: HistoryState, currentLine: string): { state: HistoryState; line: string } {
  if (state.entries.length === 0) return { state, line: currentLine };
  if (state.position === null) {
    const position = state.entries.length - 1;
    return { state: { ...state, position, draft: currentLine }, line: state.entries[position] };
  }
  const position = Math.max(0, state.position - 1);
  return { state: { ...state, position }, line: state.entries[position] };
}

/** Down arrow: the next command, then back to the line that was being typed. */
export function historyDown(state: HistoryState, currentLine: string): { state: HistoryState; line: string } {
  if (state.position === null) return { state, line: currentLine };
  if (state.position >= state.entries.length - 1) {
    return { state: { ...state, position: null, draft: '' }, line: state.draft };
  }
  const position = state.position + 1;
  return { state: { ...state, position }, line: state.entries[position] };
}
