/** Reading BuildKit's plain progress log (what the simulated terminal prints for a build). */

/** The lines that name a build step ("[2/5] WORKDIR /app  0.1s", "CACHED [3/5] COPY …  0.0s"). */
export function logStepLines(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => /^ => (CACHED )?\[[^\]]*\d+\/\d+\]/.test(l))
    .map((l) => l.replace(/^ => /, '').replace(/\s+(\d+(\.\d+)?s)$/, '  $1').trimEnd());
}

/** The last `count` non-empty lines of a terminal's output (an error is at the end). */
export function tailLines(output: string, count = 12): string {
  const lines = output.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(-count).join('\n');
}
