/**
 * How the problems list shows a diagnostic's message. The first line is the sentence(s) that say
 * what is wrong. Some rules add more lines after it: Dockerfile lines they suggest (lw-cache-order's
 * reordering) or the exact error Docker prints (lw-exec-form-no-space, lw-unknown-instruction),
 * sometimes followed by a last piece of advice. Those lines are literal text, shown as code blocks,
 * not run into the sentence.
 */
export interface MessagePart {
  kind: 'text' | 'code';
  /** Prose lines are joined by spaces; code keeps one line per line. */
  text: string;
}

export interface ProblemMessage {
  /** The first line: what is wrong, in sentences. */
  text: string;
  /** What follows, in order: code blocks and further sentences. Empty for a one-line message. */
  more: MessagePart[];
}

const INSTRUCTION_LINE =
  /^(?:FROM|RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|LABEL|USER|VOLUME|SHELL|HEALTHCHECK|STOPSIGNAL|ONBUILD|MAINTAINER)(?:\s|\[|$)/;
const DOCKER_OUTPUT_LINE = /^(?:dockerfile parse error\b|ERROR:|failed to )/;

/** Whether a line after the first is literal Dockerfile text or Docker output. */
function isCode(line: string): boolean {
  return INSTRUCTION_LINE.test(line) || DOCKER_OUTPUT_LINE.test(line);
}

export function problemMessage(message: string): ProblemMessage {
  const [first, ...rest] = message.replace(/\s+$/, '').split('\n');
  const more: MessagePart[] = [];
  for (const line of rest) {
    if (line.trim() === '') continue;
    const kind = isCode(line) ? 'code' : 'text';
    const last = more[more.length - 1];
    if (last && last.kind === kind) last.text += kind === 'code' ? `\n${line}` : ` ${line.trim()}`;
    else more.push({ kind, text: kind === 'code' ? line : line.trim() });
  }
  return { text: first.trimEnd(), more };
}
