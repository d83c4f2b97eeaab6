/**
 * lw-run-data-file: `RUN requirements.txt`. The shell tries to execute the file, which
 * is data, not a program. The step fails with "not found" (exit code 127) or, for a
 * path with a slash to a file that exists but is not executable, "Permission denied"
 * (exit code 126): the POSIX shell's exit statuses for those cases.
 */
import type { Check, Diagnostic, Fix } from '@/lib/engine/types';
import { effectiveCommand, type ShellCommand } from '../hadolint/shell';
import { firstLineOf, itemsOf, runShell, type Item } from '../hadolint/support';
import { manifestKind } from './manifests';
import { scriptToSource } from './support';

function replaceWordFix(item: Item, command: ShellCommand, file: string, replacement: string): Fix | undefined {
  if (item.instr !== item.written) return undefined;
  const toSource = scriptToSource(item.instr);
  const script = runShell(item.instr).original;
  const word = command.words.find((w) => w.value === file && script.slice(w.start, w.end) === w.raw);
  if (!toSource || !word) return undefined;
  return { title: `Replace with ${replacement}`, edits: [{ ...toSource(word.start, word.end), text: replacement }] };
}

export const runDataFile: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'RUN')) {
    for (const command of runShell(item.instr).commands) {
      const effective = effectiveCommand(command);
      const kind = effective && manifestKind(effective.name);
      if (!effective || !kind) continue;
      const file = effective.name;
      const install = kind.install(file);
      const failure = file.includes('/')
        ? 'the shell reports "not found" (exit code 127), or "Permission denied" (exit code 126) if the file is in the image but not executable'
        : 'the shell looks for a program with that name and reports "not found" (exit code 127)';
      const toSource = item.instr === item.written ? scriptToSource(item.instr) : null;
      const diagnostic: Diagnostic = {
        ...(toSource ? toSource(command.start, command.end) : firstLineOf(ctx, item.written)),
        code: 'lw-run-data-file',
        severity: 'error',
        message:
          `"${file}" is ${kind.what}, not a program, but RUN asks the shell to execute it, so the step fails: ${failure}. ` +
          `To install what it lists, run the installer: RUN ${install}` +
          (kind.note ? ` (${kind.note})` : ''),
      };
      const fix = replaceWordFix(item, command, file, install);
      if (fix) diagnostic.fix = fix;
      out.push(diagnostic);
      break; // one report per RUN
    }
  }
  return out;
};
