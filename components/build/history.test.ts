import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyHistory, historyDown, historyUp, recordCommand, type HistoryState } from './history';

const withCommands = (...commands: string[]) => commands.reduce(recordCommand, emptyHistory);

describe('terminal history', () => {
  it('Up recalls the newest command first, then older ones, and stops at the oldest', () => {
    let state = withCommands('ls', 'docker build -t a .', 'docker images');
    const seen: string[] = [];
    let line = '';
    for (let i = 0; i < 4; i++) {
      ({ state, line } = historyUp(state, line));
      seen.push(line);
    }
    expect(seen).toEqual(['docker images', 'docker build -t a .', 'ls', 'ls']);
  });

  it('Down walks forward and past the newest brings back the line being typed', () => {
    let state = withCommands('ls', 'pwd');
    let line = 'docker bu';
    ({ state, line } = historyUp(state, line));
    ({ state, line } = historyUp(state, line));
    expect(line).toBe('ls');
    ({ state, line } = historyDown(state, line));
    expect(line).toBe('pwd');
    ({ state, line } = historyDown(state, line));
    expect(line).toBe('docker bu');
    // Down with nothing to go to keeps the line as it is.
    expect(historyDown(state, 'x').line).toBe('x');
  });

  it('does not store blank lines or an immediate repeat, as bash with ignoreboth', () => {
    expect(withCommands('ls', '  ', 'ls', 'pwd', 'ls').entries).toEqual(['ls', 'pwd', 'ls']);
  });

  it('Up on an empty history leaves the line unchanged', () => {
    expect(historyUp(emptyHistory, 'abc')).toEqual({ state: emptyHistory, line: 'abc' });
  });

  it('any sequence of Up presses followed by as many Down presses returns to the draft', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z ]{1,8}$/), { maxLength: 6 }), fc.nat(8), fc.string(), (commands, presses, draft) => {
        let state: HistoryState = withCommands(...commands);
        let line = draft;
        const ups = Math.min(presses, state.entries.length);
        for (let i = 0; i < presses; i++) ({ state, line } = historyUp(state, line));
        for (let i = 0; i < Math.max(ups, 1); i++) ({ state, line } = historyDown(state, line));
        expect(line).toBe(draft);
        expect(state.position).toBeNull();
      }),
    );
  });
});
