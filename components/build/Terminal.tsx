'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { emptyHistory, historyDown, historyUp, recordCommand } from './history';

export interface TerminalEntry {
  id: number;
  prompt: string;
  command: string;
  output: string;
  exitCode: number;
}

/** The transcript as a user would copy it from a real terminal: prompt, command, output. */
export function transcriptText(entries: TerminalEntry[]): string {
  return entries.map((e) => `${e.prompt} ${e.command}${e.output ? `\n${e.output}` : ''}`).join('\n');
}

/**
 * A simulated shell: a labelled command input with bash-like history (Up/Down), the output in a
 * live region (role="log") rendered verbatim in monospace, and a button that copies it all.
 */
export function Terminal({
  entries,
  prompt,
  onRun,
  suggestedCommand,
  inputRef,
}: {
  entries: TerminalEntry[];
  prompt: string;
  onRun: (command: string) => void;
  suggestedCommand?: string;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const [line, setLine] = useState(suggestedCommand ?? '');
  const [history, setHistory] = useState(emptyHistory);
  const [copyStatus, setCopyStatus] = useState('');
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const log = useRef<HTMLDivElement>(null);

  // Like a real terminal, keep the newest output in view.
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [entries]);

  function run() {
    onRun(line);
    setHistory((h) => recordCommand(h, line));
    setLine('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const step = event.key === 'ArrowUp' ? historyUp(history, line) : historyDown(history, line);
      setHistory(step.state);
      setLine(step.line);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(transcriptText(entries));
      setCopyStatus('Output copied');
    } catch {
      setCopyStatus('Could not copy: select the text instead');
    }
    window.setTimeout(() => setCopyStatus(''), 2500);
  }

  function suggest() {
    setLine(suggestedCommand ?? '');
    input.current?.focus();
  }

  return (
    <div className="terminal">
      <div className="terminal-toolbar">
        <span className="terminal-title" id={`${id}-title`}>
          Terminal
        </span>
        <button type="button" className="button button-secondary button-small" onClick={copy} disabled={entries.length === 0}>
          Copy output
        </button>
        <span role="status" className="terminal-status">
          {copyStatus}
        </span>
      </div>
      <div className="terminal-screen">
        <div ref={log} role="log" aria-labelledby={`${id}-title`} className="terminal-log" tabIndex={0}>
          {entries.length === 0 ? <p className="terminal-hint">Type a command below and press Enter. Try help.</p> : null}
          {entries.map((entry) => (
            <div key={entry.id} className="terminal-entry">
              <pre className="terminal-command">
                <span className="terminal-prompt">{entry.prompt}</span> {entry.command}
              </pre>
              {entry.output ? <pre className={entry.exitCode === 0 ? 'terminal-output' : 'terminal-output terminal-output-error'}>{entry.output}</pre> : null}
            </div>
          ))}
        </div>
        <form
          className="terminal-input-row"
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <span className="terminal-prompt" aria-hidden="true">
            {prompt}
          </span>
          <label htmlFor={`${id}-input`} className="visually-hidden">
            Command
          </label>
          <input
            id={`${id}-input`}
            ref={input}
            className="terminal-input"
            value={line}
            onChange={(e) => setLine(e.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={`${id}-keys`}
          />
          <button type="submit" className="button button-small">
            Run
          </button>
        </form>
      </div>
      <div className="terminal-keys">
        <p id={`${id}-keys`}>Enter runs the command; Up and Down recall earlier ones.</p>
        {suggestedCommand ? (
          <button type="button" className="button button-secondary button-small" onClick={suggest}>
            Suggested: <code>{suggestedCommand}</code>
          </button>
        ) : null}
      </div>
    </div>
  );
}
