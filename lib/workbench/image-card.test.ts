import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { imageSummary, shellWord } from './image-card';

function card(dockerfile: string) {
  const summary = imageSummary(analyze(dockerfile));
  if (!summary) throw new Error('no image');
  return summary;
}

describe('what docker run executes (Dockerfile reference, CMD/ENTRYPOINT table)', () => {
  it('runs an exec-form CMD as written', () => {
    const c = card('FROM python:3.12-slim\nCMD ["python", "main.py"]\n').command;
    expect(c).toMatchObject({ text: 'python main.py', argv: ['python', 'main.py'], cmdForm: 'exec', entrypointForm: null });
    expect(c.note).toMatch(/If python:3.12-slim sets an ENTRYPOINT/);
  });

  it('spells a shell-form CMD out as /bin/sh -c "..."', () => {
    const c = card('FROM alpine:3.20\nCMD echo "hi" $HOME\n').command;
    expect(c.text).toBe('/bin/sh -c "echo \\"hi\\" \\$HOME"');
    expect(c.argv).toEqual(['/bin/sh', '-c', 'echo "hi" $HOME']);
    expect(c.cmdForm).toBe('shell');
  });

  it('uses the SHELL in effect for the shell form', () => {
    expect(card('FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD ls | wc -l\n').command.text).toBe('/bin/bash -o pipefail -c "ls | wc -l"');
  });

  it('appends CMD to an exec-form ENTRYPOINT', () => {
    const c = card('FROM alpine\nENTRYPOINT ["/entry.sh"]\nCMD ["serve", "--port", "80"]\n').command;
    expect(c.text).toBe('/entry.sh serve --port 80');
    expect(c.argv).toEqual(['/entry.sh', 'serve', '--port', '80']);
    expect(c.note).toMatch(/replace the CMD part/);
  });

  it('appends a shell-form CMD to an exec-form ENTRYPOINT, shell and all', () => {
    expect(card('FROM alpine\nENTRYPOINT ["exec_entry", "p1_entry"]\nCMD exec_cmd p1_cmd\n').command.text).toBe('exec_entry p1_entry /bin/sh -c "exec_cmd p1_cmd"');
  });

  it('ignores CMD under a shell-form ENTRYPOINT', () => {
    const c = card('FROM alpine\nENTRYPOINT exec top -b\nCMD ["-c"]\n').command;
    expect(c.text).toBe('/bin/sh -c "exec top -b"');
    expect(c.note).toMatch(/ignores CMD/);
  });

  it('says when nothing is set, depending on the base', () => {
    expect(card('FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n').command).toMatchObject({ text: null, note: expect.stringContaining('uses the command nginx:1.27 sets') });
    expect(card('FROM scratch\nCOPY app /app\n').command).toMatchObject({ text: null, note: expect.stringContaining('fails unless you give it a command') });
  });

  it('quotes words only when a shell would need it', () => {
    expect(shellWord('main.py')).toBe('main.py');
    expect(shellWord('hello world')).toBe('"hello world"');
    expect(shellWord('')).toBe('""');
  });
});

describe('the image card', () => {
  it('sums the layers, ports and workdir of the final stage', () => {
    const c = card('FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 9000\nCMD ["python", "main.py"]\n');
    expect(c).toMatchObject({ base: 'python:3.12-slim', layerCount: 4, workdir: '/app', workdirSetHere: true, exposedPorts: ['9000/tcp'], viaStages: [] });
  });

  it('follows FROM <stage> back to the real base image and counts the inherited layers', () => {
    const c = card('FROM node:22 AS deps\nWORKDIR /app\nRUN npm ci\nFROM deps AS test\nRUN npm test\nFROM deps\nCOPY . .\nCMD ["node", "server.js"]\n');
    expect(c).toMatchObject({ base: 'node:22', viaStages: ['deps (stage 0)'], layerCount: 3, stageLabel: 'stage 2' });
  });

  it('only counts the stage that is built, not stages used through COPY --from', () => {
    const c = card('FROM golang:1.23 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n');
    expect(c).toMatchObject({ base: 'scratch', layerCount: 1, workdirSetHere: true });
    expect(c.command.text).toBe('/app');
  });

  it('marks a workdir that is only Docker’s default', () => {
    expect(card('FROM python:3.12\nRUN true\n')).toMatchObject({ workdir: '/', workdirSetHere: false });
  });

  it('has no card without a stage', () => {
    expect(imageSummary(analyze('# nothing here\n'))).toBeNull();
  });
});
