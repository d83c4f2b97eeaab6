/**
 * The few RUN failures the simulator can know for sure without running anything:
 * - the command is a file the Dockerfile copied in without the execute bit, e.g. the course
 *   notes' `RUN hello_world/requirements.txt` (exit 126, "Permission denied");
 * - the command is a relative path nothing could have created (exit 127, "not found");
 * - a package manager the base distribution does not have (`apt-get` on Alpine, exit 127).
 * Messages are /bin/sh's: dash on Debian/Ubuntu ("/bin/sh: 1: x: not found"), BusyBox ash
 * on Alpine ("/bin/sh: x: not found").
 */
import { isExecutable } from '../context';
import { cleanPath } from '../paths';
import { packageManagers, shellFlavor } from '../registry';
import type { ImageOs } from '../types';
import type { StageFs } from './stage-fs';

export interface RunFailure {
  exitCode: number;
  output: string;
}

function firstWord(command: string): string | null {
  let text = command.trim();
  // Leading assignments (`DEBIAN_FRONTEND=noninteractive apt-get ...`) are not the program.
  while (/^[A-Za-z_][A-Za-z0-9_]*=\S*\s+/.test(text)) text = text.replace(/^[A-Za-z_][A-Za-z0-9_]*=\S*\s+/, '');
  const m = /^[^\s;&|<>()'"`$\\]+/.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // A word glued to quotes or expansions is not a plain program name.
  if (rest !== '' && !/^[\s;&|]/.test(rest)) return null;
  return m[0];
}

export function simulatedRunFailure(
  command: string,
  shell: string[],
  workdir: string,
  fs: StageFs,
  os: ImageOs | undefined,
): RunFailure | null {
  // FROM scratch has no /bin/sh at all: that failure comes from the runtime, not simulated.
  if (shell.join(' ') !== '/bin/sh -c' || os === 'scratch') return null;
  const word = firstWord(command);
  if (!word) return null;
  const flavor = shellFlavor(os);
  const say = (what: string) => (flavor === 'dash' ? `/bin/sh: 1: ${word}: ${what}` : `/bin/sh: ${word}: ${what}`);

  if (word.includes('/')) {
    const path = cleanPath(word.startsWith('/') ? word : `${workdir}/${word}`);
    const file = fs.files.get(path);
    if (file) return isExecutable(file.mode) ? null : { exitCode: 126, output: say('Permission denied') };
    // Nothing but COPY put files into this stage's own directories, and not this one: it
    // cannot exist. (Only for a relative path under a WORKDIR the Dockerfile created, since
    // base images ship files in their system directories.)
    const systemDir = /^\/(usr|bin|sbin|etc|lib|lib64|opt|var|go|root|home|srv|tmp)(\/|$)/.test(workdir);
    if (!fs.hasRun && !word.startsWith('/') && workdir !== '/' && !systemDir) {
      return { exitCode: 127, output: say('not found') };
    }
    return null;
  }
  const managers = packageManagers(os);
  const known = ['apt-get', 'apt', 'apk', 'dnf', 'yum'];
  if (managers && known.includes(word) && !managers.includes(word)) return { exitCode: 127, output: say('not found') };
  return null;
}
