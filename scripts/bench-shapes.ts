/**
 * Generated Dockerfiles of one shape each, for the engine bench (issue 12): inputs whose
 * cost grows with one thing at a time (ENV, ARG chains, LABEL, EXPOSE, one long line
 * with many variables, many stages, a mixed file), at a chosen number of lines.
 */

import { seededRandom } from '../lib/quiz/exam';

export interface Shape {
  name: string;
  /** What the shape stresses, for the printed table. */
  about: string;
  /** A Dockerfile of about `lines` lines (for `long-line`: that many pairs on one line). */
  generate(lines: number): string;
}

function repeat(n: number, line: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(line(i));
  return out.join('\n');
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'env',
    about: 'FROM alpine, then one ENV Vi=x per line',
    generate: (n) => `FROM alpine\n${repeat(n - 1, (i) => `ENV V${i}=x`)}\n`,
  },
  {
    name: 'arg-chain',
    about: 'ARG Ai=${A(i-1)}x per line, each default built on the previous one',
    generate: (n) => `FROM alpine\nARG A0=x\n${repeat(n - 2, (i) => `ARG A${i + 1}=\${A${i}}x`)}\n`,
  },
  {
    name: 'label',
    about: 'FROM alpine, then one LABEL ki=v per line',
    generate: (n) => `FROM alpine\n${repeat(n - 1, (i) => `LABEL k${i}=v`)}\n`,
  },
  {
    name: 'expose',
    about: 'FROM alpine, then one EXPOSE per line',
    generate: (n) => `FROM alpine\n${repeat(n - 1, (i) => `EXPOSE ${1000 + (i % 60000)}/${i % 2 ? 'udp' : 'tcp'}`)}\n`,
  },
  {
    name: 'long-line',
    about: 'one ENV line with n pairs Vi=$V(i-1)',
    generate: (n) => `FROM alpine\nENV V0=x ${repeat(n - 1, (i) => `V${i + 1}=$V${i}`).replace(/\n/g, ' ')}\n`,
  },
  {
    name: 'stages',
    about: 'a chain of stages, each FROM the previous one, with ENV and COPY --from',
    generate: (n) =>
      `FROM alpine AS s0\n${repeat(Math.max(1, Math.floor((n - 1) / 3)), (i) => `FROM s${i} AS s${i + 1}\nENV S${i}=\${S${Math.max(0, i - 1)}}y\nCOPY --from=s0 /etc/hostname /h${i}`)}\n`,
  },
  {
    name: 'mixed',
    about: 'RUN with continuations, COPY, ENV, LABEL with comments, in turn',
    generate: (n) => {
      const block = (i: number) =>
        `RUN apt-get update \\\n && apt-get install -y curl${i} \\\n && rm -rf /var/lib/apt/lists/*\nCOPY src${i}/ /app/src${i}/\nENV APP_${i}=/app/src${i} PATH=/app/bin${i}:$PATH\n# the owner of part ${i}\nLABEL part.${i}="\${APP_${i}}" \\\n  # a comment inside\n  owner.${i}=team`;
      const perBlock = 9;
      return `FROM debian:bookworm-slim\nWORKDIR /app\n${repeat(Math.max(1, Math.round((n - 2) / perBlock)), block)}\nCMD ["app"]\n`;
    },
  },
];

/** Inputs at the edge of what the engine reads, timed once each for the worst case. */
export const EXTREMES: ReadonlyArray<{ name: string; text: () => string }> = [
  { name: '1 MB RUN line', text: () => `FROM alpine\nRUN ${'echo hello && '.repeat(70_000)}true\n` },
  { name: '1,000 stages', text: () => repeat(1000, (i) => `FROM alpine AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a${i}`) + '\n' },
  { name: '2,000 heredocs', text: () => `FROM alpine\n${repeat(2000, (i) => `RUN <<EOF${i}\necho ${i}\nEOF${i}`)}\n` },
  { name: '20,000 continuations', text: () => `FROM alpine\nRUN true \\\n${repeat(20_000, (i) => `  && echo ${i} \\`)}\n  && true\n` },
  // A learner pastes a shell script into the editor: every line is an unknown instruction.
  { name: 'a 3,000-line shell script', text: () => `FROM alpine\n${repeat(3000, (i) => ['apt-get update', `cd /srv/app${i}`, `export V${i}=1`, `echo "step ${i}"`][i % 4])}\n` },
];

/** A small deterministic PRNG (mulberry32, lib/quiz/exam.ts), so every run mutates the same way. */
export const random = seededRandom;

const FRAGMENTS = ['$HOME', '${A:-x}', '"', "'", '\\', ' \\', '<<EOF', '--from=build', '=', ' AS b', '[', ']', '# c', 'ARG A=${B}', 'ENV X=$Y'];

/**
 * A mutant of `text`: lines duplicated (some many times, to grow the file), deleted or
 * swapped, and fragments that matter to the parser inserted at random places.
 */
export function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(next() * lines.length);
  for (let edits = 1 + Math.floor(next() * 6); edits > 0 && lines.length > 0; edits--) {
    const at = pick();
    const op = Math.floor(next() * 5);
    if (op === 0) lines.splice(at, 0, ...Array<string>(1 + Math.floor(next() * 300)).fill(lines[at]));
    else if (op === 1) lines.splice(at, 1);
    else if (op === 2) {
      const other = pick();
      [lines[at], lines[other]] = [lines[other], lines[at]];
    }
    else {
      const line = lines[at];
      const col = Math.floor(next() * (line.length + 1));
      lines[at] = line.slice(0, col) + FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] + line.slice(col);
    }
  }
  return lines.join('\n');
}
