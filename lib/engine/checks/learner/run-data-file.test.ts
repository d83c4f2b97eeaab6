import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { applyFix, findings, linesOf } from '../hadolint/test-helpers';

const CODE = 'lw-run-data-file';

describe('lw-run-data-file', () => {
  it.each([
    ['requirements.txt', 'pip install --no-cache-dir -r requirements.txt'],
    ['hello_world/requirements.txt', 'pip install --no-cache-dir -r hello_world/requirements.txt'],
    ['requirements-dev.txt', 'pip install --no-cache-dir -r requirements-dev.txt'],
    ['package.json', 'npm ci'],
    ['web/package.json', 'npm ci --prefix web'],
    ['Gemfile', 'bundle install'],
    ['go.mod', 'go mod download'],
    ['src/go.mod', 'go -C src mod download'],
  ])('RUN %s: error, suggests and fixes to %s', (file, install) => {
    const source = `FROM debian:12\nWORKDIR /app\nRUN ${file}\n`;
    const [d] = findings(CODE, 'FROM debian:12', 'WORKDIR /app', `RUN ${file}`);
    expect(d).toMatchObject({ severity: 'error', line: 3 });
    expect(d.message).toContain(`RUN ${install}`);
    expect(d.message).toContain('exit code 127');
    expect(applyFix(source, d)).toBe(`FROM debian:12\nWORKDIR /app\nRUN ${install}\n`);
  });

  it.each(['requirements.txt', 'pyproject.toml'])('the fix for RUN %s passes hadolint DL3042 (pip without --no-cache-dir), as the course teaches', (file) => {
    const source = `FROM python:3.12-slim\nWORKDIR /app\nCOPY ${file} ./\nRUN ${file}\n`;
    const [d] = findings(CODE, 'FROM python:3.12-slim', 'WORKDIR /app', `COPY ${file} ./`, `RUN ${file}`);
    const fixed = applyFix(source, d);
    expect(fixed).toContain('--no-cache-dir');
    expect(analyze(fixed).diagnostics.map((x) => x.code)).not.toContain('DL3042');
  });

  it('mentions Permission denied only for a path the shell runs directly', () => {
    expect(findings(CODE, 'FROM debian:12', 'RUN hello/requirements.txt')[0].message).toContain('exit code 126');
    expect(findings(CODE, 'FROM debian:12', 'RUN requirements.txt')[0].message).not.toContain('126');
  });

  it('fixes only the file word inside a longer command', () => {
    const source = 'FROM python:3.12\nRUN pip install -U pip && requirements.txt\n';
    const [d] = findings(CODE, 'FROM python:3.12', 'RUN pip install -U pip && requirements.txt');
    expect(applyFix(source, d)).toBe('FROM python:3.12\nRUN pip install -U pip && pip install --no-cache-dir -r requirements.txt\n');
  });

  it.each([
    'pip install -r requirements.txt',
    'cat requirements.txt',
    'cp package.json /tmp/',
    'npm ci',
    'echo requirements.txt',
    './install.sh',
    'go mod download',
  ])('does not fire on RUN %s', (run) => {
    expect(linesOf(CODE, 'FROM python:3.12', `RUN ${run}`)).toEqual([]);
  });
});
