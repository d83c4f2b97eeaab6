/**
 * Rules that say the same thing about the same instruction reach the learner once:
 * Docker's own wording (a BuildKit check, a parse error) over hadolint's over
 * dockerfile-utils', with the other rule named in hadolintRule / buildkitCheck.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const on = (source: string, line: number) =>
  analyze(source).diagnostics
    .filter((d) => d.line === line)
    .map((d) => ({ code: d.code, hadolintRule: d.hadolintRule, buildkitCheck: d.buildkitCheck, severity: d.severity }));

describe('one diagnostic per problem and instruction', () => {
  it('DL3000 goes into WorkdirRelativePath where BuildKit warns (with dockerfile-utils\' WORKDIR_IS_NOT_ABSOLUTE)', () => {
    expect(on('FROM python:3.12-slim\nWORKDIR app\n', 2)).toEqual([
      { code: 'WorkdirRelativePath', hadolintRule: 'DL3000', buildkitCheck: 'WorkdirRelativePath', severity: 'warning' },
    ]);
  });

  it('DL3000 alone, without dockerfile-utils\' copy, on a relative WORKDIR BuildKit does not check', () => {
    expect(on('FROM python:3.12-slim\nWORKDIR /a\nWORKDIR b\n', 3)).toEqual([
      { code: 'DL3000', hadolintRule: 'DL3000', buildkitCheck: undefined, severity: 'error' },
    ]);
  });

  it('DL4000 goes into MaintainerDeprecated', () => {
    expect(on('FROM python:3.12-slim\nMAINTAINER me@example.com\n', 2)).toEqual([
      { code: 'MaintainerDeprecated', hadolintRule: 'DL4000', buildkitCheck: 'MaintainerDeprecated', severity: 'warning' },
    ]);
  });

  it('DL3025 goes into JSONArgsRecommended', () => {
    expect(on('FROM python:3.12-slim\nCMD python main.py\n', 2)).toEqual([
      { code: 'JSONArgsRecommended', hadolintRule: 'DL3025', buildkitCheck: 'JSONArgsRecommended', severity: 'warning' },
    ]);
  });

  it('DL3024 goes into DuplicateStageName', () => {
    expect(on('FROM python:3.12-slim AS app\nFROM python:3.12-slim AS app\n', 2)).toEqual([
      { code: 'DuplicateStageName', hadolintRule: 'DL3024', buildkitCheck: 'DuplicateStageName', severity: 'error' },
    ]);
  });

  it('DL3061 goes into the parse error Docker stops with; later instructions before FROM keep DL3061', () => {
    const source = 'WORKDIR /app\nRUN true\nFROM python:3.12-slim\n';
    const [first] = analyze(source).diagnostics.filter((d) => d.line === 1);
    expect(first).toMatchObject({ code: 'parse-no-build-stage', hadolintRule: 'DL3061', severity: 'error', dockerMessage: 'no build stage in current context' });
    expect(first.lesson).toBe('/learn/from#first-instruction');
    expect(on(source, 1)).toHaveLength(1);
    expect(on(source, 2).map((d) => d.code)).toEqual(['DL3061']);
  });

  it('dockerfile-utils\' INVALID_DESTINATION goes into DL3021, which does not claim the build fails', () => {
    const onLine3 = analyze('FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt main.py /app\n').diagnostics.filter((x) => x.line === 3);
    expect(onLine3).toHaveLength(1);
    const [d] = onLine3;
    expect(d).toMatchObject({ code: 'DL3021', hadolintRule: 'DL3021', lesson: '/learn/copy#trailing-slashes' });
    expect(d.message).toContain('Current Docker (BuildKit) accepts this line');
    expect(d.dockerMessage).toBeUndefined();
  });
});
