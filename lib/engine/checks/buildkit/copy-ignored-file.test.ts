import { describe, expect, it } from 'vitest';
import { copyIgnoredFile } from './copy-ignored-file';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'CopyIgnoredFile';
const check = (src: string, dockerignore?: string) => runCheck(copyIgnoredFile, src, { dockerignore });

describe('CopyIgnoredFile', () => {
  it('warns for COPY and ADD of an ignored file (BuildKit testCopyIgnoredFiles)', () => {
    const found = check('\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', '\nDockerfile\n');
    expectWarnings(found, RULE, [
      [3, 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore'],
      [4, 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore'],
    ]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 18 });
  });

  it('ignores COPY --from and files that are not excluded', () => {
    const src = '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n';
    expect(check(src, '\nfoobar\n')).toEqual([]);
  });

  it('gives up when the .dockerignore has an exception', () => {
    expect(check('FROM alpine\nCOPY secrets/keep.txt /\n', 'secrets\n!secrets/keep.txt\n')).toEqual([]);
    expect(check('FROM alpine\nCOPY node_modules /app/\n', 'node_modules\n!README.md\n')).toEqual([]);
  });

  it('does nothing without a .dockerignore', () => {
    expect(check('FROM alpine\nCOPY . /app\n')).toEqual([]);
    expect(check('FROM alpine\nCOPY . /app\n', '# only a comment\n\n')).toEqual([]);
  });

  it('matches files inside an ignored directory, and wildcard patterns', () => {
    expectWarnings(check('FROM alpine\nCOPY node_modules/express/index.js /app/\n', 'node_modules\n'), RULE, [
      [2, 'Attempting to Copy file "node_modules/express/index.js" that is excluded by .dockerignore'],
    ]);
    expectWarnings(check('FROM alpine\nCOPY app/debug.log /logs/\n', '**/*.log\n'), RULE, [
      [2, 'Attempting to Copy file "app/debug.log" that is excluded by .dockerignore'],
    ]);
    expect(check('FROM alpine\nCOPY app/debug.txt /logs/\n', '*.log\n')).toEqual([]);
  });

  it('cleans the source path before matching, as BuildKit does', () => {
    expectWarnings(check('FROM alpine\nCOPY ./config/../.env /app/\n', '.env\n'), RULE, [
      [2, 'Attempting to Copy file ".env" that is excluded by .dockerignore'],
    ]);
  });

  it('treats "." as ignored only when a pattern ignores everything', () => {
    expect(check('FROM alpine\nCOPY . /app\n', 'node_modules\n.git\n')).toEqual([]);
    expectWarnings(check('FROM alpine\nCOPY . /app\n', '*\n'), RULE, [
      [2, 'Attempting to Copy file "." that is excluded by .dockerignore'],
    ]);
  });

  it('expands variables in sources first', () => {
    expectWarnings(check('FROM alpine\nARG CONFIG=secrets.env\nCOPY $CONFIG /app/\n', '*.env\n'), RULE, [
      [3, 'Attempting to Copy file "secrets.env" that is excluded by .dockerignore'],
    ]);
  });

  it('skips URLs and heredocs', () => {
    expect(check('FROM alpine\nADD https://example.com/app.tar.gz /tmp/\n', 'app.tar.gz\n**\n')).toEqual([]);
    expect(check('FROM alpine\nCOPY <<notes /notes.txt\nhello\nnotes\n', 'notes\n')).toEqual([]);
  });
});
