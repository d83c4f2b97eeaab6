/**
 * The Dockerfiles of the course notes the lessons follow contain
 * the mistakes the learner rules exist for. Each is checked as a learner would type it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';

const codesByLine = (source: string, codes: string[]) =>
  analyze(source)
    .diagnostics.filter((d) => codes.includes(d.code))
    .map((d) => [d.line, d.code]);

const LEARNER = ['lw-exec-form-no-space', 'lw-unknown-instruction', 'lw-run-starts-app', 'lw-run-data-file', 'lw-cache-order', 'lw-expose-host-mapping'];

describe('the course notes', () => {
  it('"Docker Cache" before the fix: data-file RUN, cache order, missing space', () => {
    const source = [
      'FROM python:3.9',
      '',
      'WORKDIR /app',
      '',
      'COPY python/hello_world ./hello_world',
      '',
      'RUN hello_world/requirements.txt',
      '',
      'EXPOSE 9000',
      '',
      'CMD["python", "hello_world/main.py"]',
      '',
    ].join('\n');
    expect(codesByLine(source, LEARNER)).toEqual([
      [5, 'lw-cache-order'],
      [7, 'lw-run-data-file'],
      [11, 'lw-exec-form-no-space'],
    ]);
  });

  it('the final Dockerfile: manifest copied first, so only the data-file RUN and the missing space', () => {
    const source = [
      'FROM python:3.9',
      '',
      'WORKDIR /app',
      '',
      'COPY python/hello_world/requirements.txt ./hello_world/requirements.txt',
      '',
      'RUN hello_world/requirements.txt',
      '',
      'COPY python/hello_world ./hello_world',
      '',
      '',
      'EXPOSE 9000',
      '',
      'CMD["python", "hello_world/main.py"]',
      '',
    ].join('\n');
    expect(codesByLine(source, LEARNER)).toEqual([
      [7, 'lw-run-data-file'],
      [14, 'lw-exec-form-no-space'],
    ]);
    const dataFile = analyze(source).diagnostics.find((d) => d.code === 'lw-run-data-file');
    expect(dataFile?.message).toContain('RUN pip install --no-cache-dir -r hello_world/requirements.txt');
  });

  it('step 5 (indented in the notes, with a tab after the CMD line): RUN hello/requirements.txt', () => {
    const source = ['\tFROM python:3.9', '\t', '\tWORKDIR /app', '\t', '\tCOPY python/hello_world ./hello_world', '\t', '\tRUN hello/requirements.txt', '\t', '\tCMD["python", "hello_world/main.py"]\t', ''].join('\n');
    expect(codesByLine(source, LEARNER)).toEqual([
      [7, 'lw-run-data-file'],
      [9, 'lw-exec-form-no-space'],
    ]);
  });

  it('the corrected Dockerfile has no learner diagnostics and no hadolint errors', () => {
    const source = [
      'FROM python:3.9',
      'WORKDIR /app',
      'COPY python/hello_world/requirements.txt ./hello_world/requirements.txt',
      'RUN pip install --no-cache-dir -r hello_world/requirements.txt',
      'COPY python/hello_world ./hello_world',
      'EXPOSE 9000',
      'CMD ["python", "hello_world/main.py"]',
      '',
    ].join('\n');
    const diagnostics = analyze(source).diagnostics;
    expect(diagnostics.filter((d) => LEARNER.includes(d.code))).toEqual([]);
    expect(diagnostics.filter((d) => d.hadolintRule && d.severity !== 'info')).toEqual([]);
  });
});
