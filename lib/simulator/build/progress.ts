/**
 * BuildKit progress as structured vertices, rendered either like `--progress=plain`
 * (`#5 [2/5] WORKDIR /app`, `#5 CACHED`, `#5 DONE 0.1s`) or like the final frame of the
 * default TTY display (`[+] Building 12.3s (10/10) FINISHED`, ` => CACHED [2/5] ...`).
 */
import { seconds1 } from '../format';

export interface VertexStatus {
  /** e.g. "transferring dockerfile: 187B" */
  text: string;
  /** Seconds shown before "done" ("0.3s done"); omitted for instant statuses. */
  time?: number;
}

export interface Vertex {
  index: number;
  name: string;
  cached: boolean;
  statuses: VertexStatus[];
  /** Command output lines, already prefixed with their timestamp ("0.215 ..."). */
  logs: string[];
  warnings: string[];
  duration: number;
  error?: string;
}

export class Progress {
  readonly vertices: Vertex[] = [];

  start(name: string): Vertex {
    const vertex: Vertex = { index: this.vertices.length + 1, name, cached: false, statuses: [], logs: [], warnings: [], duration: 0 };
    this.vertices.push(vertex);
    return vertex;
  }
}

export function renderPlain(vertices: Vertex[], header = true): string {
  const blocks: string[] = [];
  if (header) blocks.push('#0 building with "default" instance using docker driver');
  for (const v of vertices) {
    const p = `#${v.index}`;
    const lines = [`${p} ${v.name}`];
    if (v.cached) lines.push(`${p} CACHED`);
    else {
      for (const s of v.statuses) lines.push(`${p} ${s.text} ${s.time !== undefined ? `${seconds1(s.time)} ` : ''}done`);
      for (const log of v.logs) lines.push(`${p} ${log}`);
      for (const w of v.warnings) lines.push(`${p} WARN: ${w}`);
      lines.push(v.error !== undefined ? `${p} ERROR: ${v.error}` : `${p} DONE ${seconds1(v.duration)}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

const TTY_WIDTH = 100;

function ttyLine(prefix: string, text: string, time: number | null): string {
  const right = time === null ? '' : seconds1(time);
  const room = TTY_WIDTH - prefix.length - right.length - 1;
  const body = text.length > room ? text.slice(0, Math.max(0, room)) : text.padEnd(room);
  return `${prefix}${body} ${right}`.trimEnd();
}

/** The last frame of the default (TTY) progress display. */
export function renderTty(vertices: Vertex[], total: number): string {
  const done = vertices.filter((v) => v.error === undefined).length;
  const title = `[+] Building ${seconds1(total)} (${done}/${vertices.length}) FINISHED`;
  const lines = [title.padEnd(TTY_WIDTH - 'docker:default'.length) + 'docker:default'];
  for (const v of vertices) {
    const state = v.error !== undefined ? 'ERROR ' : v.cached ? 'CACHED ' : '';
    lines.push(ttyLine(' => ', state + v.name, v.cached ? 0 : v.duration));
    if (v.cached) continue;
    for (const s of v.statuses) lines.push(ttyLine(' => => ', s.text, s.time ?? 0));
    for (const w of v.warnings) lines.push(ttyLine(' => ', `WARN: ${w}`, 0));
  }
  return lines.join('\n');
}
