/**
 * lw-run-starts-app: a RUN that starts the application (`RUN python main.py`,
 * `RUN npm start`...). RUN executes while the image is built; CMD says what a container
 * runs when it starts (https://docs.docker.com/reference/dockerfile/#cmd).
 */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { effectiveCommand } from '../hadolint/shell';
import { firstLineOf, itemsOf, runShell } from '../hadolint/support';
import { startsApplication } from './app-commands';
import { scriptToSource } from './support';

/** `CMD ["python", "main.py"]`, or the shell form when a word needs the shell ($, `...`). */
function cmdSuggestion(words: string[]): string {
  if (words.some((w) => /[$`]/.test(w))) return `CMD ${words.join(' ')}`;
  return `CMD [${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

export const runStartsApp: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'RUN')) {
    for (const command of runShell(item.instr).commands) {
      const effective = effectiveCommand(command);
      if (!effective || !startsApplication(effective.name, effective.args)) continue;
      const words = [effective.name, ...effective.args];
      const shown = words.join(' ');
      const toSource = item.instr === item.written ? scriptToSource(item.instr) : null;
      const range = toSource ? toSource(command.start, command.end) : firstLineOf(ctx, item.written);
      out.push({
        ...range,
        code: 'lw-run-starts-app',
        severity: 'warning',
        message:
          `RUN runs "${shown}" once, while the image is being built, not when a container starts. ` +
          `If it starts a server, the build hangs waiting for it to finish; if it runs and exits, your container will not run it. ` +
          `To start the app when the container starts, use CMD instead: ${cmdSuggestion(words)}`,
      });
      break; // one report per RUN
    }
  }
  return out;
};
