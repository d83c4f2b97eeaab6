// Cases ported from hadolint test/Hadolint/Rule/DL3000Spec.hs and DL3002Spec.hs.
import { describe, expect, it } from 'vitest';
import { linesOf, runCheck } from './test-helpers';
import { dl3000 } from './workdir-user';

describe('DL3000 Use absolute WORKDIR', () => {
  it('reports relative paths, quoted or not', () => {
    expect(linesOf('DL3000', 'FROM scratch', 'WORKDIR relative/dir')).toEqual([2]);
    expect(linesOf('DL3000', 'FROM scratch', "WORKDIR 'relative/dir'")).toEqual([2]);
    expect(linesOf('DL3000', 'FROM scratch', 'WORKDIR "relative/dir"')).toEqual([2]);
  });
  it('accepts absolute, variable and Windows paths', () => {
    for (const path of ['/usr/local', '${work}', "'/usr/local'", '"/usr/local"', '"${dir}"', "'C:\\'", '"C:\\"', 'C:/', '"C:/"']) {
      expect(linesOf('DL3000', 'FROM scratch', `WORKDIR ${path}`), path).toEqual([]);
    }
  });
  it('uses hadolint severity, message and marks the path', () => {
    // The rule's own diagnostic (analyze() merges it into WorkdirRelativePath here, see combine.test.ts).
    const [d] = runCheck(dl3000, 'FROM scratch', 'WORKDIR app');
    expect(d).toMatchObject({ severity: 'error', hadolintRule: 'DL3000', line: 2, column: 9, endColumn: 12 });
    expect(d.message.startsWith('Use absolute WORKDIR.')).toBe(true);
  });
});

describe('DL3002 Last USER should not be root', () => {
  it('reports root by name or id, with or without group', () => {
    for (const user of ['root', '0', 'root:root', '0:0']) {
      expect(linesOf('DL3002', 'FROM scratch', `USER ${user}`), user).toEqual([2]);
    }
  });
  it('accepts a non-root last user', () => {
    expect(linesOf('DL3002', 'FROM scratch', 'USER foo')).toEqual([]);
    expect(linesOf('DL3002', 'FROM scratch', 'USER root', 'RUN something', 'USER foo')).toEqual([]);
  });
  it('checks every stage', () => {
    expect(linesOf('DL3002', 'FROM debian as base', 'USER root', 'RUN something', 'FROM base', 'RUN something else')).toEqual([2]);
    expect(
      linesOf('DL3002', 'FROM debian as base', 'USER root', 'RUN something', 'FROM scratch', 'USER foo', 'RUN something else'),
    ).toEqual([2]);
    expect(
      linesOf('DL3002', 'FROM debian as base', 'USER root', 'RUN something', 'USER foo', 'FROM scratch', 'RUN something else'),
    ).toEqual([]);
  });
});
